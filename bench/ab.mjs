// Two builds side by side, in one run, loads alternating (no peer): the first complete render (the
// benchmark's mark) and first paint at 1x and 4x, then the first click of each kind after a fresh
// load at 4x, timed as `make bench` times a click (bench/click.mjs). For telling a change in the
// code from the machine's moment: `node bench/ab.mjs dirA dirB [loads]`.
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { throttledPage } from './page.mjs';
import { CLICK, FIRST, LIVE, median } from './click.mjs';

const [a, b] = process.argv.slice(2, 4);
if (!a || !b) throw new Error('usage: node bench/ab.mjs dirA dirB [loads]');
const LOADS = Number(process.argv[4] || 9);
const servers = [await serve(a), await serve(b)];
const browser = await chromium.launch(launchOptions);
// The end of the first frame after the parser has read the page (a frame callback, then a task).
const MARK = () => document.addEventListener('readystatechange', () => {
  if (document.readyState === 'interactive') requestAnimationFrame(() => setTimeout(() => performance.mark('drawn')));
});
/** The median of the loads that measured something (a load may have no first paint), or '–'. */
const mid = (xs) => { const s = xs.filter((x) => !Number.isNaN(x)); return s.length ? median(s).toFixed(1) : '–'; };
const spread = (xs) => xs.map((x) => x.toFixed(0)).join(' ');

/** Runs `load(page)` in a fresh page of each build in turn, `LOADS` times, alternating which goes first. */
async function alternate(rate, init, load) {
  const out = [[], []];
  for (let i = 0; i < LOADS; i++) {
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const { context, page } = await throttledPage(browser, rate, init);
      await page.goto(servers[k].url);
      out[k].push(await load(page));
      await context.close();
    }
  }
  return out;
}

for (const rate of [1, 4]) {
  const r = await alternate(rate, MARK, async (page) => {
    await page.waitForFunction(() => performance.getEntriesByName('drawn').length > 0);
    return page.evaluate(() => [performance.getEntriesByName('drawn')[0].startTime,
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN]);
  });
  const [drawn, paint] = [0, 1].map((j) => r.map((xs) => xs.map((x) => x[j])));
  console.log(`${rate}x complete render: A ${mid(drawn[0])} B ${mid(drawn[1])} ms; first paint: A ${mid(paint[0])} B ${mid(paint[1])} ms`);
}
for (const [kind, selector] of Object.entries(FIRST)) {
  const r = await alternate(4, undefined, async (page) => {
    await page.waitForSelector(LIVE);
    await page.waitForTimeout(1000);
    return page.evaluate(CLICK, selector);
  });
  console.log(`4x first click, ${kind}: A ${mid(r[0])} (${spread(r[0])}) B ${mid(r[1])} (${spread(r[1])}) ms`);
}
await browser.close();
for (const s of servers) await s.close();
