/**
 * What the H5 build ships, read from dist/h5: content-hashed script and stylesheet names (the host caches them for
 * good), brotli and gzip copies of every text file, each module in one chunk, the first screen within its byte
 * budget, and the favicon and manifest the page links.
 */
import { parse, type Node } from 'acorn';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ensureBuilt, moduleIds, walk } from './builds';

/** Brotli bytes the first screen may fetch (page, scripts, stylesheets): 141.8 KB measured on 2026-11-28 (530 KB uncompressed before). */
const FIRST_SCREEN_BUDGET = 160 * 1024;

let dist: string;
let files: string[];
let html: string;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const assets = () => files.filter((f) => /^(js|chunk|css)\/.*\.(js|css)$/.test(f));

/** The module table of the runtime chunk (`var …, x = { "id": function (…) {…}, … }`), which is not a push. */
function runtimeModuleIds(ast: Node): string[] {
  let ids: string[] = [];
  const visit = (n: any): void => {
    if (ids.length || !n || typeof n.type !== 'string') return;
    const props = n.type === 'VariableDeclarator' && n.init?.type === 'ObjectExpression' ? n.init.properties : [];
    if (props.length > 10 && props.every((p: any) => /^\d+$/.test(String(p.key?.value)) && p.value.type === 'FunctionExpression')) {
      ids = props.map((p: any) => String(p.key.value));
      return;
    }
    for (const v of Object.values(n)) (Array.isArray(v) ? v : [v]).forEach((c) => c && typeof c === 'object' && visit(c));
  };
  visit(ast);
  return ids;
}

beforeAll(() => {
  dist = ensureBuilt('h5');
  files = walk(dist).map((p) => relative(dist, p).split('\\').join('/'));
  html = readFileSync(join(dist, 'index.html'), 'utf8');
}, 600_000);

test('every script and stylesheet is named by its content hash, and the page names only those', () => {
  const unhashed = assets().filter((f) => !/\.[0-9a-f]{8}\.(js|css)$/.test(f));
  expect(assets().length).toBeGreaterThan(10);
  expect(unhashed).toEqual([]);
  const linked = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]);
  expect(linked.filter((f) => /\.(js|css)$/.test(f) && !assets().includes(f))).toEqual([]);
  expect(linked).toEqual(expect.arrayContaining(['favicon.ico', 'manifest.webmanifest']));
  for (const f of linked) expect([f, existsSync(join(dist, f))]).toEqual([f, true]);
});

test('every text file over 1 KB has brotli and gzip copies beside it that decode to the same bytes', () => {
  const text = files.filter((f) => /\.(js|css|html|svg|webmanifest)$/.test(f) && statSync(join(dist, f)).size > 1024);
  expect(text).toContain('index.html');
  for (const f of text) {
    const original = readFileSync(join(dist, f));
    expect([f, brotliDecompressSync(readFileSync(join(dist, `${f}.br`))).equals(original)]).toEqual([f, true]);
    expect([f, gunzipSync(readFileSync(join(dist, `${f}.gz`))).equals(original)]).toEqual([f, true]);
  }
});

test('no module is copied into more than one chunk', () => {
  const chunksOf = new Map<string, string[]>();
  for (const f of files.filter((x) => x.endsWith('.js'))) {
    const ast = parse(readFileSync(join(dist, f), 'utf8'), { ecmaVersion: 'latest' });
    for (const id of [...moduleIds(ast), ...runtimeModuleIds(ast)]) chunksOf.set(id, [...(chunksOf.get(id) ?? []), f]);
  }
  expect(chunksOf.size).toBeGreaterThan(150);
  const copied = [...chunksOf].filter(([, chunks]) => chunks.length > 1).map(([id, chunks]) => `module ${id} in ${chunks.join(', ')}`);
  expect(copied).toEqual([]);
});

test('the first screen (the page, its scripts and stylesheets, the preloaded first page) fits its brotli budget', () => {
  const size = (f: string) => statSync(join(dist, f)).size;
  const brotli = (f: string) => (existsSync(join(dist, `${f}.br`)) ? size(`${f}.br`) : size(f));
  const first = ['index.html', ...[...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1])];
  const scripts = files.filter((f) => /\.js$/.test(f) && !f.endsWith('.LICENSE.txt'));
  const total = (list: string[], by: (f: string) => number) => list.reduce((n, f) => n + by(f), 0);
  console.log(
    `H5 JavaScript: ${kb(total(scripts, size))} raw, ${kb(total(scripts, (f) => size(`${f}.gz`)))} gzip, ${kb(total(scripts, brotli))} brotli ` +
      `in ${scripts.length} files; first screen ${kb(total(first, brotli))} brotli in ${first.length} files`,
  );
  expect(first.some((f) => f.startsWith('chunk/first-page.'))).toBe(true);
  expect(total(first, brotli)).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
});
