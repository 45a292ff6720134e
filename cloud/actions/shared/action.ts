/**
 * The shape every action shares: a schema for its input and a handler given the caller's context.
 */
import type { z } from 'zod';
import type { ActionName, ActionOutput } from '../../../types/actions';
import type { RoleGrant } from '../../../types/domain';
import type { Platform } from '../../platform/platform';
import type { Store, User } from '../../store/store.port';

export interface ActionContext {
  store: Store;
  platform: Platform;
  /** The request's instant; handlers never read the clock themselves. */
  now: Date;
  /** Always from the platform's identity (cloud OPENID or a verified token), never from the request. */
  user: User;
  roles: RoleGrant[];
}

export interface Action<A extends ActionName = ActionName, S extends z.ZodType = z.ZodType> {
  name: A;
  /** Parses the request; unknown fields are stripped, so `status`, `openid` and the like never get through. */
  input: S;
  run(input: z.output<S>, ctx: ActionContext): Promise<ActionOutput<A>>;
}

export function defineAction<A extends ActionName, S extends z.ZodType>(
  name: A,
  input: S,
  run: (input: z.output<S>, ctx: ActionContext) => Promise<ActionOutput<A>>,
): Action<A, S> {
  return { name, input, run };
}
