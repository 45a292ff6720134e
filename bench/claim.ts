/**
 * Claim rush: a batch of M 微心愿 published at once and C members claiming in the same seconds.
 *
 * Every member has the same plan in every layer: A distinct targets, half of them from the top tenth of the list
 * (what everyone sees first), so many claims collide. Each layer gets a fresh batch with the same shape:
 *   raw   the store's conditional UPDATE … RETURNING alone, C lanes on the same Db — what the engine can do;
 *   api   the action handler in process (parse, load, authorise, decide, claim transaction, detail view);
 *   http  the real host over HTTP, from a worker thread (the full stack; `claim.perSec`).
 * Afterwards the store is checked: no order held by more members than it needs, every winner told so is a
 * holder and every holder was told so, `held`, claims and timeline agree, and no member is over the limit.
 */
import type { PgStore } from '../cloud/store/store.pg';
import { benchPlaces, openBatch } from './data';
import { countingStore, HttpLoad, inProcessApi, makeMember, startBenchHost, type Engine } from './env';
import { p50, p99, rng, round, runConcurrently } from './stats';

export interface ClaimOptions {
  orders: number;
  members: number;
  attemptsPerMember: number;
  rounds: number;
}

const RAW_CLAIM = `UPDATE orders SET held = held + 1, version = version + 1, updated_at = $3,
    status = CASE WHEN held + 1 >= headcount THEN 'in_progress' ELSE 'open' END
  WHERE id = $1 AND status = 'open' AND held < headcount
    AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.order_id = $1 AND c.member_id = $2 AND c.state <> 'released')
  RETURNING status`;

/** Each member's targets, as indexes into a batch. */
function plan(opts: ClaimOptions, seed: number): number[][] {
  const next = rng(seed);
  const hot = Math.max(1, Math.floor(opts.orders / 10));
  return Array.from({ length: opts.members }, () => {
    const picks = new Set<number>();
    while (picks.size < Math.min(opts.attemptsPerMember, opts.orders)) {
      picks.add(next() < 0.5 ? Math.floor(next() * hot) : Math.floor(next() * opts.orders));
    }
    return [...picks];
  });
}

interface Check {
  doubleClaims: number;
  inconsistent: number;
  mismatches: number;
  overLimit: number;
}

/** What the store holds after a layer ran on batch `tag`, against what the callers were told. */
async function check(store: PgStore, tag: string, told: Set<string>): Promise<Check> {
  const rows = await store.db.query<{ id: string; headcount: number; held: number; status: string; claims: number; members: number; events: number }>(
    `SELECT o.id, o.headcount, o.held, o.status,
       (SELECT count(*)::int FROM claims c WHERE c.order_id = o.id AND c.state <> 'released') AS claims,
       (SELECT count(DISTINCT c.member_id)::int FROM claims c WHERE c.order_id = o.id AND c.state <> 'released') AS members,
       (SELECT count(*)::int FROM order_events e WHERE e.order_id = o.id AND e.type = 'claim') AS events
     FROM orders o WHERE o.id LIKE $1 || '-%'`,
    [tag],
  );
  let doubleClaims = 0;
  let inconsistent = 0;
  for (const r of rows) {
    doubleClaims += Math.max(0, r.claims - r.headcount) + (r.claims - r.members);
    const full = r.held === r.headcount;
    if (r.held !== r.claims || r.events !== r.claims || (r.status === 'in_progress') !== full) inconsistent++;
  }
  const held = await store.db.query<{ pair: string }>(
    `SELECT c.member_id || '/' || c.order_id AS pair FROM claims c WHERE c.order_id LIKE $1 || '-%' AND c.state <> 'released'`,
    [tag],
  );
  const stored = new Set(held.map((r) => r.pair));
  let mismatches = 0;
  for (const p of told) if (!stored.has(p)) mismatches++;
  for (const p of stored) if (!told.has(p)) mismatches++;
  const [{ n: overLimit }] = await store.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT member_id FROM claims WHERE state = 'active' GROUP BY member_id HAVING count(*) > 3) x`,
  );
  return { doubleClaims, inconsistent, mismatches, overLimit };
}

/** Ends the round: members' claims done, the batches out of the pool, so the next layer starts equal. */
async function reset(store: PgStore, closeBatches = true): Promise<void> {
  await store.db.query(`UPDATE claims SET state = 'done', ended_at = now() WHERE state = 'active'`);
  if (closeBatches) await store.db.query(`UPDATE orders SET status = 'closed', closed_at = now() WHERE status IN ('open', 'in_progress') AND id LIKE 'rush%'`);
}

interface LayerRun {
  attempts: number;
  wallMs: number;
  latencies: number[];
  codes: Record<string, number>;
  told: Set<string>;
}

const tally = (codes: (string | number)[]) =>
  codes.reduce<Record<string, number>>((acc, c) => ((acc[String(c)] = (acc[String(c)] ?? 0) + 1), acc), {});

export async function claimRush(engine: Engine, opts: ClaimOptions, say: (s: string) => void) {
  const bh = await startBenchHost(engine, benchPlaces());
  const load = new HttpLoad();
  try {
    const { store, db } = bh;
    const resident = await store.ensureUser('rush-resident', '王阿姨');
    await store.grantRole(resident.id, 'resident', { communityId: 'c1' });
    const openids = Array.from({ length: opts.members }, (_, i) => `rush-m${i}`);
    const memberIds: string[] = [];
    for (const o of openids) memberIds.push(await makeMember(store, o, 'c1', { gridId: 'c1-g1' }));
    const tokens = await bh.tokens(openids);
    const api = inProcessApi(store);
    let batchNo = 0;
    const batch = async (n = opts.orders) => {
      const tag = `rush${++batchNo}`;
      return { tag, ids: await openBatch(db, tag, n, resident.id, new Date()) };
    };

    const layers = {
      async raw(targets: number[][], n?: number): Promise<LayerRun> {
        const { ids } = await batch(n);
        const lanes = targets.map((t, m) => t.map((k) => [ids[k], memberIds[m]] as const));
        const now = new Date();
        const run = await runConcurrently(lanes, async ([id, member]) => (await db.query(RAW_CLAIM, [id, member, now])).length > 0);
        const won = run.results.flat().filter(Boolean).length;
        return { attempts: run.latencies.length, wallMs: run.wallMs, latencies: run.latencies, codes: { 0: won, lost: run.latencies.length - won }, told: new Set() };
      },
      async api(targets: number[][], n?: number): Promise<LayerRun & { tag: string }> {
        const { tag, ids } = await batch(n);
        const lanes = targets.map((t, m) => t.map((k) => [ids[k], m] as const));
        const run = await runConcurrently(lanes, ([id, m]) => api({ action: 'order.claim', data: { orderId: id } }, { openid: openids[m] }));
        const told = new Set<string>();
        const codes: (string | number)[] = [];
        run.results.forEach((lane, m) =>
          lane.forEach((r, k) => {
            const code = (r as { code: number | string }).code;
            codes.push(code);
            if (code === 0) told.add(`${memberIds[m]}/${lanes[m][k][0]}`);
          }),
        );
        return { tag, attempts: run.latencies.length, wallMs: run.wallMs, latencies: run.latencies, codes: tally(codes), told };
      },
      async http(targets: number[][], n?: number): Promise<LayerRun & { tag: string }> {
        const { tag, ids } = await batch(n);
        const clients = targets.map((t, m) => ({ token: tokens[m], calls: t.map((k) => ({ action: 'order.claim', data: { orderId: ids[k] } })) }));
        const run = await load.run(bh.url, clients);
        const told = new Set<string>();
        const codes: (string | number)[] = [];
        const latencies: number[] = [];
        run.results.forEach((lane, m) =>
          lane.forEach((r, k) => {
            codes.push(r.code);
            latencies.push(r.ms);
            if (r.code === 0) told.add(`${memberIds[m]}/${ids[targets[m][k]]}`);
          }),
        );
        return { tag, attempts: latencies.length, wallMs: run.wallMs, latencies, codes: tally(codes), told };
      },
    };

    // Warm-up: every path once (JIT, plan caches, connections), not counted.
    const warm = plan({ ...opts, attemptsPerMember: 1 }, 7);
    for (const layer of [layers.raw, layers.api, layers.http]) {
      await layer(warm);
      await reset(store);
    }

    const totals = { raw: [] as LayerRun[], api: [] as LayerRun[], http: [] as LayerRun[] };
    const checks: Check[] = [];
    for (let round = 1; round <= opts.rounds; round++) {
      const targets = plan(opts, 1000 + round);
      // Rotate which layer goes first, so none always runs on the coldest or the most bloated tables.
      const order = (['raw', 'api', 'http'] as const).map((_, i, a) => a[(i + round - 1) % a.length]);
      for (const name of order) {
        const run: LayerRun & { tag?: string } = await layers[name](targets);
        if (run.tag) checks.push(await check(store, run.tag, run.told));
        totals[name].push(run);
        await reset(store);
        say(`  round ${round} ${name.padEnd(4)} ${run.attempts} claims in ${(run.wallMs / 1000).toFixed(2)} s → ${Math.round((run.attempts / run.wallMs) * 1000)}/s  ${JSON.stringify(run.codes)}`);
      }
    }

    // HTTP with nothing behind it: what the server and the client alone cost at this concurrency.
    const floor = await load.run(
      bh.url,
      tokens.map((token) => ({ token, calls: Array.from({ length: opts.attemptsPerMember }, () => ({ path: '/healthz', method: 'GET' as const })) })),
    );
    const floorCount = floor.results.flat().length;

    // One claim at a time through a query-counting store: round trips and database time per claim, won and lost.
    const profile = await profileClaims(store, openids, resident.id, Math.min(opts.orders, opts.members * 2, 100));

    const sum = (runs: LayerRun[]) => {
      const attempts = runs.reduce((a, r) => a + r.attempts, 0);
      const wallMs = runs.reduce((a, r) => a + r.wallMs, 0);
      const latencies = runs.flatMap((r) => r.latencies);
      const codes: Record<string, number> = {};
      for (const r of runs) for (const [k, v] of Object.entries(r.codes)) codes[k] = (codes[k] ?? 0) + v;
      return { attempts, perSec: (attempts / wallMs) * 1000, p50: p50(latencies), p99: p99(latencies), codes };
    };
    const raw = sum(totals.raw);
    const inproc = sum(totals.api);
    const http = sum(totals.http);
    const errors = Object.entries(http.codes)
      .concat(Object.entries(inproc.codes))
      .filter(([k]) => !['0', 'ORDER.NOT_CLAIMABLE', 'ORDER.CLAIM_LIMIT'].includes(k))
      .reduce((a, [, v]) => a + v, 0);
    const total = (k: keyof Check) => checks.reduce((a, c) => a + c[k], 0);
    return {
      orders: opts.orders,
      members: opts.members,
      attemptsPerMember: opts.attemptsPerMember,
      rounds: opts.rounds,
      attempts: http.attempts,
      perSec: round(http.perSec, 1),
      rawPerSec: round(raw.perSec, 1),
      ratio: round(http.perSec / raw.perSec, 3),
      p50Ms: round(http.p50),
      p99Ms: round(http.p99),
      rawP50Ms: round(raw.p50),
      rawP99Ms: round(raw.p99),
      won: http.codes['0'] ?? 0,
      lost: http.codes['ORDER.NOT_CLAIMABLE'] ?? 0,
      overLimitRefusals: http.codes['ORDER.CLAIM_LIMIT'] ?? 0,
      errors,
      doubleClaims: total('doubleClaims'),
      inconsistentOrders: total('inconsistent'),
      winnerMismatches: total('mismatches'),
      membersOverLimit: total('overLimit'),
      layers: {
        rawPerSec: round(raw.perSec, 1),
        apiPerSec: round(inproc.perSec, 1),
        apiRatio: round(inproc.perSec / raw.perSec, 3),
        httpPerSec: round(http.perSec, 1),
        apiP50Ms: round(inproc.p50),
        httpFloorPerSec: round((floorCount / floor.wallMs) * 1000, 1),
      },
      profile,
    };
  } finally {
    await load.close();
    await bh.stop();
  }
}

/** Sequential claims through the counting store: each one wins, then another member loses the same order. */
async function profileClaims(store: PgStore, openids: string[], residentId: string, n: number) {
  const counting = countingStore(store.db);
  const ids = await openBatch(store.db, 'rushprofile', n, residentId, new Date());
  await store.db.query(`UPDATE orders SET headcount = 1 WHERE id LIKE 'rushprofile-%'`);
  // Members who have used the app before, as in a rush: they open the pool first (identity and profile cached).
  for (const openid of new Set(ids.flatMap((_, i) => [openids[i % openids.length], openids[(i + 1) % openids.length]]))) {
    await counting.api({ action: 'order.pool', data: { communityId: 'c1' } }, { openid });
  }
  const won = { ms: [] as number[], queries: [] as number[], dbMs: [] as number[] };
  const lost = { ms: [] as number[], queries: [] as number[], dbMs: [] as number[] };
  for (let i = 0; i < n; i++) {
    for (const [who, into] of [[openids[i % openids.length], won], [openids[(i + 1) % openids.length], lost]] as const) {
      counting.reset();
      const start = performance.now();
      const res = await counting.api({ action: 'order.claim', data: { orderId: ids[i] } }, { openid: who });
      into.ms.push(performance.now() - start);
      into.queries.push(counting.count());
      into.dbMs.push(counting.dbMs());
      if ((res.code === 0) !== (into === won)) throw new Error(`profile claim ${i}: unexpected ${res.code}`);
    }
    if (i % 3 === 2) await reset(store, false);
  }
  await reset(store);
  const summary = (s: typeof won) => ({ p50Ms: round(p50(s.ms)), queries: p50(s.queries), dbP50Ms: round(p50(s.dbMs)), dbShare: round(p50(s.dbMs) / p50(s.ms), 3) });
  return { won: summary(won), lost: summary(lost) };
}
