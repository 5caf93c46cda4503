// The widget embedded in a news article (examples/article.html): iframe heights follow the
// content, the article controls the widget, junk messages change nothing, nothing is requested
// from another origin; and the single-file build works from disk.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { LIVE, settled, useBrowser } from './browser.mjs';

const env = await useBrowser('.');

async function article(width) {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${env.server.url}examples/article.html`);
  const frames = {};
  for (const [name, sel] of [['pym', '#with-pym iframe'], ['embedjs', 'iframe[data-ai-chain]']]) {
    const handle = await page.waitForSelector(sel);
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await frame.waitForSelector(LIVE);
    frame.on?.('pageerror', (e) => problems.push(e.message));
    frames[name] = { handle, frame };
  }
  return { page, frames, problems, requests };
}


const heights = {};
for (const width of [320, 768, 1280]) {
  test(`at ${width} px the iframes take the widget's height, growing and shrinking`, async () => {
    const { page, frames, problems } = await article(width);
    for (const name of ['pym', 'embedjs']) {
      const f = frames[name];
      const first = await settled(f);
      assert.ok(Math.abs(first.outer - first.inner) <= 2, `${name}: ${JSON.stringify(first)}`);
      heights[`${name}@${width}`] = Math.round(first.outer);
      // A node's details open over or beside the map (the section grows only by what they pass
      // its end); closing them gives the height back, and the iframe follows both.
      const open = name === 'pym' ? 'gpu' : 'memory';
      if (name === 'embedjs') await f.frame.click('[data-details] .close'); // close the preselected node
      await settled(f);
      const before = await settled(f);
      const history0 = await page.evaluate(() => history.length);
      await f.frame.click(`button[data-node=${open}]`);
      await f.frame.waitForSelector(`[data-details=${open}]`);
      const opened = await settled(f);
      assert.ok(opened.outer >= before.outer - 2, `${name} opened: ${before.outer} -> ${opened.outer}`);
      assert.ok(Math.abs(opened.outer - opened.inner) <= 2, `${name} opened: ${JSON.stringify(opened)}`);
      await f.frame.press(`[data-details=${open}] .close`, 'Escape');
      await f.frame.waitForSelector('[data-details]', { state: 'detached' });
      const closed = await settled(f);
      assert.ok(Math.abs(closed.outer - before.outer) <= 2, `${name} closed: ${before.outer} -> ${closed.outer}`);
      // Unfolding the tables grows the widget; folding them shrinks it again.
      await f.frame.click('#tables summary');
      const grown = await settled(f);
      assert.ok(grown.outer > closed.outer + 100, `${name} grows: ${closed.outer} -> ${grown.outer}`);
      assert.ok(Math.abs(grown.outer - grown.inner) <= 2, `${name} grown: ${JSON.stringify(grown)}`);
      await f.frame.click('#tables summary');
      const shrunk = await settled(f);
      assert.ok(shrunk.outer < grown.outer - 100, `${name} shrinks: ${grown.outer} -> ${shrunk.outer}`);
      assert.ok(Math.abs(shrunk.outer - shrunk.inner) <= 2, `${name} shrunk: ${JSON.stringify(shrunk)}`);
      // Inside an iframe the reader's changes replace the history entry: the article's back button stays the article's.
      assert.equal(await page.evaluate(() => history.length), history0, `${name}: history grew`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the article controls the widget; junk messages change nothing; no foreign request', async () => {
  const { page, frames, problems, requests } = await article(1280);
  const { handle, frame } = frames.pym;
  // The widget announces changes to the article.
  await page.evaluate(() => {
    window.announced = [];
    addEventListener('message', (e) => e.data && e.data.type === 'ai-chain:state' && window.announced.push(e.data.state));
  });
  const send = (msg) => handle.evaluate((el, m) => el.contentWindow.postMessage(m, '*'), msg);
  await send({ type: 'ai-chain:set', state: { node: 'gpu', lang: 'en' } });
  await frame.waitForSelector('[data-details=gpu]');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
  await send({ type: 'ai-chain:set', state: { tier: 'upstream', node: '' } });
  await frame.waitForSelector('.panel', { state: 'detached' });
  assert.equal(await frame.locator('.filters [data-action=tier-downstream]').getAttribute('aria-pressed'), 'false');
  await page.waitForFunction(() => window.announced.length >= 2);
  const last = await page.evaluate(() => window.announced.at(-1));
  assert.deepEqual(last.tier, ['upstream']);
  assert.equal(last.node, null);
  assert.equal(last.lang, 'en');
  // What the widget announces sets the view back as it was: `tier` a list, `node` null, every
  // field present, and nothing warned about.
  const warnings = [];
  frame.page().on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await send({ type: 'ai-chain:set', state: { tier: ['midstream', 'downstream'], node: 'gpu', lang: 'zh' } });
  await frame.waitForSelector('[data-details=gpu]');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'zh');
  assert.equal(await frame.locator('.filters [data-action=tier-upstream]').getAttribute('aria-pressed'), 'false');
  assert.equal(await frame.locator('.filters [data-action=tier-midstream]').getAttribute('aria-pressed'), 'true');
  await send({ type: 'ai-chain:set', state: last });
  await frame.waitForSelector('.panel', { state: 'detached' });
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
  for (const [tier, pressed] of [['upstream', 'true'], ['midstream', 'false'], ['downstream', 'false']]) {
    assert.equal(await frame.locator(`.filters [data-action=tier-${tier}]`).getAttribute('aria-pressed'), pressed);
  }
  await page.waitForFunction((n) => window.announced.length > n, 2);
  assert.deepEqual(await page.evaluate(() => window.announced.at(-1)), last);
  assert.deepEqual(warnings.filter((w) => w.includes('ai-chain')), []);
  // The article can hide the filter bar and show it again.
  // (The address follows each change after its frame: wait for it, so that the junk below is
  // compared with the address of the last real change.)
  await send({ type: 'ai-chain:set', state: { controls: false } });
  await frame.waitForSelector('.filter-box', { state: 'hidden' });
  await frame.waitForFunction(() => location.search.includes('controls=0'));
  await send({ type: 'ai-chain:set', state: { controls: true } });
  await frame.waitForSelector('.filter-box', { state: 'visible' });
  await frame.waitForFunction(() => !location.search.includes('controls=0'));
  // Junk: none of it changes the view or raises an error.
  const before = await frame.evaluate(() => location.search);
  for (const junk of [
    'hello', 42, null, [], { type: 'ai-chain:set' }, { type: 'ai-chain:set', state: { node: 'tpu' } },
    { type: 'ai-chain:set', state: { from: 'soon' } }, { type: 'ai-chain:set', state: { colour: 'red' } },
    { type: 'other', state: {} }, { type: 'ai-chain:set', state: { lang: '<img src=x onerror=alert(1)>' } },
    'pymxPYMxai-chain-pymxPYMxwidthxPYMx600',
  ]) {
    await send(junk);
  }
  await page.waitForTimeout(300);
  assert.equal(await frame.evaluate(() => location.search), before);
  assert.equal(await frame.locator('img').count(), 0);
  assert.equal(await frame.locator('.chain-map button[data-node]').count(), 15);
  // Messages from anything but the parent page are ignored too.
  await frame.evaluate(() => window.postMessage({ type: 'ai-chain:set', state: { node: 'cpu' } }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await frame.locator('.panel').count(), 0);
  const foreign = requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the single file renders every node from file://', async () => {
  const page = await env.browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`file://${resolve('dist-single/ai-server-chain.html')}`);
  await page.waitForSelector(LIVE);
  assert.equal(await page.locator('.chain-map button[data-node]').count(), 15);
  await page.click('button[data-node=optical]');
  await page.waitForSelector('[data-details=optical]');
  assert.deepEqual(problems, []);
  await page.close();
});

after(() => console.log(`iframe heights (px): ${JSON.stringify(heights)}`));

/** Puts an iframe of `src` (styled by `css`) at the top of the page's body; the page collects every
 *  message it receives in `window.got`. */
async function addFrame(page, src, css) {
  await page.evaluate(([src, css]) => {
    window.got = [];
    addEventListener('message', (e) => window.got.push(e.data));
    const f = document.createElement('iframe');
    f.src = src;
    f.style.cssText = css;
    document.body.prepend(f);
  }, [src, css]);
}

test('with childId and id in its URL the widget also posts Pym.js and Datawrapper heights', async () => {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(`${env.server.url}examples/article.html`);
  await addFrame(page, `${env.server.url}dist/index.html?childId=c1&id=dw-1`, 'width:700px');
  await page.waitForFunction(() => window.got.some((m) => typeof m === 'string' && m.startsWith('pymxPYMxc1xPYMxheightxPYMx'))
    && window.got.some((m) => m && m['datawrapper-height'] && m['datawrapper-height']['dw-1'] > 500));
  const pym = await page.evaluate(() => window.got.find((m) => typeof m === 'string' && m.startsWith('pymxPYMxc1')));
  const dw = await page.evaluate(() => window.got.find((m) => m && m['datawrapper-height'])['datawrapper-height']['dw-1']);
  assert.equal(Number(pym.split('xPYMx').at(-1)) > 500, true);
  assert.ok(Number.isInteger(dw));
  await page.close();
});

test('an iframe far below the fold, on another origin, takes over unseen and reports its height once near', async () => {
  // Chromium draws no frames for a cross-origin iframe off screen: the widget takes the static view
  // over after its first frame, or after 100 ms when no frame comes. Its height (a ResizeObserver,
  // which runs with frames) follows once the reader nears it.
  const page = await env.browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.goto(`${env.server.url.replace('127.0.0.1', 'localhost')}no-such-page`);
  await addFrame(page, `${env.server.url}dist/index.html`, 'margin-top:4000px;width:700px;height:300px');
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => !document.querySelector('main[data-static]') && !!document.querySelector('main.widget .chain-map button[data-node]'), null, { polling: 50, timeout: 5000 });
  assert.equal(await page.evaluate(() => window.got.length), 0, 'no frame, no height yet');
  await handle.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.got.some((m) => m && m.type === 'embed-size' && m.height > 500), null, { polling: 50, timeout: 5000 });
  await page.close();
});
