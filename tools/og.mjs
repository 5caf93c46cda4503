// Writes dist/og.png, the image link previews show (Open Graph, 1200×630): the static first view
// as a reader without script sees it, photographed by Debian's Chromium. With SITE_URL set (the
// address the bundle will be served from), og:image in dist/index.html becomes absolute, as
// some previewers require.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';

const page = 'dist/index.html';
// Served over http: from file:// the browser refuses the stylesheet's integrity check.
const server = await serve('dist');
const browser = await chromium.launch(launchOptions);
const context = await browser.newContext({ viewport: { width: 1200, height: 630 }, javaScriptEnabled: false });
const tab = await context.newPage();
await tab.goto(server.url);
if (!(await tab.$('main[data-static] .chain-map button[data-node]'))) {
  throw new Error('dist/index.html has no static first view: run trunk build (its post-build hook)');
}
await tab.screenshot({ path: 'dist/og.png' });
await browser.close();
await server.close();

const site = process.env.SITE_URL;
if (site) {
  const html = await readFile(page, 'utf8');
  const image = new URL('og.png', site.endsWith('/') ? site : `${site}/`).href;
  // The tag as Trunk's minifier writes it (attributes in any order, quotes dropped).
  const out = html.replace(/<meta\b[^>]*\bog:image"?(?=[\s/>])[^>]*>/, (tag) => tag.replace(/content=("[^"]*"|[^\s>]+)/, `content="${image}"`));
  if (out === html) throw new Error('no og:image meta tag in dist/index.html');
  await writeFile(page, out);
}
console.log(`dist/og.png${site ? `, og:image ${site}` : ''}`);
