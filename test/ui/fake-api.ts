/**
 * The server as UI tests see it: each action answers from a handler the test sets, and every call is recorded.
 * Only the transport is replaced; the typed client, its error handling and the pages run as they are.
 */
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';
import type { Envelope, ErrorCode } from '../../types/errors';
import { ERROR_MESSAGES } from '../../types/errors';

type Handler<A extends ActionName> = (data: ActionInput<A>) => ActionOutput<A> | Promise<ActionOutput<A>>;

export class Refusal {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, string>,
  ) {}
}

/** Throw inside a handler to answer with an error envelope. */
export const refuse = (code: ErrorCode, fields?: Record<string, string>) => {
  throw new Refusal(code, fields);
};

class FakeApi {
  private handlers = new Map<string, (data: any) => unknown>();
  calls: { action: ActionName; data: any }[] = [];
  uploads: string[] = [];

  on<A extends ActionName>(action: A, handler: Handler<A>): this {
    this.handlers.set(action, handler as (data: any) => unknown);
    return this;
  }

  reset(): void {
    this.handlers.clear();
    this.calls = [];
    this.uploads = [];
  }

  callsOf(action: ActionName) {
    return this.calls.filter((c) => c.action === action).map((c) => c.data);
  }

  async handle(action: ActionName, data: unknown): Promise<Envelope<unknown>> {
    this.calls.push({ action, data });
    const handler = this.handlers.get(action);
    if (!handler) return { code: 'ACTION.UNKNOWN', message: `test has no handler for ${action}` } as never;
    try {
      return { code: 0, data: await handler(data) };
    } catch (e) {
      if (e instanceof Refusal) return { code: e.code, message: ERROR_MESSAGES[e.code], ...(e.fields ? { fields: e.fields } : {}) };
      throw e;
    }
  }
}

export const api = new FakeApi();
