import { z } from 'zod';
import { defineAction } from './shared/action';
import { meOf } from '../views/me.view';

/** The signed-in person, for the role-aware home page. */
export default defineAction('session.me', z.object({}), (_input, ctx) => meOf(ctx));
