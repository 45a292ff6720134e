/**
 * The built mini-program for tests that need it (size budget, miniprogram-simulate, end to end): built once,
 * and again only when a source file is newer than the last build.
 */
import type { Node } from 'acorn';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const INPUTS = ['src', 'config', 'types', 'public', 'babel.config.js', 'package.json'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Builds `dist/<target>` if it is missing or older than the sources; returns its path. */
export function ensureBuilt(target: 'weapp' | 'h5'): string {
  const dir = join(ROOT, 'dist', target);
  const marker = join(dir, '.built-at');
  const sources = Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));
  if (!existsSync(marker) || statSync(marker).mtimeMs < sources) {
    try {
      execFileSync('npm', ['run', `build:${target}`], { cwd: ROOT, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      const out = String((e as { stdout?: Buffer }).stdout ?? '') + String((e as { stderr?: Buffer }).stderr ?? '');
      throw new Error(`npm run build:${target} failed:\n${out.split('\n').filter((l) => /error/i.test(l)).slice(0, 20).join('\n')}`);
    }
    writeFileSync(marker, new Date().toISOString());
  }
  return dir;
}

/** Bytes of every file under `dir`. */
export function bytesUnder(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? bytesUnder(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}

/** Every file under `dir`, as full paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The webpack module ids a chunk file defines (`webpackJsonp.push([[chunk], { id: function … }])`). */
export function moduleIds(ast: Node): string[] {
  const ids: string[] = [];
  const visit = (n: any): void => {
    if (!n || typeof n.type !== 'string') return;
    const [, modules] = n.type === 'CallExpression' && n.callee.property?.name === 'push' ? (n.arguments[0]?.elements ?? []) : [];
    if (modules?.type === 'ObjectExpression') for (const p of modules.properties) ids.push(String(p.key.value ?? p.key.name));
    for (const v of Object.values(n)) (Array.isArray(v) ? v : [v]).forEach((c) => c && typeof c === 'object' && visit(c));
  };
  visit(ast);
  return ids;
}
