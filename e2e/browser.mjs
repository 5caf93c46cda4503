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

/** The live widget's map (the static first view, `main[data-static]`, looks the same but is inert). */
export const LIVE = 'main.widget:not([data-static]) .chain-map button[data-node]';
