// The static first view (src/prerender.rs): what readers without script see, and the wasm taking
// it over without a flash or a jump.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { LIVE, useBrowser } from './browser.mjs';
import { TYPES } from './server.mjs';

const NAMES = ['CPU', 'GPU', '存储芯片', '固态硬盘', 'PCB', '被动元器件', '光模块', 'AI服务器',
  '互联网企业', '云计算企业', '数据中心服务商', '政府部门', '金融机构', '医疗领域', '电信运营商'];
const FIGURES = ['2024 约2300亿元', '2024 约1073亿元', '2024 约4267亿元', '2024 约606亿元',
  '2024 约560亿元', '2025年1—9月 14420亿元', '2024 83万个', '2025年1—10月 14670亿元'];

const env = await useBrowser('dist');

/** Every visible element of the widget: tag, class, node and its box, rounded to the pixel. */
const boxes = () => [...document.querySelectorAll('main.widget *')]
  .filter((e) => e.getClientRects().length)
  .map((e) => {
    const r = e.getBoundingClientRect();
    const cls = typeof e.className === 'string' ? e.className : e.className.baseVal;
    return `${e.tagName}.${cls}${e.dataset?.node ?? ''} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  });

/** The names and figures on the map, and the text of the tables. */
const words = () => ({
  map: [...document.querySelectorAll('main.widget .chain-map button[data-node]')].map((b) => b.innerText.replace(/\s+/g, ' ')),
  tables: document.querySelector('main.widget #tables').textContent,
  charts: [...document.querySelectorAll('main.widget figure[data-file]')].map((f) => f.dataset.file),
});

test('without JavaScript every node, its headline figure, the charts, tables and sources are there', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const map = page.locator('main[data-static] .chain-map');
  for (const name of NAMES) assert.ok(await map.locator('.name').getByText(name, { exact: true }).isVisible(), name);
  const text = await map.innerText();
  for (const figure of FIGURES) assert.ok(text.replace(/\s+/g, ' ').includes(figure), figure);
  assert.equal(await page.locator('main[data-static] figure[data-file] svg').count(), 6);
  // The tables are folded, and open without script.
  assert.equal(await page.locator('#tables table').first().isVisible(), false);
  await page.click('#tables summary');
  assert.ok(await page.locator('#tables table').first().isVisible());
  assert.match(await page.locator('footer.sources').innerText(), /中商产业研究院/);
  // Controls that need script are not offered.
  for (const sel of ['.filter-box', '.mode', '.downloads', 'details.embed']) {
    assert.equal(await page.locator(sel).first().isVisible(), false, sel);
  }
  // Link previews: title, description and an image.
  assert.equal(await page.getAttribute('meta[property="og:title"]', 'content'), '中国AI服务器产业链');
  assert.ok(await page.getAttribute('meta[property="og:description"]', 'content'));
  assert.equal(await page.getAttribute('meta[property="og:image"]', 'content'), 'og.png');
  const png = await page.request.get(`${env.server.url}og.png`);
  assert.equal(png.status(), 200);
  assert.deepEqual([...(await png.body()).subarray(16, 24)], [0, 0, 4, 176, 0, 0, 2, 118], '1200×630');
  await context.close();
});

for (const width of [320, 768, 1280]) {
  test(`at ${width} px the wasm takes over the static view in place: same words, every box in place, the focus kept, no layout shift`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
        .observe({ type: 'layout-shift', buffered: true });
    });
    // The wasm is held back until the static view has been read.
    let release;
    const held = new Promise((ok) => (release = ok));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(env.server.url);
    await page.waitForSelector('main[data-static] .chain-map button[data-node]');
    const before = { boxes: await page.evaluate(boxes), words: await page.evaluate(words) };
    assert.equal(before.words.map.length, 15);
    // A reader who reached the map by keyboard before the wasm started keeps their place: the
    // static view is taken over where it is, neither rebuilt nor moved.
    await page.evaluate(() => {
      window.copy = document.querySelector('main.widget');
      document.querySelector('main.widget .chain-map button[data-node=gpu]').focus();
    });
    release();
    await page.waitForSelector(LIVE);
    assert.equal(await page.locator('main.widget').count(), 1, 'the static copy is gone');
    assert.deepEqual(
      await page.evaluate(() => [document.querySelector('main.widget') === window.copy, document.activeElement.dataset.node]),
      [true, 'gpu'],
      'the same elements, the focus kept',
    );
    const after = { boxes: await page.evaluate(boxes), words: await page.evaluate(words) };
    assert.deepEqual(after.words, before.words);
    assert.ok(before.boxes.length > 700, `${before.boxes.length} boxes`);
    assert.deepEqual(after.boxes, before.boxes);
    // Give the browser a frame to report any shift, then sum them (cumulative layout shift).
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const cls = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    console.log(`at ${width} px: ${after.boxes.length} boxes unchanged, CLS ${cls} while the wasm takes over`);
    assert.equal(cls, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// The page sent in two parts: the browser draws what it has before the rest is sent, and that
// frame must put what it shows where the finished page has it (a layout shift otherwise).
// - Cut after the first card's name: a card's figure row is held open for one line, so the name is
//   where the finished card has it (it used to be centred alone and move up 8 px).
// - Cut just past the map, on a phone: the map's image links come after the map in the grid as in
//   the markup (auto-placed, they had filled the row of the hint phones hide, above the map, and
//   moved it down 72 px when they arrived).
const CUTS = [
  {
    what: 'inside a map card moves nothing when the card\'s figure arrives',
    width: 768,
    cut: (html) => html.indexOf('</span>', html.indexOf('<span class="name">', html.indexOf('data-node="cpu"'))) + 7,
    drawn: '[data-node=cpu] .name',
    later: '[data-node=cpu] .figure',
  },
  {
    what: 'just past the map, on a phone, moves nothing when the map\'s image links arrive',
    width: 320,
    cut: (html) => html.indexOf('<p data-region="map-exports"'),
    drawn: '.chain-map',
    later: '.map-exports',
  },
];
for (const { what, width, cut: at, drawn, later } of CUTS) {
  test(`a frame drawn while the page is read ${what}`, async (t) => {
    const html = await readFile(resolve('dist/index.html'), 'utf8');
    const cut = at(html);
    assert.ok(cut > 0, 'the cut is in the page');
    let release;
    const held = new Promise((ok) => (release = ok));
    const server = createServer(async (req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/') {
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.write(html.slice(0, cut));
        await held;
        res.end(html.slice(cut));
        return;
      }
      try {
        const body = await readFile(join(resolve('dist'), normalize(path)));
        res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    t.after(async () => {
      release();
      await context.close();
      await new Promise((ok) => server.close(ok));
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
        .observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'commit' });
    await page.waitForSelector(`main[data-static] ${drawn}`);
    // Where `selector` is drawn, read in the frame after the next one.
    const frameTop = (selector) => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() =>
      ok(Math.round(document.querySelector(selector).getBoundingClientRect().top)))));
    const first = await page.evaluate(frameTop, drawn);
    assert.equal(await page.$(`main ${later}`), null, 'a frame drawn with the page cut before it');
    release();
    await page.waitForSelector(LIVE);
    assert.equal(await page.evaluate(frameTop, drawn), first, 'it stays where the first frame drew it');
    assert.equal(await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0)), 0);
  });
}

// Every region is bound by a selector under the taken-over <main> (ui::region): one that found
// nothing, or the wrong element, would keep its Chinese text or put English in the wrong place.
// The regions' effects are made one per task after the takeover's (ui::soon): a switch made in
// the task right after it, before most of them exist, has the rest made at once (ui::make_now),
// and each must draw it in the switch's own task, though the static copy it was made over shows
// the view before. The page's text is read in the task after the click's.
const LEAVES = `[...document.querySelectorAll('main.widget *')].filter((e) => !e.children.length).map((e) => e.textContent)`;
const SWITCH = `document.querySelector('.filters [data-action=lang]').click(); setTimeout(() => (window.switched = ${LEAVES}));`;
for (const [when, early] of [['once the widget is live', false], ['in the task after the takeover, before its regions are bound', true]]) {
  test(`the widget taken over in place rewrites every region: after a switch to English ${when} the page reads, in the next task, as one loaded in English`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.server.url}?lang=en`);
    await page.waitForSelector(LIVE);
    const loaded = await page.evaluate(LEAVES);
    assert.ok(loaded.length > 500, `${loaded.length} elements`);
    if (early) {
      await page.addInitScript(`document.addEventListener('readystatechange', () => {
        const copy = document.querySelector('main[data-static]');
        if (document.readyState !== 'interactive' || !copy) return;
        new MutationObserver((_, seen) => {
          seen.disconnect();
          setTimeout(() => { ${SWITCH} });
        }).observe(copy, { attributeFilter: ['data-static'] });
      });`);
    }
    await page.goto(env.server.url);
    await page.waitForSelector(LIVE);
    if (!early) await page.evaluate(SWITCH);
    await page.waitForFunction(() => window.switched);
    const switched = await page.evaluate(() => window.switched);
    assert.equal(switched.length, loaded.length);
    assert.deepEqual(loaded.flatMap((t, i) => (t === switched[i] ? [] : [`${switched[i]} ≠ ${t}`])), []);
    await context.close();
  });
}

test('taking the static view over writes nothing to the page but the removal of its mark', async () => {
  // Chromium restyles for every write of an attribute a style rule names, even of the value it has
  // (the whole page for <html lang>), and mounting even an empty view adds a node: the takeover and
  // its regions' first runs write none of the states the static copy already shows.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive' || !document.querySelector('main[data-static]')) return;
    window.writes = [];
    new MutationObserver((list) => list.forEach((r) => window.writes.push(`${r.target.nodeName} ${r.type} ${r.attributeName ?? ''}`.trim())))
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }));
  await page.goto(env.server.url);
  await page.waitForSelector(LIVE);
  // Sixty tasks on: the regions' effects, made one per task after the takeover's, have all run.
  await page.evaluate(() => new Promise((ok) => { let n = 0; const hop = () => (++n < 60 ? setTimeout(hop) : ok()); setTimeout(hop); }));
  assert.deepEqual(await page.evaluate(() => window.writes), ['MAIN attributes data-static']);
  // And the widget is live: a click is drawn.
  await page.click('.filters [data-action=tier-upstream]');
  assert.equal(await page.getAttribute('.filters [data-action=tier-upstream]', 'aria-pressed'), 'false');
  await context.close();
});

test('over a static view it cannot take as it is (a notice, another view) the widget renders everything itself', async () => {
  for (const query of ['lang=fr', 'node=gpu', 'lang=en&tier=upstream', 'childId=ai-chain&id=x']) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}?${query}`);
    await page.waitForSelector(LIVE);
    assert.equal(await page.locator('main.widget').count(), 1, query);
    assert.equal(await page.locator('.chain-map button[data-node]').count(), 15, query);
    assert.equal(await page.locator('figure[data-file] svg').count() >= 1, true, query);
    assert.ok((await page.locator('#tables').textContent()).includes('2024'), query);
    await context.close();
  }
});

test('with SITE_URL the build gives link previews an absolute og:image', async () => {
  // tools/og.mjs on a copy of the bundle, as `make build SITE_URL=…` runs it.
  const dir = await mkdtemp(join(tmpdir(), 'og-'));
  try {
    await cp('dist', join(dir, 'dist'), { recursive: true });
    execFileSync('node', [resolve('tools/og.mjs')], {
      cwd: dir,
      env: { ...process.env, SITE_URL: 'https://news.example/graphics/ai-chain' },
    });
    const html = await readFile(join(dir, 'dist/index.html'), 'utf8');
    const tags = html.match(/<meta\b[^>]*og:image[^>]*>/g);
    assert.equal(tags.length, 3, tags.join(' '));
    assert.match(tags.find((t) => /og:image"?[\s>]/.test(t)), /content="https:\/\/news\.example\/graphics\/ai-chain\/og\.png"/);
    const png = await readFile(join(dir, 'dist/og.png'));
    assert.deepEqual([...png.subarray(16, 24)], [0, 0, 4, 176, 0, 0, 2, 118], '1200×630');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the wasm starts only after the frame that has drawn the whole static view', async () => {
  // The glue waits for that frame (post_build::page::AFTER_FIRST_FRAME); started at once, the
  // wasm's instantiation would run before it. At 4x CPU slowdown, five loads; the first frame after
  // the parser has read the page is marked as the benchmark marks it.
  for (let i = 0; i < 5; i++) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.order = [];
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') requestAnimationFrame(() => setTimeout(() => order.push('drawn')));
      });
      addEventListener('TrunkApplicationStarted', () => order.push('started'));
    });
    await page.goto(env.server.url);
    await page.waitForSelector(LIVE);
    await page.waitForFunction(() => order.length === 2);
    assert.deepEqual(await page.evaluate(() => order), ['drawn', 'started'], `load ${i + 1}`);
    await context.close();
  }
});
