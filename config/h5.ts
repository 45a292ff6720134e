/**
 * The browser build as the host serves it: content-hashed names (cached for good, see cloud/host/static.ts), each
 * module in one chunk, and gzip and brotli copies written beside every text asset so the host never compresses on
 * the fly.
 */
import CompressionPlugin from 'compression-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { constants } from 'node:zlib';

const HASH = '[contenthash:8]';

/** Script names carry their content hash; index.html, which names them, is the one file that is revalidated. */
export const h5Output = { filename: `js/[name].${HASH}.js`, chunkFilename: `chunk/[name].${HASH}.js` };

/** Stylesheet names likewise. NutUI's per-component stylesheets have no order between them that matters. */
export const h5CssOutput = { filename: `css/[name].${HASH}.css`, chunkFilename: `css/[name].${HASH}.css`, ignoreOrder: true };

/** Favicon and web manifest; and the tab bar's icons, which the browser build names by path (assets/…) but does not emit. */
export const h5Copy = {
  patterns: [
    { from: 'public/h5/', to: 'dist/h5/' },
    { from: 'src/assets/', to: 'dist/h5/assets/' },
  ],
  options: {},
};

/** The page every visit opens first (a visitor without a session is sent on to the sign-in page from there). */
const FIRST_PAGE = './pages/index/index';

/** The chunk group the router loads for `page`. */
const loadsPage = (group: any, page: string) => group.origins.some((o: any) => o.request === page);

/**
 * Preloads the first page's chunks from index.html. The router asks for them only once app.js has arrived and run;
 * named in the page, they download beside it, a round trip or more earlier on a slow link. At low priority, so
 * app.js still comes first and its first call (session.me) overlaps their download.
 */
class PreloadFirstPage {
  apply(compiler: any) {
    compiler.hooks.compilation.tap('PreloadFirstPage', (compilation: any) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadFirstPage', (data) => {
        const group = compilation.chunkGroups.find((g: any) => loadsPage(g, FIRST_PAGE));
        if (!group) throw new Error(`PreloadFirstPage: no chunk group for ${FIRST_PAGE}`);
        const files: string[] = group.chunks.flatMap((c: any) => [...c.files]).filter((f: string) => /\.(js|css)$/.test(f));
        const base = compilation.outputOptions.publicPath;
        for (const f of files) {
          data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', href: `${base}${f}`, as: f.endsWith('.css') ? 'style' : 'script', fetchpriority: 'low' }));
        }
        return data;
      });
    });
  }
}

const TEXT_ASSETS = /\.(js|css|html|svg|json|webmanifest)$/;

/**
 * Taro splits only the initial chunks, so every lazily loaded page carried its own copy of NutUI, the shared
 * components and the services (2.5 MB of copies). Splitting async chunks too, with no size floor and no request cap
 * (either would leave small shared modules copied), puts each module in exactly one chunk, shared by the pages
 * that use it. Everything the first page uses goes to one chunk of its own (one script and one stylesheet instead
 * of a dozen small files, each a round trip on a slow link); later pages load it from the cache.
 */
export function h5WebpackChain(chain: any) {
  const splitChunks = chain.optimization.get('splitChunks');
  chain.optimization.splitChunks({
    ...splitChunks,
    chunks: 'all',
    minSize: 0,
    maxAsyncRequests: Infinity,
    maxInitialRequests: Infinity,
    cacheGroups: {
      ...splitChunks.cacheGroups,
      firstPage: {
        name: 'first-page',
        chunks: 'async',
        enforce: true,
        priority: 200, // above Taro's own groups (taro: 100), which would split its part out again
        test: (module: unknown, { chunkGraph }: any) =>
          [...chunkGraph.getModuleChunksIterable(module)].some((c: any) => [...c.groupsIterable].some((g) => loadsPage(g, FIRST_PAGE))),
      },
    },
  });
  chain.plugin('preloadFirstPage').use(PreloadFirstPage);
  chain.plugin('gzip').use(CompressionPlugin, [{ test: TEXT_ASSETS, algorithm: 'gzip', compressionOptions: { level: 9 }, filename: '[path][base].gz', minRatio: 0.9 }]);
  chain.plugin('brotli').use(CompressionPlugin, [
    {
      test: TEXT_ASSETS,
      algorithm: 'brotliCompress',
      compressionOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } },
      filename: '[path][base].br',
      minRatio: 0.9,
    },
  ]);
}
