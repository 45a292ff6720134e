import { z } from 'zod';
import { defineAction } from './action';
import { meOf } from './me';

/** The signed-in person, for the role-aware home page. */
export default defineAction('session.me', z.object({}), (_input, ctx) => meOf(ctx));
