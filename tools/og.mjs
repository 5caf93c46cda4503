// Writes dist/og.png, the image link previews show (Open Graph, 1200×630): the static first view
// as a reader without script sees it, photographed by Debian's Chromium. With SITE_URL set (the
// address the bundle will be served from), og:image in dist/index.html becomes absolute, as
// some previewers require. Then the chain map's images, from the SVG files the post-build step
// wrote (render::export::map_file): each as a PNG at twice its size, and as a 1080×1350 card for
// social posts.
import { readdir, readFile, writeFile } from 'node:fs/promises';
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

const maps = (await readdir('dist')).filter((f) => /^ai-server-chain-map-(zh|en)-(light|dark)\.svg$/.test(f));
if (maps.length !== 4) throw new Error(`dist/ holds ${maps.length} map SVG files, not 4: run trunk build (its post-build hook)`);
for (const file of maps) {
  const svg = await readFile(`dist/${file}`, 'utf8');
  const [, width, height] = svg.match(/^<svg [^>]*width="([\d.]+)" height="([\d.]+)"/).map(Number);
  const background = svg.match(/<rect width="100%" height="100%" fill="(#\w+)"/)[1];
  const shot = async (viewport, scale, body, path) => {
    const photo = await browser.newContext({ viewport, deviceScaleFactor: scale, javaScriptEnabled: false });
    const p = await photo.newPage();
    await p.setContent(`<body style="margin:0;background:${background}">${body}</body>`);
    await p.screenshot({ path });
    await photo.close();
  };
  await shot({ width: Math.ceil(width), height: Math.ceil(height) }, 2, svg, `dist/${file.replace(/\.svg$/, '.png')}`);
  // The card: the map across its width, in the middle of its height.
  const fitted = svg.replace(/width="[\d.]+" height="[\d.]+"/, 'width="1080" height="100%"');
  await shot({ width: 1080, height: 1350 }, 1, `<div style="display:grid;place-items:center;height:1350px">${fitted.replace('height="100%"', `height="${Math.round(1080 * height / width)}"`)}</div>`,
    `dist/${file.replace('-map-', '-map-card-').replace(/\.svg$/, '.png')}`);
}
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
console.log(`dist/og.png${site ? `, og:image ${site}` : ''}; the map as PNG and as a card, from ${maps.join(', ')}`);
