// What a reader waits for after a click: from the click to the next frame painted after it
// (the Event Timing API's `duration`, which the browser rounds to 8 ms; trusted clicks through
// CDP), beside the benchmark's own measure (until the last DOM change, bench/click.mjs). Four
// clicks of a kind per fresh load: the first and the three after it, each a median over the loads.
// `node bench/paint.mjs [loads] [rate] [dir]`.
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { throttledPage } from './page.mjs';
import { FIRST, LIVE, median } from './click.mjs';

const LOADS = Number(process.argv[2] || 5);
const RATE = Number(process.argv[3] || 1);
const server = await serve(process.argv[4] || 'dist');
const browser = await chromium.launch(launchOptions);
for (const [kind, selector] of Object.entries(FIRST)) {
  const paint = [[], [], [], []];
  const dom = [[], [], [], []];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await throttledPage(browser, RATE);
    await page.addInitScript(() => {
      window.probe = { paint: 0, last: 0, click: 0 };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'click') window.probe.paint = e.duration;
      }).observe({ type: 'event', durationThreshold: 16 });
      new MutationObserver(() => { window.probe.last = performance.now(); })
        .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      addEventListener('click', () => { window.probe.click = performance.now(); }, true);
    });
    await page.goto(server.url);
    await page.waitForSelector(LIVE);
    await page.waitForTimeout(1200);
    for (let n = 0; n < 4; n++) {
      await page.evaluate(() => { window.probe.paint = 0; });
      await page.click(selector);
      await page.waitForTimeout(600);
      const p = await page.evaluate(() => window.probe);
      paint[n].push(p.paint);
      dom[n].push(p.last - p.click);
    }
    await context.close();
  }
  const show = (rows) => rows.map((r) => median(r).toFixed(1)).join(' / ');
  console.log(`${RATE}x ${kind}: to the next paint ${show(paint)} ms; to the last DOM change ${show(dom)} ms (clicks 1 / 2 / 3 / 4)`);
}
await browser.close();
await server.close();
