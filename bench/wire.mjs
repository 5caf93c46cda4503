// The bytes a page's load fetches over the wire, as `make bench` counts them (CDP's
// encodedDataLength: each response's headers and its body with brotli -q 11), per response, for
// each built page given: `node bench/wire.mjs dist bench/dist/echarts [dir...]`.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve, normalize, extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png' };
const dirs = process.argv.slice(2);
if (!dirs.length) throw new Error('usage: node bench/wire.mjs dir...');
const browser = await chromium.launch(launchOptions);
for (const dir of dirs) {
  const bodies = new Map();
  for (const name of await readdir(dir)) {
    const file = join(resolve(dir), name);
    if ((await stat(file)).isFile()) {
      bodies.set(file, brotliCompressSync(await readFile(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
  // Served as bench/run.mjs serves both builds: brotli, the same three headers.
  const server = createServer((req, res) => {
    const file = normalize(join(resolve(dir), new URL(req.url, 'http://x').pathname.slice(1) || 'index.html'));
    if (!bodies.has(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'content-encoding': 'br', 'cache-control': 'no-store' })
      .end(bodies.get(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map();
  const rows = [];
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => rows.push([urls.get(e.requestId).split('/').pop() || 'index.html', e.encodedDataLength]));
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'networkidle' });
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  console.log(`${dir}: ${total} bytes in ${rows.length} responses (${rows.map(([f, n]) => `${f} ${n}`).join(', ')})`);
  await page.close();
  server.close();
}
await browser.close();
