/**
 * Input pieces of the wish and unit actions.
 */
import { id } from './schemas';

export const wishRef = {
  wishId: id,
  /** The partner unit the caller acts for; omitted, they act as themself. */
  unitId: id.optional(),
};
