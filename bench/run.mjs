// `make bench`: the release bundle (dist/) and its ECharts peer (bench/dist/echarts/), served
// compressed on 127.0.0.1 as a CDN would, measured in one headless-Chromium run, ROUNDS rounds each,
// at normal speed and with 4x CPU slowdown. Writes bench/RESULTS.md. Timings are medians.
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { throttledPage } from './page.mjs';
import { tracedLongest } from './trace.mjs';
import { CLICK, FIRST, median } from './click.mjs';
import { serve } from './serve.mjs';

const ROUNDS = Number(process.env.ROUNDS || 5);
const INTERACTIONS = 100;

// Put into every page before its own scripts: long tasks, layout shifts, the wasm instance.
const PROBE = () => {
  window.bench = { long: [], shifts: 0 };
  new PerformanceObserver((l) => l.getEntries().forEach((e) => bench.long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { bench.shifts += e.value; })).observe({ type: 'layout-shift', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { bench.memory = e.detail.wasm.memory; });
  // The end of the first frame drawn from now: a frame callback, then a task after that frame. The
  // peer calls it once every chart reports `finished`; this widget's complete view is in its HTML,
  // so here it is called once the parser has read the whole page (a first paint can come earlier,
  // with only part of the page parsed, and is not a complete render).
  bench.drawn = () => requestAnimationFrame(() => setTimeout(() => performance.mark('drawn')));
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive' && document.querySelector('main[data-static]')) {
      bench.drawn();
      // Interactive: the live widget has taken the static view over (the wasm starts after the
      // frame that draws the static view; the copy loses its mark, or is replaced in the body).
      const live = new MutationObserver(() => {
        if (!document.querySelector('main[data-static]')) {
          live.disconnect();
          performance.mark('interactive');
        }
      });
      live.observe(document.body, { childList: true });
      live.observe(document.querySelector('main[data-static]'), { attributeFilter: ['data-static'] });
    }
  });
};


/** `n` interactions: tiers off and on, and (where there is one) a node opened and closed, a frame apart. */
const interact = async (n) => {
  const tiers = ['upstream', 'midstream', 'downstream'];
  for (let k = 0; k < n; k++) {
    const node = document.querySelector(`.chain-map button[data-node=${['gpu', 'memory', 'cloud'][k % 3]}]`);
    if (node && k % 2) node.click();
    else document.querySelector(`.filters [data-action=tier-${tiers[k % 3]}]`).click();
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
  }
};

/** Waits until the page is loaded: the live widget has taken over, or every ECharts chart has
 *  drawn; then 300 ms. Polled with plain evaluate: Playwright's selector engine would put its own
 *  script into the page's heap and be counted as the page's. */
async function loaded(page, wasm) {
  for (;;) {
    const ready = await page.evaluate((isWasm) => (isWasm
      ? !!document.querySelector('main.widget:not([data-static]) .chain-map button[data-node]')
      : performance.getEntriesByName('drawn').length > 0), wasm);
    if (ready) break;
    await new Promise((ok) => setTimeout(ok, 20));
  }
  await page.waitForTimeout(300);
}

async function measure(browser, build, url, slowdown) {
  const { context, page, cdp } = await throttledPage(browser, slowdown, PROBE);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(url);
  const wasm = build === 'wasm';
  await loaded(page, wasm);
  const load = await page.evaluate((isWasm) => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const mark = (n) => performance.getEntriesByName(n)[0]?.startTime;
    return {
      paint,
      complete: mark('drawn'),
      interactive: isWasm ? mark('interactive') : mark('complete'),
      longest: Math.max(0, ...bench.long),
      shifts: bench.shifts,
    };
  }, wasm);
  const clicks = [];
  for (let i = 0; i < 6; i++) clicks.push(await page.evaluate(CLICK, '.filters [data-action=tier-upstream]'));
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return {
      heap: metrics.find((m) => m.name === 'JSHeapUsedSize').value,
      wasm: await page.evaluate(() => bench.memory?.buffer.byteLength ?? 0),
    };
  };
  const before = await memory();
  await page.evaluate(interact, INTERACTIONS);
  await page.waitForTimeout(200);
  const first = await memory();
  await page.evaluate(interact, INTERACTIONS);
  const warm = await memory();
  await page.evaluate(interact, INTERACTIONS);
  await page.waitForTimeout(200);
  const second = await memory();
  await context.close();
  return { bytes, ...load, click: median(clicks), before, first, warm, second };
}

/** The first interaction of each kind after a fresh load (`FIRST`), each in loads of their own. */
async function firstClick(browser, build, url, slowdown, kind) {
  const { context, page } = await throttledPage(browser, slowdown, PROBE);
  await page.goto(url);
  await loaded(page, build === 'wasm');
  // A reader's first click comes a second or more after the page is drawn; in that second the
  // widget renders, unseen, the views a first click is likely to ask for (ui::warm).
  await page.waitForTimeout(1000);
  const ms = await page.evaluate(CLICK, FIRST[kind]);
  await context.close();
  return ms;
}

const server = await serve({ '/wasm/': 'dist', '/echarts/': 'bench/dist/echarts' });
const browser = await chromium.launch(launchOptions);
const results = {};
for (const slowdown of [1, 4]) {
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order each round, so neither build always runs first.
    const order = round % 2 ? ['echarts', 'wasm'] : ['wasm', 'echarts'];
    for (const build of order) {
      const r = await measure(browser, build, `${server.url}/${build}/`, slowdown);
      ((results[slowdown] ??= {})[build] ??= []).push(r);
      process.stdout.write('.');
    }
  }
}
// The first click of each kind, in loads of their own.
for (const slowdown of [1, 4]) {
  for (let round = 0; round < ROUNDS; round++) {
    for (const build of round % 2 ? ['echarts', 'wasm'] : ['wasm', 'echarts']) {
      // The peer has no map to click and one language.
      for (const kind of build === 'wasm' ? Object.keys(FIRST) : ['tier']) {
        results[slowdown][build][round][`first_${kind}`] = await firstClick(browser, build, `${server.url}/${build}/`, slowdown, kind);
      }
      process.stdout.write('.');
    }
  }
}
// The longest task, traced, in loads of their own after the others; kept with the 4x rounds.
for (let round = 0; round < ROUNDS; round++) {
  for (const build of round % 2 ? ['echarts', 'wasm'] : ['wasm', 'echarts']) {
    results[4][build][round].traced = await tracedLongest(browser, `${server.url}/${build}/`, {
      rate: 4, init: PROBE, ready: (page) => loaded(page, build === 'wasm'),
    });
    process.stdout.write('.');
  }
}
const version = browser.version();
await browser.close();
server.close();
console.log();

const pick = (slowdown, build, f) => {
  const xs = results[slowdown][build].map(f).filter((x) => x !== undefined);
  return xs.length ? median(xs) : undefined;
};
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (t) => `${t.toFixed(1)} ms`;
const mb = (b) => `${(b / 1048576).toFixed(2)} MB`;
const rows = [];
const budgets = [];
const row = (what, f, fmt, budget, slowdown = budget?.slowdown ?? 1) => {
  const [w, e] = ['wasm', 'echarts'].map((b) => pick(slowdown, b, f));
  const ok = budget ? budget.test(w, e) : null;
  if (budget) budgets.push(ok);
  rows.push(`| ${what} | ${fmt(w)} | ${e === undefined ? '–' : fmt(e)} | ${e ? (w / e).toFixed(2) : '–'} | ${budget ? `${budget.text} ${ok ? '✅' : '❌'}` : ''} |`);
};
row('bytes over the wire (brotli)', (r) => r.bytes, kb, { text: '≤ 80 KB (hard cap: half of ECharts)', test: (w) => w <= 80 * 1024 });
for (const s of [1, 4]) {
  const at = s === 1 ? '' : ', 4x slowdown';
  row(`first paint${at}`, (r) => r.paint, ms, undefined, s);
  row(`first complete render${at}`, (r) => r.complete, ms, { slowdown: s, text: '≤ ½ of ECharts', test: (w, e) => w <= e / 2 });
  row(`interactive${at}`, (r) => r.interactive, ms, undefined, s);
  const settle = { slowdown: s, text: s === 1 ? '≤ 16 ms' : '≤ 50 ms', test: (w) => w <= (s === 1 ? 16 : 50) };
  for (const [kind, what] of [['node', 'a node'], ['tier', 'a tier toggle'], ['lang', 'the language']]) {
    row(`first click after load on ${what}, until the DOM settles${at}`, (r) => r[`first_${kind}`], ms, settle);
  }
  row(`later filter clicks until the DOM settles (median of 6)${at}`, (r) => r.click, ms, settle);
}
row('longest task while loading, 4x slowdown (traced)', (r) => r.traced, ms, { slowdown: 4, text: '≤ 50 ms', test: (w) => w <= 50 });
row('longest task the Long Tasks API reports, 4x slowdown', (r) => r.longest, ms, undefined, 4);
row('layout shift while loading', (r) => r.shifts, (x) => x.toFixed(3), { text: '0', test: (w) => w === 0 });
row('JS heap after load', (r) => r.before.heap, mb, { text: '< 2 MB', test: (w) => w < 2 * 1048576 });
row('wasm memory after load', (r) => r.before.wasm, mb, { text: '< 2 MB', test: (w) => w < 2 * 1048576 });
row(`JS heap growth, first ${2 * INTERACTIONS} interactions`, (r) => r.warm.heap - r.before.heap, kb);
row(`wasm memory growth, first ${2 * INTERACTIONS} interactions`, (r) => r.warm.wasm - r.before.wasm, kb);
row(`JS heap growth, next ${INTERACTIONS} interactions`, (r) => r.second.heap - r.warm.heap, kb, { text: 'none (< 64 KB)', test: (w) => w < 64 * 1024 });
row(`wasm memory growth, next ${INTERACTIONS} interactions`, (r) => r.second.wasm - r.warm.wasm, kb, { text: 'none', test: (w) => w === 0 });

const table = ['| | wasm (this widget) | ECharts peer | ratio | budget |', '| --- | ---: | ---: | ---: | --- |', ...rows].join('\n');
const md = `# Benchmark results

\`make bench\`, ${new Date().toISOString().slice(0, 10)}: the release bundle beside its peer, the same page
(the widget's first view: text, tables, stylesheet) with the map and the six charts drawn by Apache
ECharts 6 (graph, bar, line and pie, SVG renderer, tree-shaken and minified by esbuild), both
served from 127.0.0.1 with brotli -q 11, measured in one headless ${version} run: ${ROUNDS} rounds
each at normal speed and with 4x CPU slowdown (CDP), alternating which build goes first; medians.
Viewport 1280×900.

${table}

- *bytes*: the sum of the encoded sizes of every response (html, js, wasm, css).
- *first complete render*: the end of the first frame drawn with the whole default view (map, charts,
  tables) in the page, measured the same way for both (a frame callback, then a task after that
  frame): for this widget once the parser has read the HTML with its static first view, for ECharts
  once every chart reported \`finished\`. *first paint* (first contentful paint) is earlier and can
  show part of the page only. *interactive*: the live widget has taken the static view over
  (after the frame that draws the static view); for ECharts, every chart reported \`finished\`.
- *longest task, traced*: the longest task of the page's main thread in a Chromium trace, from the
  end of the task that commits the navigation until the page is loaded (the widget's takeover
  done, or every ECharts chart finished, then 300 ms), in ${ROUNDS} loads of each build of their own at 4x
  slowdown; tracing adds its own cost to both. The Long Tasks API's figure (a \`longtask\`
  observer in the page, in the untraced loads) is given beside it: it leaves out most of the
  frames that lay a loading page out (docs/performance-log.md, Round 16).
- *first click after load*: from \`click()\` until the last DOM change it caused, as the first
  interaction of a fresh load (the GPU card, the upstream toggle, the language button; each kind in
  ${ROUNDS} loads of its own per speed, 1.3 s after the page is interactive). The peer has
  the tier toggles only. *later filter clicks*: the upstream toggle, six times after a load; median.
- *memory*: after a forced garbage collection. Growth: over ${2 * INTERACTIONS} interactions (tier toggles, nodes
  opened and closed, a frame apart), then over ${INTERACTIONS} more. The wasm allocator reaches its working
  size within the first two hundred (traced over 1,000 interactions: 1,152 → 1,280 → 1,344 KB, then
  1,344 KB to the end), so the budget (no growth) is held against the hundred after them.

Machine: ${cpus()[0].model}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}.
`;
await writeFile('bench/RESULTS.md', md);
console.log(table);
console.log(budgets.every(Boolean) ? 'every budget met' : `${budgets.filter((b) => !b).length} budget(s) missed`);
