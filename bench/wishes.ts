/**
 * Wish rush: W 微心愿 released at one instant, M members and U partner units (through their contacts) claiming at
 * once, each claimer trying A distinct wishes, half from the top tenth of the wall (what everyone sees first).
 *   raw   the conditional UPDATE … WHERE status = 'open' … RETURNING alone, one lane per claimer, same targets;
 *   http  wish.claim through the real host over HTTP from a worker thread (`wishes.perSec`).
 * Afterwards the store is checked: no wish told to two claimers, every claimer told they won holds it and every
 * holder was told so, and nobody holds more than the community's wishHoldLimit.
 */
import { DEFAULT_SETTINGS } from '../cloud/domain/policies';
import type { PgStore } from '../cloud/store/store.pg';
import type { Db } from '../cloud/store/pg/db';
import { benchPlaces } from './data';
import { HttpLoad, makeMember, makeWithRole, startBenchHost, type Engine } from './env';
import { p50, p99, rng, round, runConcurrently } from './stats';

export interface WishOptions {
  wishes: number;
  members: number;
  units: number;
  attemptsPerClaimer: number;
}

const RAW_CLAIM = `UPDATE wishes SET status = 'claimed', claimer_kind = 'member', claimer_id = $2, claimer_name = $2, claimed_by = $2,
    claimed_at = $3, updated_at = $3, version = version + 1
  WHERE id = $1 AND status = 'open' AND release_at <= $3 AND deadline > $3 RETURNING id`;

/** A batch of wishes in c1 as staff post them, all released at `now`. Ids are `<tag>-<n>`. */
async function postBatch(db: Db, tag: string, count: number, now: Date): Promise<string[]> {
  await db.query(
    `INSERT INTO wishes (id, community_id, street_id, beneficiary_label, title, story, value, points, release_at, deadline, status,
       posted_by, created_at, updated_at)
     SELECT $1 || '-' || i, 'c1', 'st1', '一号社区 · 独居老人', '微心愿 #' || i, '想要一台收音机', 80, 5, $3, $3::timestamptz + interval '7 days',
       'open', 'bench', $3, $3
     FROM generate_series(0, $2::int - 1) i`,
    [tag, count, now],
  );
  return Array.from({ length: count }, (_, i) => `${tag}-${i}`);
}

function plan(opts: WishOptions, claimers: number, seed: number): number[][] {
  const next = rng(seed);
  const hot = Math.max(1, Math.floor(opts.wishes / 10));
  return Array.from({ length: claimers }, () => {
    const picks = new Set<number>();
    while (picks.size < Math.min(opts.attemptsPerClaimer, opts.wishes)) picks.add(next() < 0.5 ? Math.floor(next() * hot) : Math.floor(next() * opts.wishes));
    return [...picks];
  });
}

/** The store after a layer ran on batch `tag`, against `told` (claimer key → wish ids they were told they won). */
async function check(store: PgStore, tag: string, told: Map<string, string[]>) {
  const rows = await store.db.query<{ id: string; holder: string | null }>(
    `SELECT id, CASE WHEN claimer_id IS NULL THEN NULL ELSE claimer_kind || ':' || claimer_id END AS holder FROM wishes WHERE id LIKE $1 || '-%'`,
    [tag],
  );
  const winners = new Map<string, string[]>();
  for (const [who, ids] of told) for (const id of ids) winners.set(id, [...(winners.get(id) ?? []), who]);
  let doubleClaims = 0;
  let mismatches = 0;
  for (const r of rows) {
    const w = winners.get(r.id) ?? [];
    doubleClaims += Math.max(0, w.length - 1);
    if ((r.holder ?? null) !== (w[0] ?? null)) mismatches++;
  }
  const [{ n: overLimit }] = await store.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM wishes WHERE id LIKE $1 || '-%' AND status = 'claimed'
       GROUP BY claimer_kind, claimer_id HAVING count(*) > $2) x`,
    [tag, DEFAULT_SETTINGS.wishHoldLimit],
  );
  return { doubleClaims, mismatches, overLimit };
}

/** Ends the round: the batch realised, so every claimer's holds are free for the next layer. */
const settle = (store: PgStore, tag: string) => store.db.query(`UPDATE wishes SET status = 'realised', realised_at = now() WHERE id LIKE $1 || '-%'`, [tag]);

export async function wishRush(engine: Engine, opts: WishOptions, say: (s: string) => void) {
  const bh = await startBenchHost(engine, benchPlaces());
  const load = new HttpLoad();
  try {
    const { store, db } = bh;
    const members = Array.from({ length: opts.members }, (_, i) => `wish-m${i}`);
    const memberIds: string[] = [];
    for (const o of members) memberIds.push(await makeMember(store, o, 'c1'));
    const contacts = Array.from({ length: opts.units }, (_, i) => `wish-u${i}`);
    const unitIds: string[] = [];
    for (const [i, o] of contacts.entries()) {
      const contact = await makeWithRole(store, o, 'resident', 'c1');
      const unit = await store.createUnit({
        id: `bench-unit-${i}`, communityId: 'c1', name: `爱心企业${i}`, kind: 'private_firm', contactName: '联系人', phone: '13800001111',
        contactIds: [contact], status: 'pending', reviewNote: null, createdAt: new Date().toISOString(),
      });
      await store.reviewUnit(unit!.id, 'verified', null, 'bench', new Date());
      unitIds.push(unit!.id);
    }
    const keys = [...memberIds.map((id) => `member:${id}`), ...unitIds.map((id) => `unit:${id}`)];
    const tokens = await bh.tokens([...members, ...contacts]);
    const claimers = keys.length;
    let batchNo = 0;
    const layers = {
      async raw(targets: number[][]) {
        const tag = `wish${++batchNo}`;
        const now = new Date();
        const ids = await postBatch(db, tag, opts.wishes, now);
        const lanes = targets.map((t, c) => t.map((k) => [ids[k], keys[c]] as const));
        const run = await runConcurrently(lanes, async ([id, key]) => (await db.query(RAW_CLAIM, [id, key, now])).length > 0);
        return { tag, attempts: run.latencies.length, wallMs: run.wallMs, latencies: run.latencies, codes: { won: run.results.flat().filter(Boolean).length } as Record<string, number>, told: null };
      },
      async http(targets: number[][]) {
        const tag = `wish${++batchNo}`;
        const ids = await postBatch(db, tag, opts.wishes, new Date());
        const clients = targets.map((t, c) => ({
          token: tokens[c],
          calls: t.map((k) => ({ action: 'wish.claim', data: c < opts.members ? { wishId: ids[k] } : { wishId: ids[k], unitId: unitIds[c - opts.members] } })),
        }));
        const run = await load.run(bh.url, clients);
        const told = new Map<string, string[]>();
        const codes: Record<string, number> = {};
        const latencies: number[] = [];
        run.results.forEach((lane, c) =>
          lane.forEach((r, k) => {
            codes[String(r.code)] = (codes[String(r.code)] ?? 0) + 1;
            latencies.push(r.ms);
            if (r.code === 0) told.set(keys[c], [...(told.get(keys[c]) ?? []), ids[targets[c][k]]]);
          }),
        );
        return { tag, attempts: latencies.length, wallMs: run.wallMs, latencies, codes, told };
      },
    };

    // Warm-up: both paths once, not counted.
    for (const layer of [layers.raw, layers.http]) await settle(store, (await layer(plan({ ...opts, attemptsPerClaimer: 1 }, claimers, 7))).tag);

    const targets = plan(opts, claimers, 1001);
    const raw = await layers.raw(targets);
    await settle(store, raw.tag);
    say(`  raw  ${raw.attempts} claims in ${(raw.wallMs / 1000).toFixed(2)} s → ${Math.round((raw.attempts / raw.wallMs) * 1000)}/s  ${JSON.stringify(raw.codes)}`);
    const http = await layers.http(targets);
    const verdict = await check(store, http.tag, http.told);
    await settle(store, http.tag);
    say(`  http ${http.attempts} claims in ${(http.wallMs / 1000).toFixed(2)} s → ${Math.round((http.attempts / http.wallMs) * 1000)}/s  ${JSON.stringify(http.codes)}`);

    const perSec = (http.attempts / http.wallMs) * 1000;
    const rawPerSec = (raw.attempts / raw.wallMs) * 1000;
    const expected = ['0', 'WISH.TAKEN', 'WISH.HOLD_LIMIT'];
    return {
      wishes: opts.wishes,
      members: opts.members,
      units: opts.units,
      attemptsPerClaimer: opts.attemptsPerClaimer,
      attempts: http.attempts,
      perSec: round(perSec, 1),
      rawPerSec: round(rawPerSec, 1),
      ratio: round(perSec / rawPerSec, 3),
      p50Ms: round(p50(http.latencies)),
      p99Ms: round(p99(http.latencies)),
      rawP50Ms: round(p50(raw.latencies)),
      rawP99Ms: round(p99(raw.latencies)),
      won: http.codes['0'] ?? 0,
      lost: http.codes['WISH.TAKEN'] ?? 0,
      overLimitRefusals: http.codes['WISH.HOLD_LIMIT'] ?? 0,
      errors: Object.entries(http.codes).filter(([k]) => !expected.includes(k)).reduce((a, [, v]) => a + v, 0),
      doubleClaims: verdict.doubleClaims,
      winnerMismatches: verdict.mismatches,
      claimersOverLimit: verdict.overLimit,
    };
  } finally {
    await load.close();
    await bh.stop();
  }
}
