// Quick look at the first click of each kind after a fresh load (no peer): `node bench/first.mjs [loads] [dir]`.
// Serves dist/ plainly; the first click comes IDLE ms (default 1000) after the page is interactive;
// prints the median and the spread, at 1x and 4x. `make bench` has the full run. The third click's
// figure counts, for a language switch, the style and layout Chromium does in the mutation delivery
// once the page has written a history entry (docs/performance-log.md, Round 24).
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { throttledPage } from './page.mjs';
import { CLICK, FIRST, LIVE, median } from './click.mjs';

const LOADS = Number(process.argv[2] || 5);
const DIR = process.argv[3] || 'dist';
const server = await serve(DIR);
const browser = await chromium.launch(launchOptions);
for (const rate of [1, 4]) {
  for (const [kind, sel] of Object.entries(FIRST)) {
    const first = [];
    const later = [];
    for (let i = 0; i < LOADS; i++) {
      const { context, page } = await throttledPage(browser, rate);
      await page.goto(server.url);
      await page.waitForSelector(LIVE);
      await page.waitForTimeout(Number(process.env.IDLE || 1000));
      first.push(await page.evaluate(CLICK, sel));
      await page.evaluate(CLICK, sel);
      later.push(await page.evaluate(CLICK, sel));
      await context.close();
    }
    console.log(`${rate}x ${kind}: first ${median(first).toFixed(1)} ms (${first.map((x) => x.toFixed(0)).join(' ')}), third ${median(later).toFixed(1)} ms`);
  }
}
await browser.close();
await server.close();
