// The floor of the longest task while loading: how long the browser's first frame is for pages
// far smaller than the widget's, beside the widget's own (docs/performance-log.md, Rounds 16 and
// 17). Each page is loaded ROUNDS times at RATE times CPU slowdown, the pages interleaved; per
// page, the medians of the longest task as the Long Tasks API reports it (0 when a load has none
// over 50 ms; the loads that had one) and of the first paint, and the median of the longest task
// read from a trace of ROUNDS loads more (bench/trace.mjs), which counts the frames the API leaves
// out, and in how many of those it was over 50 ms.
//
//   node bench/floor.mjs ROUNDS RATE DIR        DIR: a built bundle (`dist/`)
//
// The pages, all made from DIR's index.html and stylesheet:
//   empty                  a page with no text
//   Latin line             one line of Latin letters, no stylesheet
//   line, no stylesheet    the widget's title (one line of Chinese text) and nothing else
//   line, one rule         the same with a stylesheet of one rule: `body { font: 16px/1.5 sans-serif }`
//   line, one rule inline  that rule in a <style> in the page instead
//   line, one face         a <style> naming one face for Chinese (Droid Sans Fallback, which this
//                          kind of machine has) and sans-serif: the fewest lookups a Chinese line needs
//   line, the stylesheet   the same line with the widget's stylesheet
//   static page            the widget's page without its loader: the static first view only
//   bundle                 the widget's page as built
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { throttledPage } from './page.mjs';
import { tracedLongest } from './trace.mjs';
import { median } from './click.mjs';

const [rounds, rate, dir] = process.argv.slice(2);
if (!(Number(rounds) > 0) || !(Number(rate) >= 1) || !dir) {
  console.error('usage: node bench/floor.mjs ROUNDS RATE DIR');
  process.exit(2);
}
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const css = readdirSync(dir).find((f) => /^main-.*\.css$/.test(f));
const title = html.match(/<h1>(.*?)<\/h1>/)?.[1];
// The module script that starts the wasm (since Round 22 the glue itself, a file with its integrity).
const loader = /<script type=module[^>]*>.*?<\/script>/s;
if (!css || !title || !loader.test(html)) {
  console.error(`${dir}: no stylesheet, title or module loader found`);
  process.exit(2);
}
const line = (head, text = title) => `<!doctype html><html lang=zh><meta charset=utf-8>`
  + `<meta content="width=device-width,initial-scale=1" name=viewport><title>t</title>${head}`
  + `<body><main class="widget"><header class="masthead"><h1>${text}</h1></header></main></body></html>`;
const ONE_RULE = 'body { font: 16px/1.5 sans-serif }';
const ONE_FACE = '@font-face { font-family: zh; src: local("Droid Sans Fallback") } body { font: 16px/1.5 zh, sans-serif }';
const pages = {
  empty: () => line('', ''),
  'Latin line': () => line('', 'The AI-server industry chain'),
  'line, no stylesheet': () => line(''),
  'line, one rule': () => line('<link href=one.css rel=stylesheet>'),
  'line, one rule inline': () => line(`<style>${ONE_RULE}</style>`),
  'line, one face': () => line(`<style>${ONE_FACE}</style>`),
  'line, the stylesheet': () => line(`<link href=${css} rel=stylesheet>`),
  'static page': () => html.replace(loader, ''),
  bundle: () => html,
};
const names = Object.keys(pages);
// The one-line pages are served from a folder of their own with the two stylesheets.
const lines = mkdtempSync(join(tmpdir(), 'floor-'));
writeFileSync(join(lines, 'index.html'), '');
writeFileSync(join(lines, 'one.css'), ONE_RULE);
copyFileSync(join(dir, css), join(lines, css));
const servers = await Promise.all(names.map((name) => serve(/^(line|Latin|empty)/.test(name) ? lines : dir, {
  rewrite: pages[name],
})));

const PROBE = () => {
  window.floor = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => floor.push(e.duration)))
    .observe({ type: 'longtask', buffered: true });
};
// The bundle's loading ends with the takeover (the static view's mark removed).
const takenOver = async (page, name) => {
  if (name === 'bundle') await page.waitForFunction(() => !document.querySelector('main[data-static]'));
};
const browser = await chromium.launch(launchOptions);
const results = names.map(() => []);
const traced = names.map(() => []);
for (let r = 0; r < Number(rounds); r++) {
  for (const i of r % 2 ? [...names.keys()].reverse() : names.keys()) {
    const { context, page } = await throttledPage(browser, Number(rate), PROBE);
    await page.goto(servers[i].url, { waitUntil: 'load' });
    await takenOver(page, names[i]);
    await page.waitForTimeout(1500);
    results[i].push(await page.evaluate(() => ({
      longest: Math.max(0, ...floor),
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    })));
    await context.close();
  }
}
for (let r = 0; r < Number(rounds); r++) {
  for (const i of r % 2 ? [...names.keys()].reverse() : names.keys()) {
    traced[i].push(await tracedLongest(browser, servers[i].url, {
      rate: Number(rate),
      ready: async (page) => {
        await takenOver(page, names[i]);
        await page.waitForTimeout(300);
      },
    }));
  }
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));
rmSync(lines, { recursive: true });

console.log(`${rounds} loads each at ${rate}x slowdown, 1280×900; medians`);
console.log(`${'page'.padEnd(24)} ${'longest task'.padStart(13)} ${'loads with one'.padStart(15)} ${'first paint'.padStart(12)} ${'traced'.padStart(9)} ${'traced over 50 ms'.padStart(18)}`);
for (const [i, name] of names.entries()) {
  const xs = results[i];
  const longest = median(xs.map((x) => x.longest)).toFixed(0);
  const some = `${xs.filter((x) => x.longest > 0).length} of ${xs.length}`;
  const paint = `${median(xs.map((x) => x.paint)).toFixed(0)} ms`;
  const over = `${traced[i].filter((t) => t > 50).length} of ${traced[i].length}`;
  console.log(`${name.padEnd(24)} ${`${longest} ms`.padStart(13)} ${some.padStart(15)} ${paint.padStart(12)} ${`${median(traced[i]).toFixed(0)} ms`.padStart(9)} ${over.padStart(18)}`);
}
