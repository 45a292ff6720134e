/**
 * Which of our modules the weapp build keeps in the main package although only subpackages use them: those that two
 * or more subpackages use (the form kit: Field, TextInput, Chips…). Taro would copy each into every subpackage that
 * uses it; once in main, a staff member who opens 服务菜单管理 after 我的任务 downloads it once. A module only one
 * subpackage uses stays in that subpackage. Taro asks per module with no chunk graph, so a small plugin hands it the
 * compilation's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(__dirname, '..', 'src');

/** The subpackage roots as src/app.config.ts names them (Taro's own loader reads that file; it cannot be imported). */
const ROOTS = [...readFileSync(join(SRC, 'app.config.ts'), 'utf8').matchAll(/root:\s*'([\w-]+)'/g)].map((m) => m[1]);

let compilation: { chunkGraph?: any } | null = null;

/** Keeps the current compilation at hand for `sharedBySubpackages` (Taro's exclude gets the module alone). */
export class ChunkGraphRef {
  apply(compiler: any) {
    compiler.hooks.thisCompilation.tap('ChunkGraphRef', (c: any) => {
      compilation = c;
    });
  }
}

/** For optimizeMainPackage.exclude: one of ours (src/ or its stylesheet) used by two subpackages and not by main. */
export function sharedBySubpackages(module: { resource?: string }): boolean {
  const graph = compilation?.chunkGraph;
  if (!graph || !module.resource?.startsWith(SRC)) return false;
  const packages = new Set<string>();
  for (const chunk of graph.getModuleChunksIterable(module)) {
    const first = String(chunk.name ?? '').split('/')[0];
    packages.add(ROOTS.includes(first) ? first : 'main');
  }
  return packages.size > 1 && !packages.has('main');
}

/** The weapp build's extra webpack steps. */
export function weappWebpackChain(chain: any) {
  chain.plugin('chunkGraphRef').use(ChunkGraphRef);
}
