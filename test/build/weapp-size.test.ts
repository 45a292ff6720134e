/**
 * The WeChat package budget. Main package at most 460 KB: 421.5 KB on 2026-11-28 with every page beyond 首页 and 我的
 * in one subpackage; 455.6 KB on 2026-11-29 once the pages grew into seven subpackages (app 264.7, dash 149.6 with
 * uCharts, manage 19.3, board 13.5, honor 12.2, dept 9.2) and the 27 KB of our modules that two of them use (the
 * form kit: Field, TextInput, Chips…) moved into main rather than being copied into each (config/weapp.ts). A small
 * main package is what makes the first open fast on a weak network. Each subpackage at most 300 KB (WeChat's hard
 * limit is 2 MB).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_BYTES, SUBPACKAGE_BUDGET_BYTES } from '../../bench/bundle';
import { bytesUnder, ensureBuilt } from './builds';

const MAIN_BUDGET = BUDGET_BYTES;
const SUBPACKAGE_BUDGET = SUBPACKAGE_BUDGET_BYTES;

test('main package within 460 KB and every subpackage within 300 KB', () => {
  const dist = ensureBuilt('weapp');
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const sizes = Object.fromEntries(roots.map((r) => [r, bytesUnder(join(dist, r))]));
  const main = bytesUnder(dist) - Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log('weapp package sizes (KB): ' + Object.entries({ main, ...sizes }).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(', '));
  expect(roots).toEqual(['app', 'board', 'manage', 'honor', 'dept', 'dash']);
  expect(['main', main <= MAIN_BUDGET]).toEqual(['main', true]);
  for (const [name, bytes] of Object.entries(sizes)) expect([name, bytes <= SUBPACKAGE_BUDGET]).toEqual([name, true]);
}, 240_000);
