// The article around the widget (embed.js): story steps as the reader scrolls
// (examples/story.html), a bad step named in the article's console, and a shared link's
// `aichain` passed into the widget by embed.js and by Pym.js (its parentUrl).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './browser.mjs';

const env = await useBrowser('.');

/** The story chart's address and whether its upstream chart is drawn as an index. */
const shown = (frame) => frame.evaluate(() => ({
  search: location.search,
  index: document.querySelector('[data-action=index]')?.getAttribute('aria-pressed'),
  years: [...document.querySelectorAll('figure[data-file="upstream-market-size"] .hotspot')].map((b) => b.dataset.year).join(),
}));

test('the story page sets its chart step by step as the reader scrolls', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1024, height: 800 } });
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${env.server.url}examples/story.html`);
  const frame = await (await page.waitForSelector('#story-chart')).contentFrame();
  await frame.waitForSelector('main.widget:not([data-static]) figure[data-file="upstream-market-size"]');
  const steps = page.locator('[data-ai-chain-step]');
  // What each step shows: the chart as an index or not, its first and last years, its address.
  const expect = [
    { index: 'false', from: '2022', to: '2026', search: '?part=chart:upstream-market-size&plain=1' },
    { index: 'true', from: '2023', to: '2026', search: '?scale=index&part=chart:upstream-market-size&plain=1' },
    { index: 'true', from: '2023', to: '2024', search: '?forecast=0&scale=index&part=chart:upstream-market-size&plain=1' },
    { index: 'false', from: '2024', to: '2026', search: '?from=2024&part=chart:upstream-market-size&plain=1' },
  ];
  for (let i = 0; i < expect.length; i++) {
    // The step's middle to the screen's middle.
    await steps.nth(i).evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().top + e.offsetHeight / 2 - innerHeight / 2));
    await frame.waitForFunction((want) => {
      const index = document.querySelector('[data-action=index]')?.getAttribute('aria-pressed');
      const years = [...document.querySelectorAll('figure[data-file="upstream-market-size"] .hotspot')].map((b) => b.dataset.year);
      return index === want.index && years[0] === want.from && years.at(-1) === want.to && location.search === want.search;
    }, expect[i], { timeout: 5000 }).catch(async () => assert.fail(`step ${i + 1}: ${JSON.stringify(await shown(frame))}`));
  }
  assert.deepEqual(warnings, []);
  await page.close();
});

test('a bad step changes nothing and is named in the article\'s console', async () => {
  // Three steps an editor got wrong (an unknown node, a part, a widget that is not there), put
  // into the story before embed.js reads its steps.
  const fresh = await env.browser.newPage({ viewport: { width: 1024, height: 800 } });
  const said = [];
  fresh.on('console', (m) => m.type() === 'warning' && said.push(m.text()));
  await fresh.route('**/examples/story.html', async (route) => {
    const body = (await (await route.fetch()).text()).replace('</article>', `
      <p class="step" data-ai-chain-target="story-chart" data-ai-chain-step="node=tpu&amp;lang=en">bad node</p>
      <p class="step" data-ai-chain-target="story-chart" data-ai-chain-step="part=map">a part</p>
      <p class="step" data-ai-chain-target="nowhere" data-ai-chain-step="lang=en">no widget</p></article>`);
    await route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
  });
  await fresh.goto(`${env.server.url}examples/story.html`);
  const chart = await (await fresh.waitForSelector('#story-chart')).contentFrame();
  await chart.waitForSelector('main.widget:not([data-static])');
  const before = await chart.evaluate(() => location.search);
  const steps = fresh.locator('[data-ai-chain-step]');
  for (let i = 4; i < 7; i++) {
    await steps.nth(i).evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().top + e.offsetHeight / 2 - innerHeight / 2));
    await fresh.waitForTimeout(400);
  }
  const deadline = Date.now() + 5000;
  while (said.length < 3 && Date.now() < deadline) await fresh.waitForTimeout(100);
  assert.ok(said.some((w) => w.startsWith('ai-chain: story step "node=tpu&lang=en" ignored: node: unknown node id "tpu"')), said.join('\n'));
  assert.ok(said.some((w) => w.startsWith('ai-chain: story step "part=map" ignored: part: not settable here')), said.join('\n'));
  assert.ok(said.some((w) => w.startsWith('ai-chain: story step "lang=en" names no <iframe data-ai-chain> with the id "nowhere"')), said.join('\n'));
  // The bad steps changed nothing: still Chinese, no node.
  assert.equal(await chart.evaluate(() => location.search), before);
  assert.equal(await chart.evaluate(() => document.documentElement.lang), 'zh');
  await fresh.close();
});

test('a shared link\'s aichain reaches the widget through embed.js and through Pym.js, the article\'s own parameters kept', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}examples/article.html?utm_source=x&aichain=node%3Dgpu%26lang%3Den`);
  assert.equal(new URL(page.url()).searchParams.get('utm_source'), 'x');
  // embed.js put it into its frame's address; Pym.js passed the article's address (parentUrl).
  for (const sel of ['iframe[data-ai-chain]', '#with-pym iframe']) {
    const handle = await page.waitForSelector(sel);
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await frame.waitForSelector('main.widget:not([data-static]) [data-details="gpu"]', { timeout: 10000 });
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en', sel);
  }
  await page.close();
});

/** Clicks the share control in `frame` and returns the link it shows. */
async function share(frame) {
  await frame.click('main.widget:not([data-static]) [data-action=share]');
  return frame.locator('.shared textarea').inputValue();
}

test('share inside an embedded widget links back to the article in that view; the link opens it', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}examples/article.html?utm_source=x#comments`);
  const links = {};
  for (const [name, sel] of [['embed.js', 'iframe[data-ai-chain]'], ['pym', '#with-pym iframe']]) {
    const handle = await page.waitForSelector(sel);
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await frame.selectOption('main.widget:not([data-static]) select[data-action=node]', 'optical');
    await frame.click('main.widget:not([data-static]) [data-action=lang]');
    await frame.waitForSelector('[data-details="optical"]');
    links[name] = await share(frame);
    // No share sheet in this browser: the link is shown and copied, and the live region says so.
    assert.equal(await frame.locator('.shared[role=status]').evaluate((e) => e.firstChild.textContent), 'Copied', name);
  }
  // Each link carries that widget's view (the embed.js one was embedded showing the upstream tier).
  const article = `${env.server.url}examples/article.html?utm_source=x&aichain=`;
  assert.deepEqual(links, {
    'embed.js': `${article}lang%3Den%26tier%3Dupstream%26node%3Doptical#comments`,
    pym: `${article}lang%3Den%26node%3Doptical#comments`,
  });
  // The next reader opens the link: the article, its own parameter kept, and the widgets in that view.
  const next = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await next.goto(links.pym);
  assert.equal(new URL(next.url()).searchParams.get('utm_source'), 'x');
  for (const sel of ['iframe[data-ai-chain]', '#with-pym iframe']) {
    const handle = await next.waitForSelector(sel);
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await frame.waitForSelector('main.widget:not([data-static]) [data-details="optical"]', { timeout: 10000 });
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en', sel);
  }
  await next.close();
  await page.close();
});

test('share at the top level gives the widget\'s own address; a share sheet takes it where there is one', async () => {
  const page = await env.browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(`${env.server.url}dist/index.html?node=gpu&tier=upstream`);
  assert.equal(await share(page), `${env.server.url}dist/index.html?tier=upstream&node=gpu`);
  const phone = await env.browser.newPage({ viewport: { width: 375, height: 740 } });
  await phone.addInitScript(() => {
    navigator.share = (data) => { window.shared = data; return Promise.reject(new DOMException('closed', 'AbortError')); };
  });
  const errors = [];
  phone.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  phone.on('pageerror', (e) => errors.push(e.message));
  await phone.goto(`${env.server.url}dist/index.html?lang=en`);
  await phone.click('main.widget:not([data-static]) [data-action=share]');
  await phone.waitForFunction(() => window.shared);
  assert.deepEqual(await phone.evaluate(() => window.shared), {
    url: `${env.server.url}dist/index.html?lang=en`, title: "China's AI-server industry chain",
  });
  await phone.waitForTimeout(200);
  // The reader closed the sheet: no link shown, nothing in the console.
  assert.equal(await phone.locator('.shared textarea').count(), 0);
  assert.deepEqual(errors, []);
  await phone.close();
  await page.close();
});
