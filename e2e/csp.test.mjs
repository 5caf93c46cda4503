// Strict hosting (design.md): the bundle served with `Content-Security-Policy: default-src 'self';
// script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; …`, and the single file with the policy it
// carries (the same, its inline scripts and styles allowed by hash): no violation, the map laid
// out, clicks working, the static first view painted before the wasm; and a default load that
// writes nothing to the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { launchOptions, LIVE } from './browser.mjs';
import { serve } from './server.mjs';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
const SINGLE = 'ai-server-chain.html';

let browser;
const servers = {};
before(async () => {
  browser = await chromium.launch(launchOptions);
  servers.bundle = await serve('dist', { headers: { 'content-security-policy': STRICT } });
  const own = (await readFile('dist-single/csp.txt', 'utf8')).trim();
  servers.single = await serve('dist-single', { headers: { 'content-security-policy': own } });
  servers.open = await serve('dist');
});
after(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

/** A page that records every console message and every policy violation from its first script. */
async function watched(viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const console = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.push(`error: ${e.message}`));
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, console };
}

/** How many distinct rows the map's cards sit in (all 15 on one spot when places are lost). */
const rows = (page, scope) => page.$$eval(`${scope} .chain-map button[data-node]`,
  (b) => new Set(b.map((x) => Math.round(x.getBoundingClientRect().top))).size);

for (const [name, file] of [['the bundle', ''], ['the single file', SINGLE]]) {
  test(`${name} under the strict policy: no violation, the map laid out, a click answered`, async () => {
    const { page, console } = await watched();
    await page.goto(servers[file ? 'single' : 'bundle'].url + file);
    await page.waitForSelector(LIVE);
    assert.ok(await rows(page, 'main.widget') >= 7, 'the wide map: seven rows of cards and more');
    const hits = await page.$$eval('.overview figure[data-file="ai-server-market-size"] .hotspot',
      (b) => b.map((x) => Math.round(x.getBoundingClientRect().width)));
    assert.ok(hits.length === 5 && hits.every((w) => w > 20), `the chart's buttons have their places: ${hits}`);
    await page.click(`${LIVE}[data-node="gpu"]`);
    await page.waitForSelector('[data-details="gpu"]');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(console, []);
    await page.close();
  });
}

test('the static first view is laid out before the wasm arrives, under the strict policy', async () => {
  const { page } = await watched({ width: 375, height: 740 });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(servers.bundle.url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(300);
  assert.equal(await page.$$eval('main.widget', (m) => m.map((e) => e.hasAttribute('data-static')).join()), 'true');
  // The phone layout: two columns of cards under each other, 12 rows.
  const placed = await rows(page, 'main[data-static]');
  assert.ok(placed >= 9, `cards placed by the stylesheet: ${placed} rows`);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  release();
  await page.waitForSelector(LIVE);
  await page.close();
});

test('the default load writes nothing to the console', async () => {
  const { page, console } = await watched();
  await page.goto(servers.open.url);
  await page.waitForSelector(LIVE);
  await page.waitForTimeout(500);
  assert.deepEqual(console, []);
  await page.close();
});
