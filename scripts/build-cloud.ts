/**
 * `npm run build:cloud`: bundles each cloud function (api, community, timer, export, setup) with esbuild into cloudfunctions/<name>/ — index.js (exports
 * `main`), package.json (wx-server-sdk, installed by WeChat on upload) and config.json (open-API permissions,
 * triggers). WeChat uploads each folder alone, so all shared code goes inside the bundle.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SDK_VERSION = require(join(ROOT, 'node_modules/wx-server-sdk/package.json')).version as string;

/** The installed version of a package, for a function's package.json. */
const versionOf = (pkg: string) => require(join(ROOT, 'node_modules', pkg, 'package.json')).version as string;

/**
 * Each function: its entry, its config.json, and the packages it loads but does not bundle (`install`), which
 * WeChat installs from its package.json on upload (云端安装依赖).
 */
const FUNCTIONS: { name: string; entry: string; config: object; install?: string[] }[] = [
  {
    name: 'api',
    entry: 'cloud/functions/api.ts',
    config: { permissions: { openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'phonenumber.getPhoneNumber'] } },
  },
  {
    // 微心愿, 议事, the 晒 board and 先锋榜: apart from `api` so neither function grows past a quick cold start.
    name: 'community',
    entry: 'cloud/functions/community.ts',
    config: { permissions: { openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'] } },
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
    // 三本帐 exports: exceljs is far bigger than the api function's whole bundle, so it lives here alone, installed
    // on upload rather than bundled. A long export runs up to the function's timeout (set 60 s in the console).
    name: 'export',
    entry: 'cloud/functions/export.ts',
    config: { permissions: { openapi: [] } },
    install: ['exceljs'],
  },
  {
    name: 'setup',
    entry: 'cloud/functions/setup.ts',
    config: { permissions: { openapi: [] } },
  },
];

/**
 * Parts of zod the functions never call, left out of the bundles: every other language's error messages (the one
 * locale used is imported by path), JSON Schema conversion and the opt-in `z.compile`. They are reached only through
 * zod's namespace objects, which a bundler must otherwise keep whole; each is replaced by a module exporting the same
 * names as undefined, so a call to one fails loudly. The bundled-function tests run every action through it.
 */
const UNUSED_ZOD =
  /zod\/v4\/(locales\/index|core\/(compile|to-json-schema|json-schema-processors|json-schema-generator)|classic\/from-json-schema)\.js$/;

/** The names an ES module exports: declarations, and `export { a, b as c }` lists. */
function exportedNames(source: string): string[] {
  const declared = [...source.matchAll(/export\s+(?:async\s+)?(?:const|let|var|function\*?|class)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
  const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!));
  return [...new Set([...declared, ...listed].filter((n) => n && n !== 'default'))];
}

const leaveOutUnusedZod: Plugin = {
  name: 'leave-out-unused-zod',
  setup(b) {
    // The sources import the locale's CommonJS file (what Node and jest load); the bundle takes its ES module, so
    // it shares zod's ES core instead of pulling in a second, CommonJS copy.
    b.onResolve({ filter: /^zod\/v4\/locales\/[\w-]+\.cjs$/ }, (args) => ({ path: require.resolve(args.path).replace(/\.cjs$/, '.js') }));
    b.onLoad({ filter: UNUSED_ZOD }, ({ path }) => ({
      contents: exportedNames(readFileSync(path, 'utf8')).map((n) => `export const ${n} = undefined;`).join('\n') + '\nexport default undefined;',
      loader: 'js',
    }));
  },
};

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
      external: ['wx-server-sdk', '@electric-sql/pglite', 'pg', ...(fn.install ?? [])],
      // zod's ES modules, so what the functions do not use can be left out (see leaveOutUnusedZod).
      mainFields: ['module', 'main'],
      plugins: [leaveOutUnusedZod],
      metafile: true,
      minify: true,
      // Chinese messages as UTF-8, not \uXXXX escapes (6 bytes a character instead of 3).
      charset: 'utf8',
      logLevel: 'warning',
    });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify(
        {
          name: fn.name,
          version: '1.0.0',
          main: 'index.js',
          private: true,
          dependencies: { 'wx-server-sdk': SDK_VERSION, ...Object.fromEntries((fn.install ?? []).map((p) => [p, versionOf(p)])) },
        },
        null,
        2,
      ) + '\n',
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
