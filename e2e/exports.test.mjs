// Exports for the graphics desk: SVG and PNG of a chart, the CSV of a view, and print.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { LIVE, cutCards, useBrowser } from './browser.mjs';

const env = await useBrowser('dist');

async function open(query) {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}?${query}`);
  await page.waitForSelector(LIVE);
  return { page, context };
}

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

export const sizes = {};

test('a chart downloads as a standalone SVG that names its source', async () => {
  const { page, context } = await open('node=gpu&lang=en');
  const { name, bytes } = await download(page, '.panel figure[data-file=gpu-market-size] [data-export=svg]');
  assert.equal(name, 'ai-server-chain-gpu-market-size.svg');
  sizes.svg = bytes.length;
  const check = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.namespaceURI,
      bars: doc.querySelectorAll('rect[data-series="gpu/market_size"]').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      external: [...doc.querySelectorAll('[href], image, use')].length,
    };
  }, bytes.toString('utf8'));
  assert.equal(check.error, null);
  assert.equal(check.root, 'http://www.w3.org/2000/svg');
  assert.equal(check.bars, 4);
  assert.ok(check.texts.includes('GPUs: Market size (CNY bn)'), check.texts.join('|'));
  // The article's source line and the report the figures come from (wrapped over lines).
  assert.ok(check.texts.includes('Data: compiled by Askci Research Institute'), check.texts.join('|'));
  assert.ok(check.texts.some((t) => t.startsWith('Report: China GPU Industry: Market Survey')), check.texts.join('|'));
  assert.match(check.texts.join(''), /\(《2025-2030年中国GPU行业市场现状调研及发展趋势预测研究报告》\)$/);
  assert.ok(check.texts.some((t) => t.includes('Forecast (E)')));
  assert.equal(check.external, 0);
  await context.close();
});

test('every text of every chart file lies inside the file, in both languages', async () => {
  for (const query of ['', 'lang=en']) {
    const { page, context } = await open(query);
    const files = await page.$$eval('figure[data-file]', (fs) => fs.map((f) => f.dataset.file));
    assert.equal(files.length, 6, query);
    for (const file of files) {
      const { bytes } = await download(page, `figure[data-file="${file}"] [data-export=svg]`);
      // Drawn in the page as the file itself, its texts' boxes measured against its viewBox.
      const outside = await page.evaluate((text) => {
        const holder = document.createElement('div');
        holder.innerHTML = text;
        document.body.append(holder);
        const svg = holder.querySelector('svg');
        const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
        const out = [...svg.querySelectorAll('text')].filter((t) => {
          const box = t.getBBox();
          // From the text's own units (a chart's nested viewBox) to the file's.
          const m = svg.getScreenCTM().inverse().multiply(t.getScreenCTM());
          const corner = (x, y) => new DOMPoint(x, y).matrixTransform(m);
          const [a, b] = [corner(box.x, box.y), corner(box.x + box.width, box.y + box.height)];
          return a.x < -0.5 || a.y < -0.5 || b.x > w + 0.5 || b.y > h + 0.5;
        }).map((t) => t.textContent);
        holder.remove();
        return out;
      }, bytes.toString('utf8'));
      assert.deepEqual(outside, [], `${file} ${query}`);
    }
    await context.close();
  }
});

test('a chart downloads as a PNG at least 1200 px wide', async () => {
  const { page, context } = await open('');
  await page.waitForSelector('figure[data-file=upstream-market-size]');
  const { name, bytes } = await download(page, 'figure[data-file=upstream-market-size] [data-export=png]');
  assert.equal(name, 'ai-server-chain-upstream-market-size.png');
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  sizes.png = { bytes: bytes.length, width, height };
  assert.ok(width >= 1200, `${width} px wide`);
  assert.ok(height > 600, `${height} px high`);
  // Not blank: a PNG of a drawn chart compresses to far more than an empty canvas.
  assert.ok(bytes.length > 20000, `${bytes.length} bytes`);
  await context.close();
});

test('print shows the map, charts, tables and sources and no controls', async () => {
  const { page, context } = await open('node=gpu');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.filters').isVisible(), false);
  assert.equal(await page.locator('.exports').first().isVisible(), false);
  for (const sel of ['.chain-map', '.panel figure', 'table.series', 'footer.sources']) {
    assert.ok(await page.locator(sel).first().isVisible(), sel);
  }
  // On paper a node's details follow the map rather than cover it (as on a narrow screen).
  const [mapBottom, detailsTop] = await page.evaluate(() => [
    document.querySelector('.chain-map').getBoundingClientRect().bottom,
    document.querySelector('[data-details]').getBoundingClientRect().top,
  ]);
  assert.ok(detailsTop >= mapBottom, `details at ${detailsTop}, map ends at ${mapBottom}`);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000);
  sizes.pdf = pdf.length;
  await context.close();
});

after(() => console.log(`export sizes: ${JSON.stringify(sizes)}`));

test('the map fits the width it is printed or shown at: three columns from 632 px, stacked below, no card text cut in print', async () => {
  const { page, context } = await open('');
  const columns = () => page.$$eval('.chain-map button[data-node]', (bs) => {
    const map = document.querySelector('.chain-map').getBoundingClientRect();
    const lefts = new Set(bs.map((b) => Math.round(b.getBoundingClientRect().left)));
    const inside = bs.every((b) => {
      const r = b.getBoundingClientRect();
      return r.left >= map.left - 0.5 && r.right <= map.right + 0.5;
    });
    return { columns: lefts.size, inside };
  });
  assert.deepEqual(await columns(), { columns: 3, inside: true });
  // An A4 page is about 680 CSS px wide inside its margins.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 700, height: 1000 });
  assert.deepEqual(await columns(), { columns: 3, inside: true });
  assert.deepEqual(await cutCards(page), [], 'no card text cut in print');
  // English names and figures are the longer ones: two lines each in narrow columns.
  await page.goto(`${env.server.url}?lang=en`);
  await page.waitForSelector(LIVE);
  assert.deepEqual(await cutCards(page), [], 'no card text cut in print, in English');
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 631, height: 1000 });
  assert.deepEqual(await columns(), { columns: 2, inside: true });
  await page.setViewportSize({ width: 320, height: 1000 });
  assert.deepEqual(await columns(), { columns: 2, inside: true });
  await context.close();
});
