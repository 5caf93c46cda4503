// How the end-to-end scripts start Debian's Chromium (never a downloaded browser).
export const launchOptions = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** For one test file: serves `root` on 127.0.0.1 and starts Chromium before its tests, and stops
 *  both after them. The returned object holds `server` and `browser` once the tests run. */
export async function useBrowser(root) {
  const { before, after } = await import('node:test');
  const { chromium } = await import('playwright-core');
  const { serve } = await import('./server.mjs');
  const env = {};
  before(async () => {
    env.server = await serve(root);
    env.browser = await chromium.launch(launchOptions);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Waits until an iframe (`handle`, its `frame`) is as tall as the widget in it (within 2 px), as
 *  an article's resize script makes it; returns both heights. */
export async function settled({ handle, frame }) {
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = (await handle.boundingBox()).height;
    const inner = await frame.evaluate(() => document.querySelector('.widget').getBoundingClientRect().height);
    last = { outer, inner };
    if (Math.abs(outer - inner) <= 2) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

/** The live widget's map (the static first view, `main[data-static]`, looks the same but is inert). */
export const LIVE = 'main.widget:not([data-static]) .chain-map button[data-node]';

/** The map's cards whose text is cut: a line of the name or the figure clamped away, or either
 *  reaching below the card. Their `data-node` ids. */
export const cutCards = (page) => page.$$eval('.chain-map button[data-node]', (buttons) => buttons
  .filter((b) => {
    const box = b.getBoundingClientRect();
    return [...b.querySelectorAll('.name, .figure')]
      .some((e) => e.scrollHeight > e.clientHeight + 1 || e.getBoundingClientRect().bottom > box.bottom - 1);
  })
  .map((b) => b.dataset.node));

/** Records each chart mark that starts to move (a CSS transition or animation) in `window.moves`,
 *  as "<region> <class> <property or animation>". */
export function recordMoves() {
  window.moves = [];
  for (const type of ['transitionrun', 'animationstart']) {
    addEventListener(type, (e) => {
      if (!e.target.closest?.('.chart')) return;
      const region = e.target.closest('[data-region]')?.dataset.region;
      window.moves.push(`${region} ${e.target.getAttribute('class')} ${e.propertyName || e.animationName}`);
    }, true);
  }
}
