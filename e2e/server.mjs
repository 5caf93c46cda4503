// A static file server for the built bundle on 127.0.0.1 (an ephemeral port), with the MIME types
// browsers insist on (application/wasm for streaming compilation). Records every request it serves.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `dir`; with `inject`, puts that markup at the start of every HTML page (after the doctype);
 *  with `rewrite`, serves every HTML page as that function returns it; `headers` go on every response. */
export async function serve(dir, { inject, rewrite, headers = {} } = {}) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      // A path no URL parser reads (`//`, a broken %-escape): refused, the server kept.
      res.writeHead(400).end('bad request');
      return;
    }
    requests.push(path);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (inject && extname(file) === '.html') {
        const html = body.toString('utf8');
        const doctype = html.match(/^<!doctype html>/i)?.[0] ?? '';
        body = doctype + inject + html.slice(doctype.length);
      }
      if (rewrite && extname(file) === '.html') body = rewrite(body.toString('utf8'));
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((ok) => server.close(ok)) };
}
