/**
 * What the weapp build ships, read from dist/weapp: syntax every supported WeChat can parse, the ARIA attributes
 * WeChat's screen reader reads, nothing of the browser-only demo login, each helper once, and each module in one
 * package only.
 */
import { parse } from 'acorn';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ensureBuilt, moduleIds, walk } from './builds';

let dist: string;
let roots: string[];
/** Every file of the build: path relative to dist → text. */
let files: Map<string, string>;

/** 'main' or the subpackage root a file belongs to. */
const packageOf = (file: string) => roots.find((r) => file.startsWith(`${r}${sep}`) || file.startsWith(`${r}/`)) ?? 'main';
const scripts = () => [...files].filter(([f]) => f.endsWith('.js'));

beforeAll(() => {
  dist = ensureBuilt('weapp');
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  roots = (app.subPackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  files = new Map(walk(dist).map((p) => [relative(dist, p), readFileSync(p, 'utf8')]));
}, 240_000);

test('every script parses as ES2017, the oldest JavaScript the supported WeChat versions run', () => {
  const failures = scripts().flatMap(([file, text]) => {
    try {
      parse(text, { ecmaVersion: 2017, sourceType: 'script' });
      return [];
    } catch (e) {
      const pos = (e as { pos: number }).pos;
      return [`${file}: ${(e as Error).message} near ${JSON.stringify(text.slice(Math.max(0, pos - 40), pos + 20))}`];
    }
  });
  expect(scripts().length).toBeGreaterThan(10);
  expect(failures).toEqual([]);
});

test('base.wxml passes ARIA attributes to view, text and button, so WeChat’s screen reader gets them', () => {
  const wxml = files.get('base.wxml') ?? '';
  const attrsOf = (tag: string) => new Set([...wxml.matchAll(new RegExp(`<${tag} [^>]*`, 'g'))].flatMap((m) => m[0].match(/aria-[a-z]+(?==)/g) ?? []));
  expect([...attrsOf('view')].sort()).toEqual(expect.arrayContaining(['aria-checked', 'aria-current', 'aria-disabled', 'aria-expanded', 'aria-hidden', 'aria-label', 'aria-modal', 'aria-pressed', 'aria-role', 'aria-selected']));
  expect([...attrsOf('text')]).toEqual(expect.arrayContaining(['aria-role', 'aria-label', 'aria-hidden']));
  expect([...attrsOf('button')]).toEqual(expect.arrayContaining(['aria-label']));
  // Bound to the node's data like every other attribute, e.g. aria-label="{{i.p6}}".
  expect(wxml).toMatch(/<view [^>]*aria-label="\{\{i\.p\d+\}\}"/);
});

test('nothing of the browser-only demo login is in the mini-program', () => {
  const app = JSON.parse(files.get('app.json') ?? '{}') as { pages: string[] };
  expect(app.pages).not.toContain('pages/login/index');
  expect(existsSync(join(dist, 'pages', 'login'))).toBe(false);
  const leaks = scripts().filter(([, text]) => /\/auth\/dev-(login|accounts)|sandan\.token|演示登录/.test(text)).map(([f]) => f);
  expect(leaks).toEqual([]);
});

test('each helper is shipped once: one helper runtime, not Babel’s, SWC’s and tslib’s copies of it', () => {
  // Messages only helper code throws; a second copy means a second helper runtime.
  for (const message of ['Invalid attempt to destructure non-iterable instance', 'Generator is already executing', 'Cannot call a class as a function']) {
    const copies = scripts().reduce((n, [, text]) => n + text.split(message).length - 1, 0);
    expect([message, copies <= 1]).toEqual([message, true]);
  }
});

test('no module and no stylesheet is copied into more than one package', () => {
  const packagesOf = new Map<string, Set<string>>();
  const add = (key: string, file: string) => packagesOf.set(key, (packagesOf.get(key) ?? new Set()).add(packageOf(file)));
  for (const [file, text] of scripts()) for (const id of moduleIds(parse(text, { ecmaVersion: 'latest' }))) add(`module ${id}`, file);
  for (const [file, text] of files) if (file.endsWith('.wxss') && text.length > 200) add(`wxss ${createHash('sha1').update(text).digest('hex')}`, file);
  expect(packagesOf.size).toBeGreaterThan(100);
  const copied = [...packagesOf].filter(([, pkgs]) => pkgs.size > 1).map(([key, pkgs]) => `${key} in ${[...pkgs].join(', ')}`);
  expect(copied).toEqual([]);
});
