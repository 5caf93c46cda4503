// How often a page load asks Chromium's browser process about fonts (docs/performance-log.md,
// Round 12): on Linux the renderer cannot read fontconfig itself, so each character that no face
// of the stack has, and each new size and weight of a face, is a call across processes while the
// page is laid out. One load of each built bundle, with the wasm (so the live widget's text too).
//
//   node bench/fonts.mjs DIR [QUERY]...   e.g. node bench/fonts.mjs dist '' '?lang=en'
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';

const [dir, ...queries] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/fonts.mjs DIR [QUERY]...');
  process.exit(2);
}
const CALLS = {
  'WebSandboxSupportLinux::GetFallbackFontForCharacter': 'a face for a character',
  'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike': 'settings for a size and weight',
  'FontDataManager::onMatchFamilyStyle': 'a family by name',
};
const server = await serve(dir);
const browser = await chromium.launch(launchOptions);
for (const query of queries.length ? queries : ['']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await browser.startTracing(page, { categories: ['fonts'] });
  await page.goto(server.url + query, { waitUntil: 'load' });
  await page.waitForSelector('main.widget:not([data-static])');
  await page.waitForTimeout(500);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const counts = Object.entries(CALLS).map(([name, what]) => `${events.filter((e) => e.name === name).length} × ${what}`);
  console.log(`${dir}/${query}: ${counts.join(', ')}`);
  await page.close();
}
await browser.close();
await server.close();
