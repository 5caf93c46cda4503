// One part per embed (`part=`) and the render flags, as a newsroom embeds them: each part in an
// article column of 640 and 375 px through real Pym.js, embed.js and a Datawrapper-style listener
// (each frame as tall as the part, growing and shrinking), what each part holds, a chart's own
// embed code copied into a second article, every flag, and hostile values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LIVE, settled, useBrowser } from './browser.mjs';

const env = await useBrowser('.');
const LOADED = 'main.widget:not([data-static])';

// The parts, with what each must hold and must not (selectors counted in the part's frame).
const PARTS = {
  map: { holds: ['.chain-map button[data-node]', '#chain-heading'], not: ['figure', '#tables', '.overview', '[data-csv]'] },
  charts: { holds: ['.overview figure[data-file]', '[data-export=png]'], not: ['button[data-node]', '#tables', '[data-csv]'] },
  data: { holds: ['#tables', '[data-csv=view]'], not: ['figure', 'button[data-node]', '.overview'] },
  'chart:ai-server-shipments': { holds: ['figure[data-file=ai-server-shipments]', '[data-embed]', '.sources'], not: ['button[data-node]', '#tables', '.masthead', '[data-csv]', '[data-action=tier-upstream]'] },
  'chart:upstream-market-size': { holds: ['figure[data-file=upstream-market-size]', '[data-action=index]'], not: ['button[data-node]', '#tables', '.masthead'] },
};
// Heights to aim for (Pym.js, plain=1): the targets.
// The embed codes' first heights (render::shell::embed_codes), and a little more at 375 px.
const MAX = { map: { 640: 1100, 375: 1500 }, chart: { 640: 600, 375: 620 }, 'chart:upstream-market-size': { 640: 700, 375: 720 } };

/** An article column of `width` px at most holding the part three ways: Pym.js, embed.js and a
 *  plain iframe sized by a Datawrapper-style listener. */
function article(query) {
  const src = `/dist/index.html?${query}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:0;font:16px serif}.col{max-width:640px;margin:0 auto}iframe{display:block;width:100%;border:0}</style></head>
<body><div class="col"><p>Before the graphic.</p>
<div id="pym-box"></div>
<p>Between.</p>
<iframe data-ai-chain id="js-frame" src="${src}" title="embed.js"></iframe>
<p>Between.</p>
<iframe id="dw-frame" src="${src}&id=dw-1" title="Datawrapper-style"></iframe>
<p>After.</p></div>
<script src="/node_modules/pym.js/dist/pym.v1.min.js"></script>
<script>new pym.Parent('pym-box', ${JSON.stringify(src)}, { title: 'Pym' });
window.addEventListener('message', (e) => {
  const h = e.data && e.data['datawrapper-height'] && e.data['datawrapper-height']['dw-1'];
  if (h && e.source === document.getElementById('dw-frame').contentWindow) document.getElementById('dw-frame').style.height = h + 'px';
});</script>
<script src="/dist/embed.js" async></script></body></html>`;
}

async function host(width, query, path = '/host.html') {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.route(`${env.server.url}${path.slice(1)}`, (route) => route.fulfill({ contentType: 'text/html', body: article(query) }));
  await page.goto(`${env.server.url}${path.slice(1)}`);
  const frames = {};
  for (const [name, sel] of [['pym', '#pym-box iframe'], ['embedjs', '#js-frame'], ['datawrapper', '#dw-frame']]) {
    const handle = await page.waitForSelector(sel);
    const frame = await handle.contentFrame();
    await frame.waitForSelector(LOADED);
    frames[name] = { handle, frame };
  }
  return { page, frames, problems };
}


const count = (frame, sel) => frame.$$eval(sel, (els) => els.length);

for (const width of [640, 375]) {
  for (const [part, { holds, not }] of Object.entries(PARTS)) {
    test(`part=${part} at ${width} px: the frames take its height; it holds its own and nothing else`, async () => {
      const { page, frames, problems } = await host(width, `part=${part}&plain=1`);
      for (const [name, f] of Object.entries(frames)) {
        const h = await settled(f);
        assert.ok(Math.abs(h.outer - h.inner) <= 2, `${name}: ${JSON.stringify(h)}`);
        if (name === 'pym') {
          const max = (MAX[part] ?? MAX[part.startsWith('chart:') ? 'chart' : part])?.[width];
          if (max) assert.ok(h.outer <= max, `${part} at ${width}: ${h.outer} px, more than ${max}`);
          console.log(`# height part=${part} plain=1 at ${width}: ${Math.round(h.outer)} px`);
        }
        for (const sel of holds) assert.ok(await count(f.frame, sel) > 0, `${name}: no ${sel}`);
        for (const sel of not) assert.equal(await count(f.frame, sel), 0, `${name}: ${sel} in part=${part}`);
        assert.equal(await count(f.frame, '.masthead'), 0, `${name}: plain=1 keeps a masthead`);
      }
      // Growing and shrinking: a node's details in the map, a chart's table under the chart, the
      // tables (open in the data part) folded.
      const f = frames.pym;
      const before = await settled(f);
      const [open, close] = part === 'map'
        ? ['button[data-node=gpu]', '[data-details] .close']
        : part === 'data' ? ['#tables summary', '#tables summary'] : ['figure details summary', 'figure details summary'];
      await f.frame.click(open);
      const grown = await settled(f);
      assert.ok(Math.abs(grown.outer - before.outer) > 50, `${part}: ${before.outer} -> ${grown.outer}`);
      assert.ok(Math.abs(grown.outer - grown.inner) <= 2, JSON.stringify(grown));
      await f.frame.click(close);
      const shrunk = await settled(f);
      assert.ok(Math.abs(shrunk.outer - before.outer) <= 2, `${part}: ${before.outer} -> ${shrunk.outer}`);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
}

test('a part first shows without a flash of the whole widget', { timeout: 60000 }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 640, height: 900 } });
  // Hold the wasm back: until it runs, the page may show the static first view only if it is the
  // part asked for, which it never is.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${env.server.url}dist/index.html?part=chart:gpu-market-size`, { waitUntil: 'commit' });
  await page.waitForSelector('main[data-static]', { state: 'attached' });
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => {
    const s = document.querySelector('main[data-static]');
    return s && getComputedStyle(s).visibility;
  });
  assert.equal(seen, 'hidden');
  release();
  await page.waitForSelector(LOADED);
  assert.equal(await count(page, 'main[data-static]'), 0);
  assert.equal(await count(page, 'figure[data-file=gpu-market-size]'), 1);
  // No layout shift: nothing that was painted moved.
  const shift = await page.evaluate(() => new Promise((r) => {
    let sum = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) sum += e.value; }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => r(sum), 300);
  }));
  assert.equal(shift, 0);
  await page.close();
});

test("a chart's embed code, copied into a second article, shows that chart alone in the view it was made in", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}dist/index.html?lang=en&from=2023&forecast=0`);
  await page.waitForSelector(LIVE);
  const embed = 'figure[data-file=ai-server-shipments] [data-embed]';
  assert.equal(await page.getAttribute(embed, 'aria-expanded'), 'false');
  await page.click(embed);
  assert.equal(await page.getAttribute(embed, 'aria-expanded'), 'true');
  const codes = await page.$$eval('figure[data-file=ai-server-shipments] .chart-embed textarea', (t) => t.map((a) => a.value));
  assert.equal(codes.length, 3);
  // Copy: the text area's code is selected and the button says so.
  const copy = 'figure[data-file=ai-server-shipments] .chart-embed [data-copy]';
  await page.click(copy);
  assert.equal(await page.textContent(copy), 'Copied');
  const selected = await page.$eval('#embed-ai-server-shipments-0', (a) => a.value.slice(a.selectionStart, a.selectionEnd));
  assert.equal(selected, codes[0]);
  // Pressed again, the codes go.
  await page.click(embed);
  assert.equal(await count(page, '.chart-embed'), 0);
  // The Pym.js code in a second article.
  const pym = codes[2].replace(/https?:\/\/[^/]+\/dist\/index\.html/, '/dist/index.html');
  assert.match(pym, /^<div id="ai-chain-ai-server-shipments"><\/div>\n<script>new pym\.Parent\('ai-chain-ai-server-shipments', '\/dist\/index\.html\?lang=en&from=2023&forecast=0&part=chart:ai-server-shipments'/);
  const second = await env.browser.newPage({ viewport: { width: 640, height: 900 } });
  await second.route(`${env.server.url}second.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><meta charset="utf-8"><p>Another article.</p><script src="/node_modules/pym.js/dist/pym.v1.min.js"></script>${pym}`,
  }));
  await second.goto(`${env.server.url}second.html`);
  const frame = await (await second.waitForSelector('#ai-chain-ai-server-shipments iframe')).contentFrame();
  await frame.waitForSelector('figure[data-file=ai-server-shipments]');
  assert.equal(await count(frame, 'figure'), 1);
  assert.equal(await frame.getAttribute('html', 'lang'), 'en');
  // forecast=0: no projected column; from=2023: no 2022.
  assert.equal(await count(frame, 'figure [data-kind=forecast]'), 0);
  assert.equal(await count(frame, 'figure [data-year="2022"]'), 0);
  await page.close();
  await second.close();
});

test('render flags: plain, transparent, static, accent (a bad accent warned about and left out)', async () => {
  const open = async (query, scheme = 'light') => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && !m.text().includes('integrity') && warnings.push(m.text()));
    await page.goto(`${env.server.url}dist/index.html?${query}`);
    await page.waitForSelector(LOADED);
    return { page, warnings };
  };
  const css = (page, sel, prop) => page.$eval(sel, (e, p) => getComputedStyle(e).getPropertyValue(p).trim(), prop);

  let { page, warnings } = await open('plain=1');
  assert.equal(await count(page, '.masthead'), 0);
  assert.ok(await count(page, '.sources'), 'the source line stays');
  assert.deepEqual(warnings, []);
  await page.close();

  ({ page, warnings } = await open('transparent=1'));
  assert.equal(await css(page, 'body', 'background-color'), 'rgba(0, 0, 0, 0)');
  await page.close();
  ({ page } = await open(''));
  assert.equal(await css(page, 'body', 'background-color'), 'rgb(255, 255, 255)');
  await page.close();

  // static=1: nothing to operate, nothing to focus but the tables' scroll areas; the node chosen
  // still shows its details.
  ({ page, warnings } = await open('static=1&node=gpu'));
  const focusable = await page.$$eval('main.widget :is(button, select, a[href], summary, textarea)', (els) => els
    .filter((e) => e.getClientRects().length && e.tabIndex >= 0).map((e) => e.outerHTML.slice(0, 60)));
  assert.deepEqual(focusable, []);
  assert.equal(await count(page, '.filter-box'), 0);
  assert.ok(await count(page, '[data-details=gpu]'));
  await page.click('button[data-node=cpu]', { force: true });
  assert.equal(await count(page, '[data-details=cpu]'), 0, 'a click changes nothing');
  await page.close();

  // accent: the newsroom's colour on the chosen node, where it holds 3:1 against the background.
  ({ page, warnings } = await open('accent=0b5cad&theme=light&node=gpu'));
  assert.equal(await css(page, 'button[data-node=gpu]', 'border-top-color'), 'rgb(11, 92, 173)');
  ({ page, warnings } = await open('accent=c00000&theme=light&node=gpu'));
  assert.equal(await css(page, 'button[data-node=gpu]', 'border-top-color'), 'rgb(192, 0, 0)');
  assert.deepEqual(warnings, []);
  await page.close();
  // Below 3:1 on the dark background: the palette's colour there, and a warning.
  ({ page, warnings } = await open('accent=c00000&theme=dark&node=gpu', 'dark'));
  assert.equal(await css(page, 'button[data-node=gpu]', 'border-top-color'), 'rgb(124, 184, 242)');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /accent: #c00000 has less than 3:1 contrast against the dark background/);
  await page.close();
  ({ page, warnings } = await open('accent=ffcc00&theme=light&node=gpu'));
  assert.equal(await css(page, 'button[data-node=gpu]', 'border-top-color'), 'rgb(11, 92, 173)');
  assert.match(warnings[0], /accent: #ffcc00 has less than 3:1 contrast against the light background/);
  await page.close();
});

test('200 hostile values for part, the flags and accent: no error, nothing injected, each warned about', async () => {
  const values = [
    '', ' ', '2', 'true', 'yes', '-1', '1.0', '%', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
    "'", 'chart:', 'chart:<b>x</b>', 'chart:../../etc/passwd', 'chart:gpu', 'CHART:gpu-market-size', 'map,data',
    'javascript:alert(1)', '中文', '🚀', '#', '#fff', 'fff', 'ffffffff', 'gggggg', '0x00ff00', 'rgb(1,2,3)',
    'x'.repeat(300), '\u0000', '%00', 'map;', 'null', 'undefined', 'NaN', '[]', '{}', '\\', 'charts ', ' all', 'dat',
  ];
  const page = await env.browser.newPage({ viewport: { width: 800, height: 600 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  let warned = 0;
  page.on('console', (m) => m.type() === 'warning' && m.text().includes('ignored URL parameter') && warned++);
  let n = 0;
  for (const key of ['part', 'plain', 'transparent', 'static', 'accent']) {
    for (const value of values) {
      await page.goto(`${env.server.url}dist/index.html?${key}=${encodeURIComponent(value)}`);
      await page.waitForSelector(LIVE);
      const injected = await page.evaluate(() => document.querySelectorAll('img, b, main.widget script').length);
      assert.equal(injected, 0, `${key}=${value}`);
      assert.equal(await count(page, 'main.widget[data-part], main.widget[data-still], html[data-transparent]'), 0, `${key}=${value}`);
      n++;
    }
  }
  assert.ok(n >= 200, String(n));
  assert.equal(warned, n);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the example article embeds the map and two single charts in three places', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}examples/article.html`);
  const parts = { '#part-map': 'map', '#part-upstream': 'chart:upstream-market-size', '#part-split': 'chart:ai-server-training-inference' };
  for (const [box, part] of Object.entries(parts)) {
    const handle = await page.waitForSelector(`${box} iframe`);
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await frame.waitForSelector(LOADED);
    assert.equal(await frame.getAttribute('main.widget', 'data-part'), part.startsWith('chart:') ? 'chart' : part, box);
    const h = await settled({ handle, frame });
    assert.ok(Math.abs(h.outer - h.inner) <= 2, `${box}: ${JSON.stringify(h)}`);
  }
  await page.close();
});
