// Screenshots of the built widget at phone, tablet and desktop widths, light and dark, zh and en.
// Usage: node e2e/shoot.mjs http://127.0.0.1:8091/ out-dir [query ...]
import { chromium } from 'playwright-core';
import { LIVE, launchOptions } from './browser.mjs';

const [base, out = 'e2e/artifacts', ...queries] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions);
for (const width of [320, 768, 1280]) {
  for (const scheme of ['light', 'dark']) {
    for (const q of queries.length ? queries : ['', 'lang=en']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${base}?${q}`);
      await page.waitForSelector(LIVE);
      const name = `${out}/w${width}-${scheme}-${q.replace(/[^a-z0-9]+/gi, '_') || 'default'}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name, errors.length ? `errors: ${errors.join(' | ')}` : 'ok');
      await page.close();
    }
  }
}
await browser.close();
