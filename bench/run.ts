/**
 * `npm run bench` — claim rush, wish rush, list scale, submit throughput, dashboard scale and package size, each as ratios against a
 * baseline measured in the same run, on PGlite (in memory) by default or on the PostgreSQL server in DATABASE_URL
 * (in throwaway databases the bench creates and drops; the database the URL names is never touched).
 *
 *   npm run bench                          the full run (about 5 minutes on PGlite; 1M orders take ~1 min to load)
 *   npm run bench -- --quick               a smoke run small enough for CI
 *   npm run bench -- --levels 10k,100k     other list levels (default 10k,100k,1M)
 *   npm run bench -- --only claim,list     some sections (claim, wishes, list, submit, dashboard, bundle)
 *   npm run bench -- --out path.json       where the JSON goes (default bench/results.json)
 *   npm run bench -- --no-analyze          lists without VACUUM ANALYZE after loading (PGlite has no autovacuum)
 *
 * Prints a table and writes the results as JSON; the keys documented in bench/README.md are stable.
 * Exits 1 if an invariant broke (a double claim, a store that disagrees with what callers were told, an
 * idempotency key that made two orders), whatever the timings.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { packageSize } from './bundle';
import { cloudbaseCalls } from './calls';
import { dashboardScale, type DashboardOptions } from './dashboard';
import { claimRush, type ClaimOptions } from './claim';
import { engineFromEnv, engineInfo, machine } from './env';
import { listScale, POOL_SORTS, QUEUE_TABS, type ListOptions, type PlanNote } from './lists';
import { submitThroughput, type SubmitOptions } from './submit';
import { wishRush, type WishOptions } from './wishes';
import { fmtCount, fmtKB, fmtMs, fmtRate, fmtRatio, parseCount, table } from './stats';

const SECTIONS = ['claim', 'wishes', 'submit', 'list', 'dashboard', 'bundle'] as const;
type Section = (typeof SECTIONS)[number];

const FULL: { claim: ClaimOptions; wishes: WishOptions; list: ListOptions; submit: SubmitOptions; dashboard: DashboardOptions } = {
  claim: { orders: 500, members: 200, attemptsPerMember: 3, rounds: 3 },
  wishes: { wishes: 100, members: 1000, units: 20, attemptsPerClaimer: 3 },
  list: { levels: [10_000, 100_000, 1_000_000], pages: 5, reps: 4, analyze: true },
  submit: { residents: 50, perResident: 40, retryEvery: 10 },
  dashboard: { levels: [10_000, 100_000, 1_000_000], reps: 20, foldOrders: 5_000 },
};
const QUICK: typeof FULL = {
  claim: { orders: 30, members: 12, attemptsPerMember: 2, rounds: 1 },
  wishes: { wishes: 10, members: 20, units: 3, attemptsPerClaimer: 3 },
  list: { levels: [1_000, 4_000], pages: 2, reps: 1, analyze: true },
  submit: { residents: 4, perResident: 5, retryEvery: 5 },
  dashboard: { levels: [1_000, 4_000], reps: 3, foldOrders: 300 },
};

function parseArgs(argv: string[]) {
  const args = { quick: false, analyze: true, levels: null as number[] | null, only: [...SECTIONS] as Section[], out: join(__dirname, 'results.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') args.quick = true;
    else if (a === '--no-analyze') args.analyze = false;
    else if (a.startsWith('--levels')) args.levels = value().split(',').map(parseCount).sort((x, y) => x - y);
    else if (a.startsWith('--only')) {
      const only = value().split(',') as Section[];
      for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section ${s} (${SECTIONS.join(', ')})`);
      args.only = only;
    } else if (a.startsWith('--out')) args.out = resolve(value());
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--quick] [--levels 10k,100k,1M] [--only claim,wishes,submit,list,dashboard,bundle] [--out file.json] [--no-analyze]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (args.levels && args.levels.length < 2) throw new Error('--levels needs at least two levels (the ratio is the largest over the smallest)');
  return args;
}

const say = (s: string) => console.log(s);

function planLine(notes: PlanNote[]): string {
  return notes
    .filter((n) => ['page', 'counts', 'holders'].includes(n.label))
    .map((n) => {
      const extra = [
        n.seqScans.length ? `SEQ SCAN ${n.seqScans.join(',')}` : '',
        n.sortedRows > 1000 ? `sorts ${n.sortedRows.toLocaleString('en-US')} rows` : n.rowsRead > 1000 ? `reads ${n.rowsRead.toLocaleString('en-US')} rows` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return `${n.label}: ${n.indexes.join('+') || '—'}${extra ? ` (${extra})` : ''} ${fmtMs(n.execMs)} ms`;
    })
    .join('; ');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const config = args.quick ? QUICK : FULL;
  const listOpts = { ...config.list, levels: args.levels ?? config.list.levels, analyze: args.analyze };
  const engine = engineFromEnv();
  const started = performance.now();
  const info = { ...machine(), ...(await engineInfo(engine)) };
  say(`三单通 bench${args.quick ? ' (quick)' : ''} — ${info.version} · ${info.cpu}, ${info.cores} cores, ${info.memGiB} GiB · Node ${info.node} · ${info.date}`);
  const results: Record<string, unknown> = {
    meta: { ...info, loadAvgAtStart: loadavg()[0], quick: args.quick, sections: args.only, options: { ...config, list: listOpts } },
  };
  const out: Partial<Record<Section | 'calls', any>> = {};

  if (args.only.includes('claim')) {
    say(`\n▶ claim rush: ${config.claim.orders} open orders, ${config.claim.members} members at once, ${config.claim.attemptsPerMember} claims each, ${config.claim.rounds} rounds`);
    out.claim = await claimRush(engine, config.claim, say);
  }
  if (args.only.includes('wishes')) {
    const w = config.wishes;
    say(`\n▶ wish rush: ${w.wishes} 微心愿 released at one instant, ${w.members} members and ${w.units} units at once, ${w.attemptsPerClaimer} claims each`);
    out.wishes = await wishRush(engine, w, say);
  }
  if (args.only.includes('submit')) {
    say(`\n▶ submit throughput: ${config.submit.residents} residents at once, ${config.submit.perResident} orders each, every ${config.submit.retryEvery}th sent twice`);
    out.submit = await submitThroughput(engine, config.submit, say);
  }
  if (args.only.includes('claim') || args.only.includes('submit')) out.calls = { cloudbase: await cloudbaseCalls() };
  if (args.only.includes('list')) {
    say(`\n▶ list scale: ${listOpts.levels.map(fmtCount).join(' → ')} orders; ${listOpts.pages} pages × ${listOpts.reps} walks per list`);
    out.list = await listScale(engine, listOpts, say);
  }
  if (args.only.includes('dashboard')) {
    const levels = args.levels ?? config.dashboard.levels;
    say(`\n▶ dashboard scale: ${levels.map(fmtCount).join(' → ')} orders of history; ${config.dashboard.reps} requests per dashboard per period`);
    out.dashboard = await dashboardScale(engine, { ...config.dashboard, levels }, say);
  }
  if (args.only.includes('bundle')) {
    say('\n▶ package size');
    out.bundle = await packageSize(say);
  }
  Object.assign(results, out);
  Object.assign(results.meta as object, { seconds: Math.round((performance.now() - started) / 1000), loadAvgAtEnd: loadavg()[0] });

  // The tables.
  const meta = results.meta as { loadAvgAtStart: number; loadAvgAtEnd: number };
  say(`\n═══ Results — ${info.engine} (${info.version}) · ${info.date.slice(0, 10)} · ${info.cores} cores · load average ${meta.loadAvgAtStart.toFixed(1)} → ${meta.loadAvgAtEnd.toFixed(1)} ═══`);
  const cb = out.calls?.cloudbase;
  if (cb) say(`\nCloudBase adapter (offline harness, real wx-server-sdk): database calls per won claim ${cb.won}, per lost claim ${cb.lost}, per submit ${cb.submit}`);
  const c = out.claim;
  if (c) {
    say(`\nClaim rush — ${c.orders} open orders, ${c.members} members, ${c.attempts} claims over ${c.rounds} rounds (won ${c.won}, lost ${c.lost})`);
    say(
      table([
        ['layer', 'claims/s', 'p50 ms', 'p99 ms', 'vs raw'],
        ['raw UPDATE … RETURNING', fmtRate(c.rawPerSec), fmtMs(c.rawP50Ms), fmtMs(c.rawP99Ms), '1.000'],
        ['action in process', fmtRate(c.layers.apiPerSec), fmtMs(c.layers.apiP50Ms), '', fmtRatio(c.layers.apiRatio)],
        ['full stack over HTTP', fmtRate(c.perSec), fmtMs(c.p50Ms), fmtMs(c.p99Ms), fmtRatio(c.ratio)],
        ['(HTTP alone: GET /healthz)', fmtRate(c.layers.httpFloorPerSec), '', '', ''],
      ]),
    );
    say(
      `double claims ${c.doubleClaims} · store disagrees with callers ${c.winnerMismatches} · inconsistent orders ${c.inconsistentOrders} · members over limit ${c.membersOverLimit} · errors ${c.errors}`,
    );
    say(
      `one claim alone: won ${fmtMs(c.profile.won.p50Ms)} ms, ${c.profile.won.queries} statements, ${Math.round(c.profile.won.dbShare * 100)}% of it waiting on the database; on an order already taken ${fmtMs(c.profile.lost.p50Ms)} ms, ${c.profile.lost.queries} statements`,
    );
  }
  const w = out.wishes;
  if (w) {
    say(`\nWish rush — ${w.wishes} wishes released at once, ${w.members} members + ${w.units} units, ${w.attempts} claims (won ${w.won}, taken ${w.lost}, at the hold limit ${w.overLimitRefusals})`);
    say(
      table([
        ['layer', 'claims/s', 'p50 ms', 'p99 ms', 'vs raw'],
        ['raw UPDATE … RETURNING', fmtRate(w.rawPerSec), fmtMs(w.rawP50Ms), fmtMs(w.rawP99Ms), '1.000'],
        ['full stack over HTTP', fmtRate(w.perSec), fmtMs(w.p50Ms), fmtMs(w.p99Ms), fmtRatio(w.ratio)],
      ]),
    );
    say(`double claims ${w.doubleClaims} · store disagrees with callers ${w.winnerMismatches} · claimers over the hold limit ${w.claimersOverLimit} · errors ${w.errors}`);
  }
  const s = out.submit;
  if (s) {
    say(`\nSubmit — ${s.residents} residents, ${s.requests} submits (${s.orders} orders, ${s.retries} retries with the same key)`);
    say(
      table([
        ['layer', 'submits/s', 'p50 ms', 'p99 ms', 'vs raw'],
        ['raw INSERT … ON CONFLICT', fmtRate(s.rawPerSec), '', '', '1.000'],
        ['action in process', fmtRate(s.layers.apiPerSec), '', '', fmtRatio(s.layers.apiRatio)],
        ['full stack over HTTP', fmtRate(s.perSec), fmtMs(s.p50Ms), fmtMs(s.p99Ms), fmtRatio(s.ratio)],
      ]),
    );
    say(`idempotency violations ${s.idempotencyViolations} · one submit alone: ${fmtMs(s.profile.p50Ms)} ms, ${s.profile.queries} statements, ${Math.round(s.profile.dbShare * 100)}% of it waiting on the database`);
  }
  const l = out.list;
  if (l) {
    say(`\nList scale — per page of 20 through the host (ms); community c1 holds 40% of the district's orders`);
    say(
      table([
        ['orders', 'in c1', 'load s', 'queue p50', 'queue p95', 'counts p50', 'pool p50', 'pool p95', 'store page p50 q/p'],
        ...l.levels.map((v: any) => [
          fmtCount(v.orders),
          v.communityOrders.toLocaleString('en-US'),
          v.loadSeconds,
          fmtMs(v.queue.p50Ms),
          fmtMs(v.queue.p95Ms),
          fmtMs(v.queue.countsP50Ms),
          fmtMs(v.pool.p50Ms),
          fmtMs(v.pool.p95Ms),
          `${fmtMs(v.queue.storePageP50Ms)} / ${fmtMs(v.pool.storePageP50Ms)}`,
        ]),
      ]),
    );
    const top = l.levels[l.levels.length - 1];
    say(`\nBy list at ${fmtCount(top.orders)} (p50 ms, through the host / the store's page alone) and the plan of each statement:`);
    for (const [kind, names] of [['queue', QUEUE_TABS], ['pool', POOL_SORTS]] as const) {
      for (const n of names) {
        const by = top[kind].by[n];
        say(`  ${`${kind}.${n}`.padEnd(16)} ${fmtMs(by.p50Ms).padStart(6)} / ${fmtMs(by.storePageP50Ms).padStart(6)}   ${planLine(top.plans[`${kind}.${n}`])}`);
      }
    }
    say(`ratios ${l.ratioOf}: queue ${fmtRatio(l.queue.ratio)}, pool ${fmtRatio(l.pool.ratio)} → list.ratio ${fmtRatio(l.ratio)}`);
    if (l.plansUseIndexes === null) say('plans: not judged below 10k orders (a planner rightly reads small tables whole)');
    else say(l.plansUseIndexes ? 'plans: every list reads its index in order at every level' : `plans that do not scale:\n${l.planProblems.map((p: string) => `  ${p}`).join('\n')}`);
  }
  const d = out.dashboard;
  if (d) {
    say(`\nDashboards — through the host (ms); the aggregates the fold leaves for that much history (the orders are not loaded)`);
    say(
      table([
        ['orders', 'day rows', 'member rows', 'c1 rows, 7 days', 'load s', 'community p50', 'p95', 'street p50', 'p95', '365 days c / s p50'],
        ...d.levels.map((v: any) => [
          fmtCount(v.orders),
          v.dayRows.toLocaleString('en-US'),
          v.memberRows.toLocaleString('en-US'),
          v.c1WeekDayRows,
          v.loadSeconds,
          fmtMs(v.community.p50Ms),
          fmtMs(v.community.p95Ms),
          fmtMs(v.street.p50Ms),
          fmtMs(v.street.p95Ms),
          `${fmtMs(v.community.yearP50Ms)} / ${fmtMs(v.street.yearP50Ms)}`,
        ]),
      ]),
    );
    say(`fold job: ${d.fold.orders.toLocaleString('en-US')} bulk orders in ${d.fold.seconds} s (${d.fold.perSec} orders/s)`);
    say(`ratios ${d.ratioOf} (the last 7 days, p50): community ${fmtRatio(d.community.ratio)}, street ${fmtRatio(d.street.ratio)} → dashboard.ratio ${fmtRatio(d.ratio)}`);
  }
  const b = out.bundle;
  if (b) {
    say(`\nPackage size (weapp)`);
    say(
      table([
        ['package', 'bytes', 'size'],
        ['main', b.mainBytes.toLocaleString('en-US'), fmtKB(b.mainBytes)],
        ...Object.entries(b.subpackages as Record<string, number>).map(([k, v]) => [k, v.toLocaleString('en-US'), fmtKB(v)]),
        ['bare Taro app (baseline)', b.baselineBytes.toLocaleString('en-US'), fmtKB(b.baselineBytes)],
      ]),
    );
    say(`main / bare = ${fmtRatio(b.ratio)} · main within ${fmtKB(b.budgetBytes)}, each subpackage within ${fmtKB(b.subpackageBudgetBytes)}: ${b.withinBudget ? 'yes' : 'NO'}`);
  }

  say('\nStable keys:');
  const keys: [string, unknown][] = [
    ['claim.ratio', c?.ratio],
    ['claim.doubleClaims', c?.doubleClaims],
    ['wishes.ratio', w?.ratio],
    ['wishes.doubleClaims', w?.doubleClaims],
    ['list.ratio', l?.ratio],
    ['dashboard.ratio', d?.ratio],
    ['submit.ratio', s?.ratio],
    ['bundle.mainBytes', b?.mainBytes],
    ['bundle.baselineBytes', b?.baselineBytes],
    ['bundle.ratio', b?.ratio],
  ];
  say(keys.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k} = ${v}`).join('\n'));

  writeFileSync(args.out, JSON.stringify(results, null, 2) + '\n');
  say(`\nwrote ${args.out} (${(results.meta as { seconds: number }).seconds} s)`);

  const broken = [
    c && c.doubleClaims + c.winnerMismatches + c.inconsistentOrders + c.membersOverLimit + c.errors > 0 && 'claim rush invariants',
    w && w.doubleClaims + w.winnerMismatches + w.claimersOverLimit + w.errors > 0 && 'wish rush invariants',
    s && s.idempotencyViolations > 0 && 'submit idempotency',
  ].filter(Boolean);
  if (broken.length) {
    console.error(`\nINVARIANT BROKEN: ${broken.join(', ')}`);
    process.exit(1);
  }
}

main().catch((e: Error & { query?: string }) => {
  // A database error carries its whole statement; the first lines say enough.
  console.error('bench failed:', e.stack ?? e, e.query ? `\nin: ${e.query.split('\n').slice(0, 3).join('\n')} …` : '');
  process.exit(1);
});
