// The server `make bench` measures both builds through (bench/run.mjs), and bench/wire.mjs with it:
// 127.0.0.1, every file compressed as a CDN would send it.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { TYPES } from '../e2e/server.mjs';

/** Serves `dirs` (url prefix → folder), each file compressed with brotli -q 11 or gzip -9 before
 *  the first request (compressing on demand would put seconds of brotli into the first round). */
export async function serve(dirs) {
  const cache = new Map();
  for (const dir of Object.values(dirs)) {
    for (const name of await readdir(dir)) {
      const file = normalize(join(resolve(dir), name));
      if (!(await stat(file)).isFile()) continue;
      const raw = await readFile(file);
      cache.set(`${file}|true`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      cache.set(`${file}|false`, gzipSync(raw, { level: 9 }));
    }
  }
  const server = createServer(async (req, res) => {
    const url = URL.parse(req.url, 'http://x')?.pathname;
    if (!url) return res.writeHead(400).end();
    const [prefix, dir] = Object.entries(dirs).find(([p]) => url.startsWith(p)) ?? [];
    if (!dir) return res.writeHead(404).end();
    const rel = url.slice(prefix.length);
    const file = normalize(join(resolve(dir), rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel));
    const br = /\bbr\b/.test(req.headers['accept-encoding'] || '');
    const key = `${file}|${br}`;
    if (!cache.has(key)) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] || 'application/octet-stream',
      'content-encoding': br ? 'br' : 'gzip',
      'cache-control': 'no-store',
    }).end(cache.get(key));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
