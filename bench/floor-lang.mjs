// The floor under a language switch: the browser alone (no wasm) writing each of the widget's
// regions with its markup in the other language, and `<html lang>`, timed as `make bench` times
// a click (until the last DOM change; bench/click.mjs). Three switches a load, as a reader toggles.
// `node bench/floor-lang.mjs [loads]`; prints the medians of the first, second and third switch at
// 1x and 4x.
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { throttledPage } from './page.mjs';

const LOADS = Number(process.argv[2] || 7);
const LIVE = 'main.widget:not([data-static]) .chain-map button[data-node]';
const server = await serve('dist');
const browser = await chromium.launch(launchOptions);
// Each region's markup, as the live widget shows it in a language.
const grab = async (query) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector(LIVE);
  const regions = await page.evaluate(() =>
    [...document.querySelectorAll('main.widget [data-region]')].map((e) => [e.dataset.region, e.innerHTML]));
  await page.close();
  return regions;
};
const markup = { en: await grab('?lang=en'), zh: await grab('') };
/** Writes every region and `<html lang>` in a task of its own, and returns the ms until the last DOM change. */
const SWITCH = async ([regions, lang]) => {
  let last = null;
  const seen = new MutationObserver(() => { last = performance.now(); });
  seen.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const t0 = performance.now();
  document.documentElement.lang = lang;
  for (const [name, html] of regions) {
    const el = document.querySelector(`main.widget [data-region="${name}"]`);
    if (el) el.innerHTML = html;
  }
  for (;;) {
    const before = last;
    await new Promise((ok) => setTimeout(ok, 100));
    if (last === before) break;
  }
  seen.disconnect();
  return last - t0;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const rate of [1, 4]) {
  const times = [[], [], []];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await throttledPage(browser, rate);
    await page.goto(server.url);
    await page.waitForSelector(LIVE);
    await page.waitForTimeout(1000);
    for (const [k, lang] of ['en', 'zh', 'en'].entries()) times[k].push(await page.evaluate(SWITCH, [markup[lang], lang]));
    await context.close();
  }
  const show = (xs) => `${median(xs).toFixed(1)} ms (${xs.map((t) => t.toFixed(0)).join(' ')})`;
  console.log(`${rate}x: every region written in the other language, until the last DOM change: first ${show(times[0])}, second ${show(times[1])}, third ${show(times[2])}`);
}
await browser.close();
await server.close();
