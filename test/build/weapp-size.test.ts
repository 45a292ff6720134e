/**
 * The WeChat package budget: main package and each subpackage at most 500 KB (WeChat's hard limit is 2 MB;
 * a small main package is what makes the first open fast on a weak network).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesUnder, ensureBuilt } from './builds';

const BUDGET = 500 * 1024;

test('main package and every subpackage fit in 500 KB', () => {
  const dist = ensureBuilt('weapp');
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const sizes = Object.fromEntries(roots.map((r) => [r, bytesUnder(join(dist, r))]));
  const main = bytesUnder(dist) - Object.values(sizes).reduce((a, b) => a + b, 0);
  const table = { main, ...sizes };
  console.log('weapp package sizes (KB): ' + Object.entries(table).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(', '));
  expect(roots.sort()).toEqual(['member', 'order', 'resident', 'staff']);
  for (const [name, bytes] of Object.entries(table)) expect([name, bytes <= BUDGET]).toEqual([name, true]);
}, 240_000);
