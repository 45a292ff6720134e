/**
 * Every action behind one handler: the local host runs them all in process (exports included), as do the tests,
 * the seed and the bench. The cloud functions each run their own part (cloud/functions/api.ts, export.ts).
 */
import { createHandler, type ApiDeps } from './handler';
import { ACTIONS } from './registry.all';

export type { ApiDeps, ApiHandler, Identity } from './handler';

export const createApi = (deps: ApiDeps) => createHandler(deps, ACTIONS);
