// A node's details open on the reader's screen, however the node is chosen (click, tap, Enter), on
// the widget's own page and inside an article's iframe, at desktop, tablet and phone sizes: their
// top above 85 % of the screen's height and at least 200 px of them on it (all, when shorter).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LIVE, useBrowser } from './browser.mjs';

const env = await useBrowser('.');
const SIZES = [[1280, 800], [1024, 768], [768, 1024], [375, 740]];
// A node with series, a downstream node with one figure, and one the source gives no figures for.
const NODES = ['gpu', 'telecom', 'pcb'];

/** The details' box on the reader's screen: inside an iframe, offset by the iframe's place. */
async function onScreen(page, frame, handle) {
  const box = await frame.$eval('[data-details]', (e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  const offset = handle ? (await handle.boundingBox()).y : 0;
  return { top: box.top + offset, bottom: box.bottom + offset, screen: page.viewportSize().height };
}

function assertInView({ top, bottom, screen }, what) {
  const height = bottom - top;
  const seen = Math.min(bottom, screen) - Math.max(top, 0);
  assert.ok(top < 0.85 * screen, `${what}: top at ${top.toFixed(0)} of ${screen}`);
  assert.ok(seen >= Math.min(200, height) - 1, `${what}: ${seen.toFixed(0)} px of ${height.toFixed(0)} on screen`);
}

/** Chooses `id` as a reader would (`how`), checks where its details are, then closes them. */
async function choose(page, frame, handle, id, how, what) {
  const card = frame.locator(`${LIVE}[data-node="${id}"]`);
  if (how === 'click') await card.click();
  else if (how === 'tap') await card.tap();
  else {
    await card.focus();
    await card.press('Enter');
  }
  await frame.waitForSelector(`[data-details="${id}"]`);
  const where = await page.evaluate(() => scrollY);
  // Placed in the frame after the one that draws them (in an iframe, once more a frame later).
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  assertInView(await onScreen(page, frame, handle), `${what} ${id} by ${how}`);
  const name = await frame.$eval('[data-details] h2', (h) => h.textContent);
  assert.equal(await frame.$eval('[data-details]', (e) => e.getAttribute('role')), 'region');
  assert.equal(await frame.$eval('[data-details]', (e) => e.getAttribute('aria-labelledby')), 'panel-title');
  assert.match(await frame.$eval('.chain .sr-only[aria-live]', (e) => e.textContent), new RegExp(name));
  if (how === 'Enter') {
    assert.equal(await frame.evaluate(() => document.activeElement.id), 'panel-title', `${what}: Enter moves focus into the details`);
    await page.keyboard.press('Escape');
    await frame.waitForSelector('[data-details]', { state: 'detached' });
    assert.equal(await frame.evaluate(() => document.activeElement.dataset.node), id, `${what}: Escape returns focus to the node`);
  } else {
    await frame.click('[data-details] .close');
    await frame.waitForSelector('[data-details]', { state: 'detached' });
    assert.equal(await frame.evaluate(() => document.activeElement.dataset.node), id, `${what}: Close returns focus to the node`);
  }
  // Nothing scrolled: closing leaves the reader where they were.
  assert.equal(await page.evaluate(() => scrollY), where, `${what}: the page scrolled`);
}

for (const [width, height] of SIZES) {
  test(`${width}×${height}: the details open on screen, on the page`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height }, hasTouch: true });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${env.server.url}dist/index.html`);
    await page.waitForSelector(LIVE);
    for (const id of NODES) {
      for (const how of ['click', 'tap', 'Enter']) await choose(page, page.mainFrame(), null, id, how, `page ${width}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${width}×${height}: the details open on the article's screen, inside its iframe`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height }, hasTouch: true });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${env.server.url}examples/article.html`);
    const handle = await page.waitForSelector('#with-pym iframe');
    const frame = await handle.contentFrame();
    await frame.waitForSelector(LIVE);
    for (const id of NODES) {
      // The article scrolled so the map sits mid-screen; the card itself is then brought on
      // screen as little as needed, as a reader scrolls to what they want to tap.
      await page.evaluate(async () => {
        const iframe = document.querySelector('#with-pym iframe');
        const map = iframe.contentDocument.querySelector('.chain-map').getBoundingClientRect();
        const top = iframe.getBoundingClientRect().top + window.scrollY + map.top;
        window.scrollTo(0, top + map.height / 2 - innerHeight / 2);
      });
      for (const how of ['click', 'tap', 'Enter']) await choose(page, frame, handle, id, how, `iframe ${width}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
