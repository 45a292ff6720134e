import { z } from 'zod';
import { defineAction } from './shared/action';

/** Communities a newcomer can join. */
export default defineAction('community.list', z.object({}), (_input, ctx) => ctx.store.listCommunities());
