/**
 * The shape every action shares: a schema for its input and a handler given the caller's context.
 */
import type { z } from 'zod';
import type { ActionName, ActionOutput } from '../../../types/actions';
import type { RoleGrant } from '../../../types/domain';
import type { Platform } from '../../platform/platform';
import type { Store, User } from '../../store/store.port';
import { assertOwnFiles, attachFiles } from './files';
import { markedValues } from './marked';
import { assertSafeText } from './safety';

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
  /** Callable without an identity (the 晒 board); the handler then runs it with a PublicContext whose user is null. */
  anonymous?: true;
  /** Parses the request; unknown fields are stripped, so `status`, `openid` and the like never get through. */
  input: S;
  run(input: z.output<S>, ctx: ActionContext): Promise<ActionOutput<A>>;
}

/**
 * An action whose marked fields (schemas.ts) are checked before it runs, so none can be forgotten: all user text
 * passes the platform's content check in one call, and every photo must be the caller's to attach. Photos are
 * marked attached to the order the step returns.
 */
export function defineAction<A extends ActionName, S extends z.ZodType>(
  name: A,
  input: S,
  run: (input: z.output<S>, ctx: ActionContext) => Promise<ActionOutput<A>>,
): Action<A, S> {
  return {
    name,
    input,
    async run(data, ctx) {
      await assertSafeText(ctx, ...markedValues('text', input, data));
      const files = markedValues('files', input, data);
      const orderId = (data as { orderId?: string }).orderId ?? null;
      await assertOwnFiles(ctx, files, orderId);
      const out = await run(data, ctx);
      if (files.length > 0) await attachFiles(ctx, files, orderId ?? (out as { id: string }).id);
      return out;
    },
  };
}

/** What an anonymous action is given: the caller if the platform vouched for one, else null and no roles. */
export interface PublicContext extends Omit<ActionContext, 'user'> {
  user: ActionContext['user'] | null;
}

/**
 * An action anyone may call, signed in or not (it reads only what is public). It takes no user text or photos, so
 * nothing is checked before it runs.
 */
export function definePublicAction<A extends ActionName, S extends z.ZodType>(
  name: A,
  input: S,
  run: (input: z.output<S>, ctx: PublicContext) => Promise<ActionOutput<A>>,
): Action<A, S> {
  return { name, input, anonymous: true, run };
}
