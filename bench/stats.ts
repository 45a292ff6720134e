/**
 * Small measuring helpers: percentiles, rates, a seeded random source, and number formats for the table.
 */

/** The q-quantile (0…1) of `samples` by nearest rank; NaN when there are none. */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const p50 = (s: number[]) => quantile(s, 0.5);
export const p95 = (s: number[]) => quantile(s, 0.95);
export const p99 = (s: number[]) => quantile(s, 0.99);

export const median = (s: number[]) => quantile(s, 0.5);

/** Rounds for the JSON: ms to 0.01, rates to 0.1, ratios to 0.001. */
export const round = (v: number, digits = 2) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : null);

export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

/** Runs `workers` loops at once, each taking the next item until none are left; returns each item's latency. */
export async function runConcurrently<T>(
  lanes: T[][],
  each: (item: T) => Promise<unknown>,
): Promise<{ wallMs: number; latencies: number[]; results: unknown[][] }> {
  const latencies: number[] = [];
  const start = performance.now();
  const results = await Promise.all(
    lanes.map(async (lane) => {
      const out: unknown[] = [];
      for (const item of lane) {
        const t = performance.now();
        out.push(await each(item));
        latencies.push(performance.now() - t);
      }
      return out;
    }),
  );
  return { wallMs: performance.now() - start, latencies, results };
}

/** mulberry32: a tiny seeded generator, so every run draws the same targets. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const fmtMs = (v: number | null | undefined) => (v == null || !Number.isFinite(v) ? '—' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
export const fmtRate = (v: number | null | undefined) => (v == null || !Number.isFinite(v) ? '—' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
export const fmtRatio = (v: number | null | undefined) => (v == null || !Number.isFinite(v) ? '—' : v.toFixed(3));
export const fmtKB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const fmtCount = (n: number) => (n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** A plain-text table: the first row is the header; columns after the first are right-aligned. */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const pad = (s: string, w: number, right: boolean) => {
    const len = [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    const fill = ' '.repeat(Math.max(0, w - len));
    return right ? fill + s : s + fill;
  };
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i], i > 0)).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Parses "10k", "1M", "2500" into a number. */
export function parseCount(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
  if (!m) throw new Error(`not a count: ${s}`);
  const mult = ({ '': 1, k: 1e3, m: 1e6 } as Record<string, number>)[m[2].toLowerCase()];
  return Math.round(Number(m[1]) * mult);
}
