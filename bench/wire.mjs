// The bytes a page's load fetches over the wire, as `make bench` counts them (CDP's
// encodedDataLength: each response's headers and its body with brotli -q 11, served by the
// benchmark's own server), per response, for each built page given:
// `node bench/wire.mjs dist bench/dist/echarts [dir...]`.
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from './serve.mjs';

const dirs = process.argv.slice(2);
if (!dirs.length) throw new Error('usage: node bench/wire.mjs dir...');
const browser = await chromium.launch(launchOptions);
for (const dir of dirs) {
  const server = await serve({ '/': dir });
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map();
  const rows = [];
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => rows.push([urls.get(e.requestId).split('/').pop() || 'index.html', e.encodedDataLength]));
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  console.log(`${dir}: ${total} bytes in ${rows.length} responses (${rows.map(([f, n]) => `${f} ${n}`).join(', ')})`);
  await page.close();
  server.close();
}
await browser.close();
