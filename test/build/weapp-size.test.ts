/**
 * The WeChat package budget. Main package at most 440 KB: measured 421.5 KB on 2026-11-28 (432.3 KB at the start of
 * that day, before the ARIA attributes in base.wxml added 12 KB), with every page beyond 首页 and 我的 in the one subpackage so
 * that what the role pages share ships there once — except the 晒 board, whose own small subpackage is what a shared
 * card opens, and 数据看板 with its chart library in `dash` (145.5 KB on 2026-11-29, of which uCharts is most). A small
 * main package is what makes the first open fast on a weak
 * network. Each subpackage at most 300 KB (WeChat's hard limit is 2 MB).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesUnder, ensureBuilt } from './builds';

const MAIN_BUDGET = 440 * 1024;
const SUBPACKAGE_BUDGET = 300 * 1024;

test('main package within 440 KB and every subpackage within 300 KB', () => {
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
