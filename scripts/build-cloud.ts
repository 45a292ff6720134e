/**
 * `npm run build:cloud`: bundles each cloud function with esbuild into cloudfunctions/<name>/ — index.js (exports
 * `main`), package.json (wx-server-sdk, installed by WeChat on upload) and config.json (open-API permissions,
 * triggers). WeChat uploads each folder alone, so all shared code goes inside the bundle.
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SDK_VERSION = require(join(ROOT, 'node_modules/wx-server-sdk/package.json')).version as string;

const FUNCTIONS: { name: string; entry: string; config: object }[] = [
  {
    name: 'api',
    entry: 'cloud/functions/api.ts',
    config: { permissions: { openapi: ['security.msgSecCheck'] } },
  },
  {
    name: 'timer',
    entry: 'cloud/functions/timer.ts',
    config: {
      permissions: { openapi: ['subscribeMessage.send'] },
      // Every 5 minutes: overdue marks, auto-close, assignment timeouts, subscribe messages.
      triggers: [{ name: 'sweep', type: 'timer', config: '0 */5 * * * * *' }],
    },
  },
  {
    name: 'setup',
    entry: 'cloud/functions/setup.ts',
    config: { permissions: { openapi: [] } },
  },
];

export async function buildCloud(outRoot = join(ROOT, 'cloudfunctions')): Promise<{ name: string; bytes: number }[]> {
  const built: { name: string; bytes: number }[] = [];
  for (const fn of FUNCTIONS) {
    const dir = join(outRoot, fn.name);
    mkdirSync(dir, { recursive: true });
    const result = await build({
      entryPoints: [join(ROOT, fn.entry)],
      outfile: join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk', '@electric-sql/pglite', 'pg'],
      metafile: true,
      minify: true,
      keepNames: true,
      logLevel: 'warning',
    });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: fn.name, version: '1.0.0', main: 'index.js', private: true, dependencies: { 'wx-server-sdk': SDK_VERSION } }, null, 2) + '\n',
    );
    writeFileSync(join(dir, 'config.json'), JSON.stringify(fn.config, null, 2) + '\n');
    built.push({ name: fn.name, bytes: Object.values(result.metafile!.outputs)[0].bytes });
  }
  return built;
}

if (require.main === module) {
  buildCloud().then(
    (built) => built.forEach((b) => console.log(`cloudfunctions/${b.name}/index.js  ${(b.bytes / 1024).toFixed(1)} KB`)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
