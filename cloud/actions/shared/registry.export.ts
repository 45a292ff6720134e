/**
 * The actions the `export` cloud function runs: the spreadsheet writer they load is far too big for `api`.
 */
import type { ExportActionName } from '../../../types/actions';
import type { Action } from './action';
import exportCreate from '../export.create';
import exportList from '../export.list';
import exportUrl from '../export.url';

export const EXPORT_ACTIONS = {
  'export.create': exportCreate,
  'export.list': exportList,
  'export.url': exportUrl,
} satisfies { [A in ExportActionName]: Action<A> };
