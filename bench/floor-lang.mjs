// The floor under a language switch: the browser alone (no wasm) replacing the widget's markup
// with the same markup in the other language, timed as `make bench` times a click (until the
// last DOM change). `node bench/floor-lang.mjs [loads]`; prints medians at 1x and 4x.
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { throttledPage } from './page.mjs';

const LOADS = Number(process.argv[2] || 5);
const LIVE = 'main.widget:not([data-static]) .chain-map button[data-node]';
const server = await serve('dist');
const browser = await chromium.launch(launchOptions);
// The regions' markup in English: every element whose content the widget writes as a string.
const grab = async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}?lang=en`);
  await page.waitForSelector(LIVE);
  const html = await page.evaluate(() => document.querySelector('main.widget').innerHTML);
  await page.close();
  return html;
};
const english = await grab();
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const rate of [1, 4]) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await throttledPage(browser, rate);
    await page.goto(server.url);
    await page.waitForSelector(LIVE);
    await page.waitForTimeout(300);
    times.push(await page.evaluate((html) => {
      const main = document.querySelector('main.widget');
      const t0 = performance.now();
      main.innerHTML = html;
      return performance.now() - t0;
    }, english));
    await context.close();
  }
  console.log(`${rate}x: the widget's markup replaced by its English, parsed and inserted: median ${median(times).toFixed(1)} ms (${times.map((t) => t.toFixed(0)).join(' ')})`);
}
await browser.close();
await server.close();
