// Provenance a reader can check: the reports and source lines the article gives, and its own
// annotations drawn on the charts, clear of every other label at every width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { LIVE, useBrowser } from './browser.mjs';

const env = await useBrowser('dist');

async function open(query, width = 1280) {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}?${query}`);
  await page.waitForSelector(LIVE);
  return { page, context };
}

/** Each annotation's boxes on screen that meet another text of its chart, or leave the drawing. */
const clashes = (page) => page.$$eval('svg [data-annotation]', (notes) => notes.flatMap((note) => {
  const svg = note.ownerSVGElement;
  const frame = svg.getBoundingClientRect();
  const others = [...svg.querySelectorAll('text')].filter((t) => !note.contains(t)).map((t) => [t.textContent, t.getBoundingClientRect()]);
  const meet = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  return [...note.querySelectorAll('text, path, circle')].flatMap((mark) => {
    const box = mark.getBoundingClientRect();
    const out = box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5;
    return [...(out ? [`${mark.textContent || mark.tagName} leaves its chart`] : []),
      ...others.filter(([, b]) => meet(box, b)).map(([t]) => `${mark.textContent || mark.tagName} meets "${t}"`)];
  });
}));

for (const width of [320, 768, 1280]) {
  for (const lang of ['zh', 'en']) {
    test(`at ${width} px (${lang}): the article's annotations are drawn, clear of every other label`, async () => {
      const { page, context } = await open(`lang=${lang}&node=ai-server`, width);
      // The market's chart in the overview and in the node's details, and the donut.
      const texts = await page.$$eval('svg [data-annotation] text', (ts) => ts.map((t) => t.textContent));
      const slowing = lang === 'zh' ? '市场增速逐步放缓' : 'Growth is slowing';
      assert.equal(texts.filter((t) => t === slowing).length, 2, texts.join('|'));
      assert.equal(texts.filter((t) => /推理型服务器|Inference servers/.test(t)).length, 1, texts.join('|'));
      assert.deepEqual(await clashes(page), []);
      // The summary a screen reader hears names them.
      const summary = await page.locator('[data-file=ai-server-training-inference] .summary').textContent();
      assert.match(summary, lang === 'zh' ? /注:预计未来推理型服务器将逐渐成为市场主流。$/ : /Note: Inference servers are expected to become the mainstream\.$/);
      await context.close();
    });
  }
}

test('an annotation is in its chart\'s table and in its exported SVG', async () => {
  const { page, context } = await open('');
  const figure = page.locator('.overview figure[data-file=ai-server-market-size]');
  assert.equal(await figure.locator('tfoot').textContent(), '注:市场增速逐步放缓(2022—2026年)。');
  const [d] = await Promise.all([page.waitForEvent('download'), figure.locator('[data-export=svg]').click()]);
  const svg = await readFile(await d.path(), 'utf8');
  assert.match(svg, /<g class="annotation" data-annotation="1"><path d="M[\d.]+ 19V15H[\d.]+V19"><\/path><text x="[\d.]+" y="11">市场增速逐步放缓<\/text><\/g>/);
  await context.close();
});

test('a node\'s details name the report of each figure the article says it shows', async () => {
  const { page, context } = await open('lang=en', 1280);
  await page.click('button[data-node=gpu]');
  const details = page.locator('[data-details=gpu]');
  await details.waitFor();
  const gpu2023 = details.locator('.figures li[data-metric=market_size]').first();
  assert.equal(await gpu2023.locator('.report').textContent(),
    '\nReport: China GPU Industry: Market Survey and Trend Forecast, 2025–2030 (《2025-2030年中国GPU行业市场现状调研及发展趋势预测研究报告》)');
  assert.equal(await gpu2023.locator('.report span[lang=zh]').count(), 1);
  // The analysts' forecasts: no report.
  assert.equal(await details.locator('.figures li[data-kind=forecast] .report').count(), 0);
  // Under its chart: the article's source line, then the report.
  assert.equal(await details.locator('figure .source').first().evaluate((p) => p.firstChild.textContent), 'Data: compiled by Askci Research Institute');
  await context.close();
});

test('"Cite this graphic" shows the citation, with the address the widget is served from, and copies it', async () => {
  for (const [lang, start, said] of [['zh', '中商情报网:《中国AI服务器产业链》(交互图表,数据版本2026-12-07)。数据来源:中商产业研究院、FROST&SULLIVAN、IDC、工信部。', '已复制'],
    ['en', 'Askci, “China\'s AI-server industry chain” (interactive graphic, data version 2026-12-07). Source: Askci Research Institute; Frost & Sullivan; IDC; Ministry of Industry and Information Technology. ', 'Copied']]) {
    const { page, context } = await open(`lang=${lang}&node=gpu`);
    await page.click('[data-action=cite]');
    const field = page.locator('textarea[data-cite]');
    const address = new URL(env.server.url).href.split(/[?#]/)[0];
    assert.equal(await field.inputValue(), start + address);
    assert.equal(await page.locator('.shared').evaluate((s) => s.firstChild.textContent), said);
    // Left selected: what was copied, or for the reader to copy where the browser would not.
    assert.equal(await field.evaluate((f) => f.value.slice(f.selectionStart, f.selectionEnd)), start + address);
    await context.close();
  }
});

/** A PNG's width and height, from its header. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

for (const [query, file] of [['lang=en&theme=dark', 'en-dark'], ['', 'zh-light']]) {
  test(`the map downloads as SVG, PNG and a social card in the reader's language and theme (${file})`, async () => {
    const { page, context } = await open(query);
    const links = page.locator('.map-exports a[data-export]');
    const shown = await links.evaluateAll((as) => as.filter((a) => a.offsetParent).map((a) => [a.dataset.export, a.getAttribute('href')]));
    assert.deepEqual(shown, [['map-svg', `ai-server-chain-map-${file}.svg`], ['map-png', `ai-server-chain-map-${file}.png`],
      ['map-card', `ai-server-chain-map-card-${file}.png`]]);
    const save = async (kind) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`.map-exports a[data-export=${kind}]:visible`).click()]);
      return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
    };
    const svg = await save('map-svg');
    assert.equal(svg.name, `ai-server-chain-map-${file}.svg`);
    const names = await page.$$eval('.chain-map button[data-node] .name', (ns) => ns.map((n) => n.textContent));
    assert.equal(names.length, 15);
    const texts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('text')].map((t) => t.textContent);
    }, svg.bytes.toString('utf8'));
    for (const n of names) assert.ok(texts.includes(n), n);
    assert.ok(texts.some((t) => t.startsWith(file.startsWith('en') ? 'Source: Askci Research Institute; Frost & Sullivan' : '数据来源:中商产业研究院、FROST&SULLIVAN')), texts.join('|'));
    assert.ok(texts.includes(file.startsWith('en') ? 'China\'s AI-server industry chain' : '中国AI服务器产业链'));
    const [w, h] = pngSize((await save('map-png')).bytes);
    assert.equal(w, 2016);
    assert.ok(h > 1000, `${h}`);
    assert.deepEqual(pngSize((await save('map-card')).bytes), [1080, 1350]);
    await context.close();
  });
}
