/**
 * Package size: the weapp build's main package and each subpackage, beside a bare Taro app built in the same run.
 *
 * The bare app is generated here into a temporary folder and never kept: one page with a View and a Text, no NutUI,
 * built with this repo's own Taro config and babel config (copied verbatim, so a config change moves both builds)
 * and this repo's node_modules (symlinked). What the main package weighs beyond it is our code and NutUI.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { bytesUnder, ensureBuilt } from '../test/build/builds';
import { round } from './stats';

const ROOT = join(__dirname, '..');
/** The package budgets, here once for the bench and the budget test (test/build/weapp-size.test.ts, which says why);
 * WeChat's own limit is 2 MB a package. */
export const BUDGET_BYTES = 460 * 1024;
export const SUBPACKAGE_BUDGET_BYTES = 300 * 1024;

const BARE_FILES: Record<string, string> = {
  'src/app.config.ts': `export default defineAppConfig({ pages: ['pages/index/index'], window: { navigationBarTitleText: 'bare' } });\n`,
  'src/app.ts': `import type { PropsWithChildren } from 'react';\n\nexport default function App({ children }: PropsWithChildren) {\n  return children;\n}\n`,
  'src/pages/index/index.config.ts': `export default definePageConfig({ navigationBarTitleText: '首页' });\n`,
  'src/pages/index/index.tsx': `import { Text, View } from '@tarojs/components';\n\nexport default function Index() {\n  return (\n    <View>\n      <Text>Hello</Text>\n    </View>\n  );\n}\n`,
  'tsconfig.json': JSON.stringify({ compilerOptions: { target: 'ES2020', module: 'esnext', moduleResolution: 'node', jsx: 'react-jsx', strict: true, skipLibCheck: true } }),
};

/** Writes the bare app into a fresh temporary folder and returns it. */
export function generateBareApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sandan-bare-taro-'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { templateInfo?: unknown; browserslist?: unknown };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-taro', version: '0.0.0', private: true, templateInfo: pkg.templateInfo, browserslist: pkg.browserslist }, null, 2));
  cpSync(join(ROOT, 'config'), join(dir, 'config'), { recursive: true });
  cpSync(join(ROOT, 'babel.config.js'), join(dir, 'babel.config.js'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(BARE_FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // The files our config copies into every weapp build: the sitemap every mini-program ships, and the 161-byte card.
  for (const path of ['src/sitemap.json', 'src/assets/share.png']) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(ROOT, path), join(dir, path));
  }
  return dir;
}

async function buildBare(): Promise<{ bytes: number; seconds: number }> {
  const dir = generateBareApp();
  try {
    const start = performance.now();
    try {
      await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
        cwd: dir,
        env: { ...process.env, NODE_ENV: 'production' },
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      const out = String((e as { stdout?: string }).stdout ?? '') + String((e as { stderr?: string }).stderr ?? '');
      throw new Error(`bare Taro build failed:\n${out.split('\n').filter((l) => /error/i.test(l)).slice(0, 20).join('\n')}`);
    }
    const dist = join(dir, 'dist', 'weapp');
    if (!existsSync(join(dist, 'app.json'))) throw new Error('bare Taro build wrote no app.json');
    return { bytes: bytesUnder(dist), seconds: (performance.now() - start) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function packageSize(say: (s: string) => void) {
  const marker = join(ROOT, 'dist', 'weapp', '.built-at');
  const before = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const start = performance.now();
  const dist = ensureBuilt('weapp');
  const rebuilt = statSync(join(dist, '.built-at')).mtimeMs !== before;
  say(`  weapp: ${rebuilt ? `built in ${((performance.now() - start) / 1000).toFixed(1)} s` : 'dist/weapp is newer than the sources: measured as built'}`);
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const subpackages = Object.fromEntries(roots.map((r) => [r, bytesUnder(join(dist, r))]));
  const mainBytes = bytesUnder(dist) - Object.values(subpackages).reduce((a, b) => a + b, 0);
  const bare = await buildBare();
  say(`  bare Taro app: built in ${bare.seconds.toFixed(1)} s`);
  return {
    mainBytes,
    baselineBytes: bare.bytes,
    ratio: round(mainBytes / bare.bytes, 3),
    subpackages,
    totalBytes: mainBytes + Object.values(subpackages).reduce((a, b) => a + b, 0),
    budgetBytes: BUDGET_BYTES,
    subpackageBudgetBytes: SUBPACKAGE_BUDGET_BYTES,
    withinBudget: mainBytes <= BUDGET_BYTES && Object.values(subpackages).every((b) => b <= SUBPACKAGE_BUDGET_BYTES),
    weappRebuilt: rebuilt,
    baselineBuildSeconds: round(bare.seconds, 1),
  };
}
