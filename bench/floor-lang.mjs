// The floor under a language switch: the browser alone (no wasm) writing each of the widget's
// regions with its markup in the other language, and `<html lang>`, timed as `make bench` times
// a click (until the last DOM change; bench/click.mjs). Three switches a load, as a reader toggles.
// `node bench/floor-lang.mjs [loads] [how]`; prints the medians of the first, second and third
// switch at 1x and 4x. `how`: `write` (each region's `innerHTML`, the default), `patch` (the markup
// parsed into a template, then its text and attributes patched into the page in place, nodes
// replaced only where the shapes differ), `parse` (the markup parsed into a template, nothing
// written: the part of the floor no way of writing avoids), `ahead` (the markup parsed before the
// switch, as a widget could while the page is idle, with `Range.createContextualFragment`; the
// switch only moves the parsed nodes in).
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { throttledPage } from './page.mjs';
import { LIVE, median } from './click.mjs';

const LOADS = Number(process.argv[2] || 7);
const HOW = process.argv[3] || 'write';
if (!['write', 'patch', 'parse', 'ahead'].includes(HOW)) throw new Error(`unknown way of writing: ${HOW}`);
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
/** Writes every region (in the way `how` names) and `<html lang>` in a task of its own, and returns the ms until the last DOM change. */
const SWITCH = async ([regions, lang, how]) => {
  let last = null;
  const seen = new MutationObserver(() => { last = performance.now(); });
  seen.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const patch = (old, now) => {
    if (old.nodeType !== now.nodeType || old.nodeName !== now.nodeName) return old.replaceWith(now.cloneNode(true));
    if (old.nodeType === Node.TEXT_NODE) return old.data !== now.data && (old.data = now.data);
    if (old.nodeType !== Node.ELEMENT_NODE) return;
    for (const { name, value } of now.attributes) if (old.getAttribute(name) !== value) old.setAttribute(name, value);
    for (const { name } of [...old.attributes]) if (!now.hasAttribute(name)) old.removeAttribute(name);
    if (old.childNodes.length !== now.childNodes.length) return old.replaceChildren(...[...now.childNodes].map((n) => n.cloneNode(true)));
    [...now.childNodes].forEach((n, i) => patch(old.childNodes[i], n));
  };
  // `ahead`: parsed in tasks of their own before the switch, outside its time.
  const ready = new Map();
  if (how === 'ahead') {
    for (const [name, html] of regions) {
      ready.set(name, document.createRange().createContextualFragment(html));
      await new Promise((ok) => setTimeout(ok));
    }
  }
  const t0 = performance.now();
  document.documentElement.lang = lang;
  for (const [name, html] of regions) {
    const el = document.querySelector(`main.widget [data-region="${name}"]`);
    if (!el) continue;
    if (how === 'ahead') {
      el.replaceChildren(ready.get(name));
      continue;
    }
    if (how === 'write') {
      el.innerHTML = html;
      continue;
    }
    const parsed = document.createElement('template');
    parsed.innerHTML = html;
    if (how === 'patch') {
      const now = parsed.content;
      if (now.childNodes.length !== el.childNodes.length) el.replaceChildren(now);
      else [...now.childNodes].forEach((n, i) => patch(el.childNodes[i], n));
    }
  }
  // Nothing written (`parse`): the time until here.
  last ??= performance.now();
  for (;;) {
    const before = last;
    await new Promise((ok) => setTimeout(ok, 100));
    if (last === before) break;
  }
  seen.disconnect();
  return last - t0;
};
for (const rate of [1, 4]) {
  const times = [[], [], []];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await throttledPage(browser, rate);
    await page.goto(server.url);
    await page.waitForSelector(LIVE);
    await page.waitForTimeout(1000);
    for (const [k, lang] of ['en', 'zh', 'en'].entries()) times[k].push(await page.evaluate(SWITCH, [markup[lang], lang, HOW]));
    await context.close();
  }
  const show = (xs) => `${median(xs).toFixed(1)} ms (${xs.map((t) => t.toFixed(0)).join(' ')})`;
  console.log(`${rate}x, ${HOW}: every region in the other language, until the last DOM change: first ${show(times[0])}, second ${show(times[1])}, third ${show(times[2])}`);
}
await browser.close();
await server.close();
