// Accessibility in a real browser: axe-core (WCAG 2.2 A and AA rules) over the views readers see,
// Chinese text marked on English pages, and the whole widget operated by keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LIVE, recordMoves, useBrowser } from './browser.mjs';

const env = await useBrowser('dist');

async function open(query, { width = 1280, scheme = 'light' } = {}) {
  const page = await env.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(`${env.server.url}?${query}`);
  await page.waitForSelector(LIVE);
  return page;
}

async function axe(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

const VIEWS = [
  ['default', ''],
  ['upstream only', 'tier=upstream'],
  ['midstream only', 'tier=midstream'],
  ['downstream only', 'tier=downstream'],
  ['GPU selected', 'node=gpu'],
  ['English, AI servers selected', 'lang=en&node=ai-server'],
  ['dark', 'theme=dark&node=optical'],
  ['dark English index', 'theme=dark&lang=en&scale=index'],
];

for (const [name, query] of VIEWS) {
  test(`axe finds no violation: ${name}`, async () => {
    const page = await open(query);
    assert.deepEqual(await axe(page), []);
    await page.close();
  });
}

test('axe finds no violation at 320 px, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await open('node=datacenter', { width: 320, scheme });
    assert.deepEqual(await axe(page), [], scheme);
    await page.close();
  }
});

test('no English view shows Chinese text that is not marked lang="zh"', async () => {
  for (const query of ['lang=en', 'lang=en&node=gpu', 'lang=en&node=optical', 'lang=en&node=ai-server&scale=index', 'lang=en&node=internet']) {
    const page = await open(query);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const unmarked = await page.evaluate(() => {
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const t = walker.currentNode;
        if (/[\u3400-\u9fff]/.test(t.textContent) && t.parentElement.closest('[lang]')?.getAttribute('lang') !== 'zh') {
          out.push(t.textContent.trim().slice(0, 40));
        }
      }
      for (const el of document.querySelectorAll('[aria-label]')) {
        if (/[\u3400-\u9fff]/.test(el.getAttribute('aria-label')) && el.closest('[lang]')?.getAttribute('lang') !== 'zh') out.push(`aria-label: ${el.getAttribute('aria-label').slice(0, 40)}`);
      }
      return out;
    });
    assert.deepEqual(unmarked, [], query);
    await page.close();
  }
});

test('the whole widget works by keyboard alone, with a visible focus everywhere', async () => {
  const page = await open('');
  const stops = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        what: el.dataset.node ? `node:${el.dataset.node}` : el.dataset.action ? `action:${el.dataset.action}`
          : el.dataset.csv ? `csv:${el.dataset.csv}`
          : el.matches('#tables summary') ? 'tables' : el.className || el.tagName.toLowerCase(),
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  const seen = stops.map((s) => s.what);
  for (const want of ['skip', 'action:tier-upstream', 'action:tier-midstream', 'action:tier-downstream', 'action:node', 'action:from',
    'action:to', 'action:forecast', 'action:reset', 'action:lang', 'action:theme', 'action:absolute', 'action:index', 'hotspot', 'tables',
    'csv:all', 'csv:view']) {
    assert.ok(seen.includes(want), `${want} not reached by Tab: ${seen.join(', ')}`);
  }
  assert.equal(seen.filter((s) => s.startsWith('node:')).length, 1, 'the map is one Tab stop');
  assert.deepEqual(stops.filter((s) => !s.visible).map((s) => s.what), [], 'focus visible on every stop');

  // Operate: the skip link jumps to the tables and unfolds them, so that the next stops are the
  // tables' own (a heading, the fold, then each table's scrolling region); Space toggles a tier;
  // arrows and Enter open a node.
  await page.keyboard.press('Shift+Tab');
  await page.focus('.skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#tables');
  assert.equal(await page.getAttribute('#tables details', 'open'), '');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-labelledby')), 'series-caption');
  await page.focus('.filters [data-action=tier-downstream]');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('.filters [data-action=tier-downstream]', 'aria-pressed'), 'false');
  await page.focus('.chain-map button[tabindex="0"]');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.node), 'ai-server');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-details=ai-server]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.panel', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.dataset.node), 'ai-server');
  // A chart column's tooltip shows on keyboard focus.
  await page.focus('.overview .hotspot');
  assert.ok(await page.locator('.overview .hotspot:focus .tip').isVisible());
  await page.close();
});

test('at 200 % text nothing is cut off and nothing scrolls sideways', async () => {
  for (const width of [320, 1280]) {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    await context.addInitScript(() => { document.documentElement.style.fontSize = '200%'; });
    const page = await context.newPage();
    await page.goto(`${env.server.url}?node=gpu`);
    await page.waitForSelector(LIVE);
    const problems = await page.evaluate(() => {
      const out = [];
      for (const b of document.querySelectorAll('.chain-map button[data-node]')) {
        if (b.scrollHeight > b.clientHeight + 1) out.push(`${b.dataset.node} cut off`);
      }
      if (document.documentElement.scrollWidth > innerWidth) out.push(`page ${document.documentElement.scrollWidth} px wide`);
      return out;
    });
    assert.deepEqual(problems, [], `${width} px`);
    await context.close();
  }
});

test('marks grow in once the reader changes the view, never in the first view nor under prefers-reduced-motion', async () => {
  for (const [reducedMotion, moving] of [['no-preference', true], ['reduce', false]]) {
    const context = await env.browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.addInitScript(recordMoves);
    await page.goto(`${env.server.url}?node=gpu`);
    await page.waitForSelector(`${LIVE.split(' ')[0]} .panel rect.bar`);
    await page.waitForTimeout(400);
    assert.deepEqual(await page.evaluate(() => window.moves), [], 'first view');
    await page.click('.panel .close');
    await page.click('button[data-node=gpu]');
    await page.waitForSelector('.panel rect.bar');
    if (moving) await page.waitForFunction(() => window.moves.some((m) => m.startsWith('details bar')));
    else await page.waitForTimeout(400);
    const moves = await page.evaluate(() => window.moves);
    assert.equal(moves.length > 0, moving, `${reducedMotion}: ${moves.join(', ')}`);
    await context.close();
  }
});

test('under forced colours (Windows high contrast) the marks take the system text colour', async () => {
  const context = await env.browser.newContext({ forcedColors: 'active' });
  const page = await context.newPage();
  await page.goto(`${env.server.url}?node=gpu`);
  await page.waitForSelector('.panel rect.bar.actual');
  const [fill, text] = await page.evaluate(() => [
    getComputedStyle(document.querySelector('.panel rect.bar.actual')).fill,
    getComputedStyle(document.body).color,
  ]);
  assert.equal(fill, text);
  await context.close();
});

test("the tier toggles' names are their tiers: the check mark is drawn, not read", async () => {
  for (const query of ['', 'lang=en']) {
    const page = await open(query);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const toggles = nodes.filter((n) => n.role?.value === 'button' && n.properties?.some((p) => p.name === 'pressed'));
    const names = toggles.map((n) => n.name?.value).filter((n) => /上游|中游|下游|stream/i.test(n));
    assert.deepEqual(names, query ? ['Upstream', 'Midstream', 'Downstream'] : ['上游', '中游', '下游']);
    await page.close();
  }
});

test('the hint about arrow keys shows only where a keyboard is likely', async () => {
  const desktop = await open('');
  assert.ok(await desktop.locator('.chain > .hint').isVisible());
  await desktop.close();
  const phone = await open('', { width: 375 });
  assert.equal(await phone.locator('.chain > .hint').isVisible(), false);
  await phone.close();
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });
  const tablet = await context.newPage();
  await tablet.goto(env.server.url);
  await tablet.waitForSelector(LIVE);
  assert.equal(await tablet.evaluate(() => matchMedia('(pointer: coarse)').matches), true);
  assert.equal(await tablet.locator('.chain > .hint').isVisible(), false);
  await context.close();
});
