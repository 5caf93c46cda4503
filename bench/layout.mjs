// The static first view's style and layout, for comparing builds of it one question at a time
// (docs/performance-log.md, Round 11). Each build is served from 127.0.0.1 with its page's wasm
// loader taken out, and loaded in turn, ROUNDS times each at RATE times CPU slowdown; medians.
//
//   node bench/layout.mjs cold    ROUNDS RATE DIR...   one forced style and layout of the whole
//       page, loaded with `main` hidden (first time: "cold"), then hidden and shown again ("warm")
//   node bench/layout.mjs loading ROUNDS RATE DIR...   style and layout while the page loads
//       (Chromium's LayoutDuration and RecalcStyleDuration); an inline script at the end of the
//       body waits for the stylesheet before DOMContentLoaded, as the loader's module script does:
//       with no script at all, Chromium lays the page out unstyled there when the stylesheet comes
//       after the HTML, and again once it has come.
//
// A DIR is a built bundle (`dist/` or a copy). After editing a copy's stylesheet, remove the
// `integrity` attribute of its link in index.html, or Chromium refuses the stylesheet.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';

const [mode, rounds, rate, ...dirs] = process.argv.slice(2);
if (!['cold', 'loading'].includes(mode) || !(Number(rounds) > 0) || !(Number(rate) >= 1) || !dirs.length) {
  console.error('usage: node bench/layout.mjs cold|loading ROUNDS RATE DIR...');
  process.exit(2);
}
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const LOADER = /<script type=module>.*?<\/script>/s;

const server = createServer((req, res) => {
  const [, which, ...rest] = new URL(req.url, 'http://x').pathname.split('/');
  const file = join(dirs[Number(which)] ?? '', rest.join('/') || 'index.html');
  if (!dirs[Number(which)] || !existsSync(file)) return res.writeHead(404).end();
  let body = readFileSync(file);
  if (file.endsWith('.html')) {
    const page = body.toString();
    if (!LOADER.test(page)) throw new Error(`${file}: no module loader to take out`);
    body = page.replace(LOADER, '');
    body = mode === 'cold'
      ? body.replace('</head>', '<style id=hide>main{display:none}</style></head>')
      : body.replace('</body>', '<script>;</script></body>');
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(launchOptions);

const results = dirs.map(() => []);
for (let r = 0; r < Number(rounds); r++) {
  for (const i of dirs.keys()) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
    await cdp.send('Performance.enable');
    await page.goto(`${url}/${i}/`, { waitUntil: 'load' });
    await page.waitForTimeout(400);
    if (mode === 'cold') {
      results[i].push(await page.evaluate(() => {
        const hide = document.getElementById('hide');
        const t0 = performance.now();
        hide.remove();
        document.body.offsetHeight;
        const cold = performance.now() - t0;
        document.head.append(hide);
        document.body.offsetHeight;
        const t1 = performance.now();
        hide.remove();
        document.body.offsetHeight;
        return { cold, warm: performance.now() - t1 };
      }));
    } else {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const ms = (name) => metrics.find((m) => m.name === name).value * 1000;
      results[i].push({ layout: ms('LayoutDuration'), style: ms('RecalcStyleDuration') });
    }
    await context.close();
  }
}
await browser.close();
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const keys = mode === 'cold' ? ['cold', 'warm'] : ['layout', 'style'];
for (const [i, dir] of dirs.entries()) {
  const parts = keys.map((k) => `${k} ${median(results[i].map((x) => x[k])).toFixed(1)}`);
  if (mode === 'loading') parts.push(`sum ${median(results[i].map((x) => x.layout + x.style)).toFixed(1)}`);
  console.log(`${dir.padEnd(24)} ${parts.join('  ')} ms`);
}
