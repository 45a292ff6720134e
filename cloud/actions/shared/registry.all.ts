/**
 * Every action by name, for the local host (which runs them all in process) and the tests that go through each.
 * A name in the action map without a handler fails to compile.
 */
import type { ActionName } from '../../../types/actions';
import type { Action } from './action';
import { API_ACTIONS } from './registry';
import { COMMUNITY_ACTIONS } from './registry.community';
import { EXPORT_ACTIONS } from './registry.export';

export const ACTIONS = { ...API_ACTIONS, ...COMMUNITY_ACTIONS, ...EXPORT_ACTIONS } satisfies { [A in ActionName]: Action<A> };
