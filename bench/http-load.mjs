// The HTTP load generator, run in a worker thread so that the clients' own work (fetch, JSON) does not share
// the event loop with the host under test. Plain JavaScript: a worker needs no TypeScript loader this way.
//
// A job: { url, warm, clients: [{ token, calls: [{ action, data, pages? } | { path, method }] }] }.
// Every client runs its calls one after another; all clients run at once. With `warm`, each client first opens
// its keep-alive connection (GET /healthz) and the clock starts only when all have. A call with `pages` walks
// that many pages of a list, following nextCursor; each page is one result.
// The answer: { wallMs, results: [[{ code, ms, id }]] } — `id` is data.id when the reply carries one.
import { parentPort } from 'node:worker_threads';

async function call(url, token, c, cursor) {
  const path = c.path ?? '/api';
  const init = { method: c.method ?? 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } };
  if (init.method === 'POST') init.body = JSON.stringify({ action: c.action, data: cursor ? { ...c.data, cursor } : c.data });
  const start = performance.now();
  const res = await fetch(url + path, init);
  const body = await res.json();
  return { ms: performance.now() - start, body };
}

async function runClient(url, client) {
  const out = [];
  for (const c of client.calls) {
    let cursor;
    for (let page = 0; page < (c.pages ?? 1); page++) {
      const { ms, body } = await call(url, client.token, c, cursor);
      out.push({ code: body.code, ms, id: body.data && typeof body.data.id === 'string' ? body.data.id : undefined });
      cursor = body.data && body.data.nextCursor;
      if (!cursor) break;
    }
  }
  return out;
}

parentPort.on('message', async (job) => {
  try {
    if (job.warm) await Promise.all(job.clients.map((c) => call(job.url, c.token, { path: '/healthz', method: 'GET' })));
    const start = performance.now();
    const results = await Promise.all(job.clients.map((c) => runClient(job.url, c)));
    parentPort.postMessage({ wallMs: performance.now() - start, results });
  } catch (e) {
    parentPort.postMessage({ error: String((e && e.stack) || e) });
  }
});
