/**
 * The H5 build as the host serves it. Scripts and stylesheets carry their content hash in their names, so a browser
 * keeps them for good; the page and the unhashed files (favicon, manifest, tab icons) are revalidated on every visit
 * (ETag), so a new build is picked up at once. The build writes brotli and gzip copies beside each text file
 * (config/h5.ts); the one the browser accepts is sent as it is.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

/** A name with an 8-hex content hash before its extension: `js/app.c12f7d0a.js`. */
const HASHED = /\.[0-9a-f]{8}\.(js|css)$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Cache-Control for a request path of the H5 build. */
export const cacheControlFor = (pathname: string) => (HASHED.test(pathname) ? IMMUTABLE : REVALIDATE);

/**
 * Serves `dir` (dist/h5). Files are looked up per request (`dev`), so a rebuild while the host runs is served at
 * once; sirv's own dev default (no-store) is replaced by the policy above.
 */
export function h5Files(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  return sirv(dir, {
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(res, pathname) {
      if (pathname.endsWith('.ico')) res.setHeader('Content-Type', 'image/x-icon'); // a type sirv does not know
      res.setHeader('Cache-Control', cacheControlFor(pathname));
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
}
