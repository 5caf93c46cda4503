// Element screenshots (map, details, tables) for reviewing a view closely.
// Usage: node e2e/parts.mjs URL WIDTH SCHEME OUT-PREFIX
import { chromium } from 'playwright-core';
import { LIVE, launchOptions } from './browser.mjs';

const [url, width = '320', scheme = 'light', out = 'e2e/artifacts/part'] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url);
await page.waitForSelector(LIVE);
for (const [name, sel] of [['head', '.masthead'], ['filters', '.filters'], ['map', '.chain'], ['panel', '.panel'], ['overview', '.overview'], ['tables', '.tables']]) {
  const el = page.locator(sel).first();
  if (await el.count() && await el.isVisible()) {
    await el.screenshot({ path: `${out}-${name}.png` });
    console.log(`${out}-${name}.png`);
  }
}
await browser.close();
