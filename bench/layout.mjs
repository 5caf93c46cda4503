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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { throttledPage } from './page.mjs';
import { median } from './click.mjs';

const [mode, rounds, rate, ...dirs] = process.argv.slice(2);
if (!['cold', 'loading'].includes(mode) || !(Number(rounds) > 0) || !(Number(rate) >= 1) || !dirs.length) {
  console.error('usage: node bench/layout.mjs cold|loading ROUNDS RATE DIR...');
  process.exit(2);
}
// The module script that starts the wasm (since Round 22 the glue itself, a file with its integrity).
const LOADER = /<script type=module[^>]*>.*?<\/script>/s;
for (const dir of dirs) {
  if (!LOADER.test(readFileSync(join(dir, 'index.html'), 'utf8'))) {
    console.error(`${dir}/index.html: no module loader to take out`);
    process.exit(2);
  }
}
const rewrite = (html) => {
  const page = html.replace(LOADER, '');
  return mode === 'cold'
    ? page.replace('</head>', '<style id=hide>main{display:none}</style></head>')
    : page.replace('</body>', '<script>;</script></body>');
};
const servers = await Promise.all(dirs.map((dir) => serve(dir, { rewrite })));
const browser = await chromium.launch(launchOptions);

const results = dirs.map(() => []);
for (let r = 0; r < Number(rounds); r++) {
  for (const i of dirs.keys()) {
    const { context, page, cdp } = await throttledPage(browser, Number(rate));
    await cdp.send('Performance.enable');
    await page.goto(servers[i].url, { waitUntil: 'load' });
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
await Promise.all(servers.map((s) => s.close()));

const keys = mode === 'cold' ? ['cold', 'warm'] : ['layout', 'style'];
for (const [i, dir] of dirs.entries()) {
  const parts = keys.map((k) => `${k} ${median(results[i].map((x) => x[k])).toFixed(1)}`);
  if (mode === 'loading') parts.push(`sum ${median(results[i].map((x) => x.layout + x.style)).toFixed(1)}`);
  console.log(`${dir.padEnd(24)} ${parts.join('  ')} ms`);
}
