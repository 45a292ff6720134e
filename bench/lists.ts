/**
 * List scale: the staff queue (order.queue, four tabs) and the member pool (order.pool, both sorts) as the
 * district grows to 10k, 100k and 1M orders, bulk-loaded with SQL (data.ts), never through the API.
 *
 * At each level: VACUUM ANALYZE (what autovacuum does on a server soon after a bulk load; PGlite has no
 * autovacuum), the plan of every SELECT each list request makes, captured from the store itself and run under
 * EXPLAIN ANALYZE (indexes used, sequential scans, sorts), then per-page latency through the host over HTTP
 * (walking pages by cursor), the store's page alone, and the queue's tab counts alone.
 */
import type { Db, Sql } from '../cloud/store/pg/db';
import { pgStore } from '../cloud/store/store.pg';
import type { OrderQuery } from '../cloud/store/store.port';
import { createApi } from '../cloud/actions/shared/api';
import { localPlatform } from '../cloud/platform/platform.local';
import { bulkOrders, bulkPeople, benchPlaces, SPACING_SECONDS } from './data';
import { HttpLoad, makeMember, makeWithRole, startBenchHost, type BenchHost, type Engine } from './env';
import { fmtCount, p50, p95, round } from './stats';

export interface ListOptions {
  levels: number[];
  /** Pages walked per list per repetition. */
  pages: number;
  reps: number;
  /** VACUUM ANALYZE after each load, as autovacuum would on a server (default); off: as PGlite leaves it. */
  analyze: boolean;
}

export const QUEUE_TABS = ['submitted', 'dispatched', 'overdue', 'closed'] as const;
export const POOL_SORTS = ['deadline', 'newest'] as const;
const LIMIT = 20;
/** A page sorting more rows than this is not reading its index in order. */
const SORT_LIMIT = 5 * (LIMIT + 1);
const PLAN_CHECK_FROM = 10_000;
/** A statement behind one page reading more than this, and more than twice what it read at the smallest level,
 * grows with the data (tab counts capped at 1,000 each stay under). */
const READ_LIMIT = 10_000;
const BATCH = 100_000;

export interface PlanNote {
  /** What the statement is for: page, counts, holders, member, menu… */
  label: string;
  indexes: string[];
  /** Tables read by a sequential scan. */
  seqScans: string[];
  /** Rows fed into a Sort node (0: the index gave the order). */
  sortedRows: number;
  /** Rows (or index entries) the scans produced, all loops: what the statement had to read. */
  rowsRead: number;
  execMs: number;
}

/** A Db that remembers every statement, to EXPLAIN exactly what the store sends. */
export function recording(db: Db): { db: Db; take: () => { text: string; params?: unknown[] }[] } {
  let seen: { text: string; params?: unknown[] }[] = [];
  const rec = (sql: Sql): Sql => ({ query: (text, params) => (seen.push({ text, params }), sql.query(text, params)) });
  return {
    db: { ...db, query: rec(db).query, tx: (fn) => db.tx((sql) => fn(rec(sql))) },
    take: () => {
      const s = seen;
      seen = [];
      return s;
    },
  };
}

function labelOf(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  if (/coalesce\(m\.real_name/.test(t)) return 'holders';
  if (/count\(\*\)/.test(t) && /status/.test(t)) return 'counts';
  if (/FROM orders o WHERE .* ORDER BY/.test(t)) return 'page';
  if (/FROM members/.test(t)) return 'member';
  if (/FROM categories|FROM grids|FROM teams/.test(t)) return 'menu';
  if (/FROM role_grants/.test(t)) return 'roles';
  if (/FROM communities/.test(t)) return 'community';
  if (/FROM users/.test(t)) return 'users';
  return t.slice(0, 40);
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** Leaf scans; a Bitmap Heap Scan's rows are its Bitmap Index Scan's, counted there. */
const SCANS = ['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Index Scan'];

function walk(node: PlanNode, note: PlanNote): void {
  if (node['Index Name'] && !note.indexes.includes(node['Index Name'])) note.indexes.push(node['Index Name']);
  // Small tables (users, places) are rightly read whole; a sequential scan of these grows with the district.
  const big = ['orders', 'claims', 'order_events', 'ledger'];
  const rel = node['Relation Name'];
  if (node['Node Type'] === 'Seq Scan' && rel && big.includes(rel) && !note.seqScans.includes(rel)) note.seqScans.push(rel);
  if (SCANS.includes(node['Node Type'])) note.rowsRead += Math.round((node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1));
  if (node['Node Type'] === 'Sort') note.sortedRows += (node.Plans?.[0]['Actual Rows'] ?? 0) * (node.Plans?.[0]['Actual Loops'] ?? 1);
  for (const child of node.Plans ?? []) walk(child, note);
}

/** EXPLAIN ANALYZE of each SELECT a request made (writes and the per-request user upsert are left out). */
export async function explain(db: Db, statements: { text: string; params?: unknown[] }[]): Promise<PlanNote[]> {
  const notes: PlanNote[] = [];
  for (const s of statements) {
    if (!/^\s*SELECT/i.test(s.text)) continue;
    const [row] = await db.query<Record<string, unknown>>(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.text}`, s.params);
    const raw = row['QUERY PLAN'];
    const [plan] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode; 'Execution Time': number }[];
    const note: PlanNote = { label: labelOf(s.text), indexes: [], seqScans: [], sortedRows: 0, rowsRead: 0, execMs: round(plan['Execution Time'], 3)! };
    walk(plan.Plan, note);
    notes.push(note);
  }
  return notes;
}

/** Whether this connection may skip foreign-key triggers while loading (superuser); rows are valid by construction. */
async function canSkipTriggers(db: Db): Promise<boolean> {
  try {
    await db.tx((sql) => sql.query('SET LOCAL session_replication_role = replica'));
    return true;
  } catch {
    return false;
  }
}

async function load(db: Db, from: number, to: number, t0: Date, skipTriggers: boolean, say: (s: string) => void): Promise<number> {
  const start = performance.now();
  for (let a = from; a < to; a += BATCH) {
    const b = Math.min(to, a + BATCH);
    await db.tx(async (sql) => {
      if (skipTriggers) await sql.query('SET LOCAL session_replication_role = replica');
      await bulkOrders(sql as Db, a, b - 1, t0);
    });
    if (to - from > BATCH) say(`    loaded ${fmtCount(b)} (${((performance.now() - start) / 1000).toFixed(0)} s)`);
  }
  return (performance.now() - start) / 1000;
}

interface ListSamples {
  http: number[];
  store: number[];
}

export async function listScale(engine: Engine, opts: ListOptions, say: (s: string) => void) {
  const bh: BenchHost = await startBenchHost(engine, benchPlaces());
  const httpLoad = new HttpLoad();
  try {
    const { store, db } = bh;
    await bulkPeople(db);
    await makeWithRole(store, 'bench-staff', 'staff', 'c1');
    await makeMember(store, 'bench-member', 'c1', { gridId: 'c1-g1', teamId: 'c1-t1' });
    const member = (await store.getMember((await store.findUserByOpenid('bench-member'))!.id, 'c1'))!;
    const [staffToken, memberToken] = await bh.tokens(['bench-staff', 'bench-member']);
    const rec = recording(db);
    const recApi = createApi({ store: pgStore(rec.db), platform: localPlatform() });
    const skipTriggers = await canSkipTriggers(db);
    const t0 = new Date();

    const lists = [
      ...QUEUE_TABS.map((tab) => ({ kind: 'queue' as const, name: tab, openid: 'bench-staff', token: staffToken, action: 'order.queue', data: { communityId: 'c1', tab } })),
      ...POOL_SORTS.map((sort) => ({ kind: 'pool' as const, name: sort, openid: 'bench-member', token: memberToken, action: 'order.pool', data: { communityId: 'c1', sort } })),
    ];
    const queryOf = (l: (typeof lists)[number]): OrderQuery =>
      l.kind === 'queue'
        ? { kind: 'queue', communityId: 'c1', tab: l.name as (typeof QUEUE_TABS)[number], now: new Date() }
        : { kind: 'pool', communityId: 'c1', member, sort: l.name as (typeof POOL_SORTS)[number] };

    // Typed by what is read back below; each entry holds everything `result` has.
    const levels: { orders: number; plans: Record<string, PlanNote[]>; queue: { p50Ms: number | null }; pool: { p50Ms: number | null } }[] = [];
    let loaded = 0;
    for (const level of opts.levels) {
      say(`  level ${fmtCount(level)}: loading ${fmtCount(level - loaded)} orders${skipTriggers ? '' : ' (with foreign-key checks: not a superuser)'}…`);
      const loadSeconds = await load(db, loaded, level, t0, skipTriggers, say);
      loaded = level;
      const v = performance.now();
      if (opts.analyze) {
        await db.exec('VACUUM ANALYZE orders');
        await db.exec('VACUUM ANALYZE claims');
      }
      const vacuumSeconds = (performance.now() - v) / 1000;
      const [{ c1, open, bytes }] = await db.query<{ c1: number; open: number; bytes: number }>(
        `SELECT count(*) FILTER (WHERE community_id = 'c1')::int AS c1,
           count(*) FILTER (WHERE community_id = 'c1' AND status = 'open')::int AS open,
           pg_total_relation_size('orders')::bigint AS bytes FROM orders`,
      );
      const vacuumed = opts.analyze ? `${vacuumSeconds.toFixed(1)} s to VACUUM ANALYZE` : 'no VACUUM ANALYZE';
      say(`    ${loadSeconds.toFixed(1)} s to load, ${vacuumed}; c1 holds ${c1.toLocaleString('en-US')} (${open.toLocaleString('en-US')} open); orders ${Math.round(bytes / 2 ** 20)} MB with indexes`);

      // Plans: every SELECT one request of each list makes, as the store sends it.
      const plans: Record<string, PlanNote[]> = {};
      for (const l of lists) {
        rec.take();
        const res = await recApi({ action: l.action, data: l.data }, { openid: l.openid });
        if (res.code !== 0) throw new Error(`${l.action} ${l.name}: ${res.code}`);
        plans[`${l.kind}.${l.name}`] = await explain(db, rec.take());
      }

      // Latency: through the host (a worker thread), and the store's page alone; one warm-up walk each.
      const samples: Record<string, ListSamples> = {};
      for (const l of lists) {
        const walk = { action: l.action, data: l.data, pages: opts.pages };
        const run = await httpLoad.run(bh.url, [{ token: l.token, calls: Array.from({ length: opts.reps + 1 }, () => walk) }]);
        const pages = run.results[0];
        if (pages.some((p) => p.code !== 0)) throw new Error(`${l.action} ${l.name}: ${pages.find((p) => p.code !== 0)!.code}`);
        const perWalk = Math.ceil(pages.length / (opts.reps + 1));
        const s: ListSamples = { http: pages.slice(perWalk).map((p) => p.ms), store: [] };
        for (let r = 0; r <= opts.reps; r++) {
          let cursor: string | null = null;
          for (let p = 0; p < opts.pages; p++) {
            const start = performance.now();
            const page: { nextCursor: string | null } = await store.listOrders(queryOf(l), { cursor, limit: LIMIT });
            if (r > 0) s.store.push(performance.now() - start);
            cursor = page.nextCursor;
            if (!cursor) break;
          }
        }
        samples[`${l.kind}.${l.name}`] = s;
      }
      const counts: number[] = [];
      for (let r = 0; r < opts.reps * 2 + 1; r++) {
        const start = performance.now();
        await store.queueCounts('c1', new Date());
        if (r > 0) counts.push(performance.now() - start);
      }

      const group = (kind: 'queue' | 'pool') => {
        const names = kind === 'queue' ? QUEUE_TABS : POOL_SORTS;
        const http = names.flatMap((n) => samples[`${kind}.${n}`].http);
        const storeMs = names.flatMap((n) => samples[`${kind}.${n}`].store);
        return {
          p50Ms: round(p50(http)),
          p95Ms: round(p95(http)),
          storePageP50Ms: round(p50(storeMs)),
          by: Object.fromEntries(names.map((n) => [n, { p50Ms: round(p50(samples[`${kind}.${n}`].http)), p95Ms: round(p95(samples[`${kind}.${n}`].http)), storePageP50Ms: round(p50(samples[`${kind}.${n}`].store)) }])),
        };
      };
      const result = {
        orders: level,
        communityOrders: c1,
        openInCommunity: open,
        tableMB: Math.round(bytes / 2 ** 20),
        loadSeconds: round(loadSeconds, 1),
        vacuumAnalyzeSeconds: opts.analyze ? round(vacuumSeconds, 1) : null,
        queue: { ...group('queue'), countsP50Ms: round(p50(counts)) },
        pool: group('pool'),
        plans,
      };
      levels.push(result);
      say(`    queue p50 ${result.queue.p50Ms} ms p95 ${result.queue.p95Ms} ms (counts alone ${result.queue.countsP50Ms} ms); pool p50 ${result.pool.p50Ms} ms p95 ${result.pool.p95Ms} ms`);
    }

    // The plans use indexes: every page read comes off an index in the list's order — no sequential scan of a
    // big table, no sort of more rows than a few pages hold — and nothing behind a page reads more than 10k rows.
    // Below 10k orders a planner rightly reads small tables whole: judged from 10k up.
    const planProblems: string[] = [];
    for (const v of levels.filter((l) => l.orders >= PLAN_CHECK_FROM)) {
      for (const [list, notes] of Object.entries(v.plans)) {
        notes.forEach((n, i) => {
          const where = `${fmtCount(v.orders)} ${list} ${n.label}`;
          // Reads that grow with the orders, not with the people (a join over a community's members is bounded).
          const atFirst = levels[0].plans[list]?.[i]?.rowsRead ?? 0;
          if (n.seqScans.length) planProblems.push(`${where}: sequential scan of ${n.seqScans.join(', ')}`);
          if (n.sortedRows > SORT_LIMIT) planProblems.push(`${where}: sorts ${n.sortedRows.toLocaleString('en-US')} rows`);
          else if (n.rowsRead > READ_LIMIT && n.rowsRead > 2 * atFirst) planProblems.push(`${where}: reads ${n.rowsRead.toLocaleString('en-US')} rows`);
          if (n.label === 'page' && n.indexes.length === 0) planProblems.push(`${where}: no index`);
        });
      }
    }

    const first = levels[0];
    const last = levels[levels.length - 1];
    const queueRatio = last.queue.p50Ms! / first.queue.p50Ms!;
    const poolRatio = last.pool.p50Ms! / first.pool.p50Ms!;
    return {
      levels,
      spacingSeconds: SPACING_SECONDS,
      foreignKeyChecksDuringLoad: !skipTriggers,
      analyzed: opts.analyze,
      plansUseIndexes: levels.some((l) => l.orders >= PLAN_CHECK_FROM) ? planProblems.length === 0 : null,
      planProblems,
      queue: { ratio: round(queueRatio, 3) },
      pool: { ratio: round(poolRatio, 3) },
      ratio: round(Math.max(queueRatio, poolRatio), 3),
      ratioOf: `${fmtCount(last.orders)} / ${fmtCount(first.orders)}`,
    };
  } finally {
    await httpLoad.close();
    await bh.stop();
  }
}
