// A figure corrected after publication, from a fixture data file (tests/fixtures/correction.toml,
// appended to the article's data and built into dist-fixture/ by `make test`): marked on its
// chart, explained in its details and in the footer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LIVE, useBrowser } from './browser.mjs';

const fixture = await useBrowser('dist-fixture');
const article = await useBrowser('dist');

async function open(env, query) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}?${query}`);
  await page.waitForSelector(LIVE);
  return { page, context };
}

test('a corrected figure is marked on its chart and explained in its details and the footer', async () => {
  const { page, context } = await open(fixture, 'node=gpu');
  const details = page.locator('[data-details=gpu]');
  await details.waitFor();
  assert.equal(await details.locator('.figures [data-correction]').count(), 1);
  assert.equal(await details.locator('.figures li:has([data-correction]) .when').textContent(), '2024');
  assert.equal(await details.locator('.figures [data-correction]').textContent(), '更正(2026-12-08):原为约1070亿元。首次发布时数字有误。');
  // The chart's mark: the corrected column's label.
  const labels = await details.locator('figure[data-series="gpu/market_size"] svg text.value').allTextContents();
  assert.deepEqual(labels, ['807', '≈1073*', '1200', '~1300']);
  assert.equal(await page.locator('footer.sources [data-correction]').textContent(),
    'GPU · 市场规模 2024:约1073亿元*。更正(2026-12-08):原为约1070亿元。首次发布时数字有误。');
  await page.click('[data-action=lang]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.locator('footer.sources [data-correction]').textContent(), /^GPUs · Market size 2024: about CNY\u00a0107\.3\u00a0bn\*\. Correction \(2026-12-08\): was about CNY\u00a0107\u00a0bn\. The figure was wrong when first published\.$/);
  await context.close();
});

test('the article as published has no correction', async () => {
  const { page, context } = await open(article, 'node=gpu');
  await page.locator('[data-details=gpu]').waitFor();
  assert.equal(await page.locator('[data-correction]').count(), 0);
  assert.ok(!(await page.locator('svg text.value').allTextContents()).some((t) => t.includes('*')));
  await context.close();
});
