/**
 * The entry of every cloud function that takes actions: one request `{ action, data }` from an identified caller in,
 * one envelope out, for the actions of the registry it is given. Errors the user should read keep their code;
 * anything else is logged and becomes SYSTEM.INTERNAL.
 */
import { z } from 'zod';
import { ERROR_MESSAGES, type Envelope, type Failure, type FieldErrors } from '../../../types/errors';
import { DomainError } from '../../domain/domain.error';
import type { Platform } from '../../platform/platform';
import type { Store } from '../../store/store.port';
import type { Action, PublicContext } from './action';
import { redactError } from './redact';
import { UNREADABLE_MESSAGE, unreadableAt } from './schemas';

export interface ApiDeps {
  store: Store;
  platform: Platform;
  clock?: () => Date;
  log?: (message: string, detail: unknown) => void;
}

/** The caller's identity as the platform vouches for it: WeChat's OPENID, or a verified local token. */
export interface Identity {
  openid: string;
}

const fail = (code: Failure['code'], fields?: FieldErrors, message?: string): Failure => ({
  code,
  message: message ?? ERROR_MESSAGES[code],
  ...(fields ? { fields } : {}),
});

function fieldsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) fields[issue.path.join('.') || '_'] ??= issue.message;
  return fields;
}

/** Actions by name: all of them (api.ts), or the part one cloud function runs (registry.ts, registry.export.ts). */
export type ActionRegistry = Record<string, Action<any>>;

export function createHandler(deps: ApiDeps, actions: ActionRegistry) {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.log ?? ((message, detail) => console.error(message, detail));

  return async function handle(request: unknown, identity: Identity | null): Promise<Envelope<unknown>> {
    const action = typeof (request as { action?: unknown })?.action === 'string' ? (request as { action: string }).action : '';
    const def = Object.hasOwn(actions, action) ? actions[action] : undefined;
    if (!def) return fail('ACTION.UNKNOWN');
    if (!identity && !def.anonymous) return fail('AUTH.REQUIRED');
    try {
      const data = (request as { data?: unknown }).data ?? {};
      const unreadable = unreadableAt(data);
      if (unreadable) return fail('INPUT.INVALID', { [unreadable]: UNREADABLE_MESSAGE }, UNREADABLE_MESSAGE);
      const parsed = def.input.safeParse(data);
      if (!parsed.success) {
        const fields = fieldsOf(parsed.error);
        return fail('INPUT.INVALID', fields, Object.values(fields)[0]);
      }
      const base = { store: deps.store, platform: deps.platform, now: clock() };
      // Only anonymous actions get here without an identity: they are given no user (PublicContext).
      const user = identity ? await deps.store.ensureUser(identity.openid) : null;
      const ctx: PublicContext = { ...base, user, roles: user ? await deps.store.rolesOf(user.id) : [] };
      return { code: 0, data: await (def.run as (i: unknown, c: PublicContext) => Promise<unknown>)(parsed.data, ctx) };
    } catch (e) {
      if (e instanceof DomainError) return fail(e.code, e.fields, e.fields ? Object.values(e.fields)[0] : e.message);
      log(`[api] ${action} failed`, redactError(e));
      return fail('SYSTEM.INTERNAL');
    }
  };
}

export type ApiHandler = ReturnType<typeof createHandler>;
