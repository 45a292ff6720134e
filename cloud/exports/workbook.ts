/**
 * Writes an export as an .xlsx file with exceljs's streaming writer: the store is read a page at a time and each
 * row is committed to the file as it is made, so an export of a million rows holds one page in memory, not all.
 * Only the `export` cloud function and the local host load this (exceljs is far too big for `api`).
 */
import ExcelJS from 'exceljs';
import type { LedgerEntry } from '../../types/domain';
import type { ExportKind } from '../../types/exports';
import type { Caller } from '../domain/access';
import type { ExportQuery, PageRequest, Store } from '../store/store.port';
import type { Page } from '../../types/views';
import type { Names } from './names';
import { HOURS_SHEET, ORDER_SHEETS, type Column, type Row, type SheetSpec } from './sheets';

/** Orders (with their timelines) or ledger entries read per store call. */
export const EXPORT_PAGE = 200;

export interface WorkbookPlan {
  store: Store;
  kind: ExportKind;
  query: ExportQuery;
  caller: Caller;
  names: Names;
  now: Date;
  /** Called after each page with the rows written so far (the progress the export page shows). */
  progress(rows: number): Promise<void>;
}

type Sheet = ExcelJS.Worksheet;

function addSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, title: string, columns: Column[]): Sheet {
  const sheet = book.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** Members' totals, verified apart from manual: one line per member on the 汇总 sheet. */
type Totals = Map<string, { communityId: string; memberId: string; verified: [number, number]; manual: [number, number] }>;

function tally(totals: Totals, e: LedgerEntry): void {
  const key = `${e.memberId}:${e.communityId}`;
  const t = totals.get(key) ?? { communityId: e.communityId, memberId: e.memberId, verified: [0, 0], manual: [0, 0] };
  const side = e.manual ? t.manual : t.verified;
  side[0] += e.points;
  side[1] += e.hours;
  totals.set(key, t);
}

const SUMMARY: Column[] = [
  { key: 'community', header: '社区', width: 14 }, { key: 'member', header: '党员', width: 12 },
  { key: 'vp', header: '核实积分', width: 10 }, { key: 'vh', header: '核实时长（小时）', width: 16 },
  { key: 'mp', header: '手动积分', width: 10 }, { key: 'mh', header: '手动时长（小时）', width: 16 },
  { key: 'tp', header: '合计积分', width: 10 }, { key: 'th', header: '合计时长（小时）', width: 16 },
];

/**
 * Reads every page of each community in turn (each in its own index order: one query over a street's communities
 * together would sort the whole period again for every page) and writes each item's rows; answers the rows written.
 */
async function pages<T>(
  plan: WorkbookPlan,
  read: (query: ExportQuery, page: PageRequest) => Promise<Page<T>>,
  spec: SheetSpec<T>,
  write: (row: Row) => void,
  each?: (item: T) => void,
): Promise<number> {
  let rows = 0;
  for (const communityId of plan.query.communityIds) {
    const query = { ...plan.query, communityIds: [communityId] };
    let cursor: string | null = null;
    do {
      const page: Page<T> = await read(query, { cursor, limit: EXPORT_PAGE });
      await plan.names.loadPeople(page.items.flatMap(spec.people));
      for (const item of page.items) {
        each?.(item);
        for (const row of spec.rows(item, plan.names, plan.caller, plan.now)) {
          write(row);
          rows++;
        }
      }
      await plan.progress(rows);
      cursor = page.nextCursor;
    } while (cursor);
  }
  return rows;
}

/** Writes the workbook to `path`; answers the data rows written (headers not counted). */
export async function writeWorkbook(path: string, plan: WorkbookPlan): Promise<number> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  book.creator = '三单通';
  let rows: number;
  if (plan.kind === 'hours') {
    const sheet = addSheet(book, HOURS_SHEET.title, HOURS_SHEET.columns);
    const totals: Totals = new Map();
    rows = await pages(plan, (q, p) => plan.store.exportLedger(q, p), HOURS_SHEET, (r) => sheet.addRow(r).commit(), (e) => tally(totals, e));
    sheet.commit();
    const summary = addSheet(book, '汇总', SUMMARY);
    for (const t of totals.values()) {
      summary.addRow({
        community: plan.names.community(t.communityId), member: plan.names.person(t.memberId, t.communityId),
        vp: t.verified[0], vh: t.verified[1], mp: t.manual[0], mh: t.manual[1], tp: t.verified[0] + t.manual[0], th: t.verified[1] + t.manual[1],
      }).commit();
    }
    summary.commit();
  } else {
    const spec = ORDER_SHEETS[plan.kind];
    const sheet = addSheet(book, spec.title, spec.columns);
    const timeline = plan.kind !== 'problems';
    rows = await pages(plan, (q, p) => plan.store.exportOrders(q, p, timeline), spec, (r) => sheet.addRow(r).commit());
    sheet.commit();
  }
  await book.commit();
  return rows;
}
