/**
 * Submit throughput: R residents placing orders at once, each with its own idempotency key, and every tenth
 * submission sent twice (the retry after a lost reply), which must answer with the same order.
 * Layers as in the claim rush: raw (the adapter's INSERT … ON CONFLICT DO NOTHING RETURNING, and the lookup a
 * retry needs), api in process, http through the host (`submit.perSec`).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../cloud/store/pg/db';
import { benchPlaces } from './data';
import { countingStore, HttpLoad, inProcessApi, makeWithRole, startBenchHost, type Engine } from './env';
import { p50, p99, round, runConcurrently } from './stats';

export interface SubmitOptions {
  residents: number;
  perResident: number;
  /** Every n-th submission is retried with the same key. */
  retryEvery: number;
}

function submission(key: string, n: number) {
  return {
    communityId: 'c1',
    idempotencyKey: key,
    categoryId: 'c1-k1',
    title: `需要帮助 ${n}`,
    description: '家里老人需要帮忙，下午三点以后在家',
    address: { building: '3栋', unit: '2单元', room: '501' },
    gridId: 'c1-g1',
    contactName: '王阿姨',
    contactPhone: '13912345678',
    urgency: 'normal',
  };
}

const RAW_INSERT = `INSERT INTO orders (id, community_id, street_id, grid_id, resident_id, idempotency_key, category_id, title,
    description, photos, address, preferred_time, contact_name, contact_phone, urgency, status, priority,
    headcount, points, created_at, updated_at, version)
  VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$20,1)
  ON CONFLICT (resident_id, idempotency_key) DO NOTHING RETURNING id`;

async function rawSubmit(db: Db, residentId: string, key: string, n: number): Promise<string> {
  const s = submission(key, n);
  const inserted = await db.query<{ id: string }>(RAW_INSERT, [
    randomUUID(), 'c1', 'st1', s.gridId, residentId, key, s.categoryId, s.title, s.description, '[]', JSON.stringify(s.address), null,
    s.contactName, s.contactPhone, s.urgency, 'submitted', 'normal', 1, 5, new Date(),
  ]);
  if (inserted.length) return inserted[0].id;
  const [existing] = await db.query<{ id: string }>('SELECT id FROM orders WHERE resident_id = $1 AND idempotency_key = $2', [residentId, key]);
  return existing.id;
}

/** Each resident's requests: [key, n] pairs, retries right after their original. */
function plan(opts: SubmitOptions, prefix: string): [string, number][][] {
  return Array.from({ length: opts.residents }, (_, r) => {
    const calls: [string, number][] = [];
    for (let k = 0; k < opts.perResident; k++) {
      const n = r * opts.perResident + k;
      const key = `${prefix}-${n}-${randomUUID().slice(0, 8)}`;
      calls.push([key, n]);
      if (n % opts.retryEvery === opts.retryEvery - 1) calls.push([key, n]);
    }
    return calls;
  });
}

/** Retries must have answered with their original's order, and each key must have made exactly one order. */
async function check(db: Db, lanes: [string, number][][], ids: (string | undefined)[][], prefix: string) {
  let violations = 0;
  const byKey = new Map<string, string | undefined>();
  lanes.forEach((lane, r) =>
    lane.forEach(([key], k) => {
      const id = ids[r][k];
      if (!id) violations++;
      else if (byKey.has(key) && byKey.get(key) !== id) violations++;
      else byKey.set(key, id);
    }),
  );
  const [{ n, keys }] = await db.query<{ n: number; keys: number }>(
    `SELECT count(*)::int AS n, count(DISTINCT idempotency_key)::int AS keys FROM orders WHERE idempotency_key LIKE $1 || '-%'`,
    [prefix],
  );
  return { violations: violations + (n - keys) + Math.abs(keys - byKey.size), created: n };
}

export async function submitThroughput(engine: Engine, opts: SubmitOptions, say: (s: string) => void) {
  const bh = await startBenchHost(engine, benchPlaces());
  const load = new HttpLoad();
  try {
    const { store, db } = bh;
    const openids = Array.from({ length: opts.residents }, (_, i) => `bench-resident-${i}`);
    const residentIds: string[] = [];
    for (const o of openids) residentIds.push(await makeWithRole(store, o, 'resident', 'c1'));
    const tokens = await bh.tokens(openids);
    const api = inProcessApi(store);

    const layers = {
      async raw(prefix: string, o: SubmitOptions = opts) {
        const lanes = plan(o, prefix);
        const run = await runConcurrently(
          lanes.map((lane, r) => lane.map(([key, n]) => [r, key, n] as const)),
          ([r, key, n]) => rawSubmit(db, residentIds[r], key, n),
        );
        return { lanes, ids: run.results as string[][], wallMs: run.wallMs, latencies: run.latencies };
      },
      async api(prefix: string, o: SubmitOptions = opts) {
        const lanes = plan(o, prefix);
        const run = await runConcurrently(
          lanes.map((lane, r) => lane.map(([key, n]) => [r, key, n] as const)),
          ([r, key, n]) => api({ action: 'order.submit', data: submission(key, n) }, { openid: openids[r] }),
        );
        const ids = run.results.map((lane) => lane.map((e) => (e as { code: number; data?: { id: string } }).data?.id));
        return { lanes, ids, wallMs: run.wallMs, latencies: run.latencies };
      },
      async http(prefix: string, o: SubmitOptions = opts) {
        const lanes = plan(o, prefix);
        const run = await load.run(
          bh.url,
          lanes.map((lane, r) => ({ token: tokens[r], calls: lane.map(([key, n]) => ({ action: 'order.submit', data: submission(key, n) })) })),
        );
        return { lanes, ids: run.results.map((lane) => lane.map((x) => x.id)), wallMs: run.wallMs, latencies: run.results.flat().map((x) => x.ms) };
      },
    };

    // Warm-up: every path twice per resident (JIT, plan caches, connections), not counted.
    for (const name of ['raw', 'api', 'http'] as const) await layers[name](`warm-${name}`, { ...opts, perResident: 2 });

    const out: Record<string, { requests: number; perSec: number; p50: number; p99: number; violations: number; created: number }> = {};
    for (const name of ['raw', 'api', 'http'] as const) {
      const prefix = `bench-${name}`;
      const run = await layers[name](prefix);
      const { violations, created } = await check(db, run.lanes, run.ids, prefix);
      const requests = run.latencies.length;
      out[name] = { requests, perSec: (requests / run.wallMs) * 1000, p50: p50(run.latencies), p99: p99(run.latencies), violations, created };
      say(`  ${name.padEnd(4)} ${requests} submits (${created} orders) in ${(run.wallMs / 1000).toFixed(2)} s → ${Math.round(out[name].perSec)}/s`);
    }

    const profile = await profileSubmit(db, openids[0], Math.min(50, opts.residents * opts.perResident));
    return {
      residents: opts.residents,
      requests: out.http.requests,
      orders: out.http.created,
      retries: out.http.requests - out.http.created,
      perSec: round(out.http.perSec, 1),
      rawPerSec: round(out.raw.perSec, 1),
      ratio: round(out.http.perSec / out.raw.perSec, 3),
      p50Ms: round(out.http.p50),
      p99Ms: round(out.http.p99),
      idempotencyViolations: out.http.violations + out.api.violations + out.raw.violations,
      layers: { rawPerSec: round(out.raw.perSec, 1), apiPerSec: round(out.api.perSec, 1), apiRatio: round(out.api.perSec / out.raw.perSec, 3), httpPerSec: round(out.http.perSec, 1) },
      profile,
    };
  } finally {
    await load.close();
    await bh.stop();
  }
}

async function profileSubmit(db: Db, openid: string, n: number) {
  const counting = countingStore(db);
  const ms: number[] = [];
  const queries: number[] = [];
  const dbMs: number[] = [];
  for (let i = 0; i < n; i++) {
    counting.reset();
    const start = performance.now();
    const res = await counting.api({ action: 'order.submit', data: submission(`profile-${i}-${randomUUID().slice(0, 8)}`, i) }, { openid });
    ms.push(performance.now() - start);
    if (res.code !== 0) throw new Error(`profile submit: ${res.code}`);
    queries.push(counting.count());
    dbMs.push(counting.dbMs());
  }
  return { p50Ms: round(p50(ms)), queries: p50(queries), dbP50Ms: round(p50(dbMs)), dbShare: round(p50(dbMs) / p50(ms), 3) };
}
