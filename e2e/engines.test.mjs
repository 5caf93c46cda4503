// A smoke test of the built bundle in all three engines a reader may have, over WebDriver:
// Chromium, Firefox ESR and WebKitGTK (Safari's engine). Screenshots: e2e/artifacts/engine-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { serve } from './server.mjs';
import { start } from './webdriver.mjs';

const LIVE = 'main.widget:not([data-static])';
const ENTER = '\uE007';
let server;
// Errors the page reports, caught from its first script on (the server puts this into each page).
const CATCH = `<script>window.problems=[];addEventListener('error',function(e){problems.push(String(e.message))});
addEventListener('unhandledrejection',function(e){problems.push(String(e.reason))});
var ce=console.error;console.error=function(){problems.push([].join.call(arguments,' '));ce.apply(console,arguments)};</script>`;

before(async () => {
  server = await serve('.', { inject: CATCH });
  await mkdir('e2e/artifacts', { recursive: true });
});
after(() => server?.close());

for (const [k, engine] of ['chromium', 'firefox', 'webkit'].entries()) {
  test(`${engine}: loads, every node, a node by click and by key, downloads, copy, a filter, the iframe height`, async () => {
    const s = await start(engine, 4444 + k);
    try {
      const version = s.capabilities.browserVersion;
      await s.go(`${server.url}dist/index.html`);
      await s.until((sel) => document.querySelectorAll(`${sel} .chain-map button[data-node]`).length, 'the live widget', LIVE);
      assert.equal(await s.run(() => document.querySelectorAll('main.widget').length), 1, 'the static view was replaced');
      await writeFile(`e2e/artifacts/engine-${engine}.png`, await s.screenshot());
      assert.equal(await s.run((sel) => document.querySelectorAll(`${sel} .chain-map button[data-node]`).length, LIVE), 15);
      // Every node is on screen, not cut off or overlapping its neighbour in the column.
      const boxes = await s.run(() => [...document.querySelectorAll('.chain-map button[data-node]')].map((b) => {
        const r = b.getBoundingClientRect();
        return [r.left, r.top, r.right, r.bottom];
      }));
      for (const [i, b] of boxes.entries()) {
        assert.ok(b[2] - b[0] > 100 && b[3] - b[1] >= 60, `node ${i} is ${JSON.stringify(b)}`);
        for (const c of boxes.slice(i + 1)) {
          const overlap = b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3];
          assert.ok(!overlap, `nodes overlap: ${JSON.stringify([b, c])}`);
        }
      }
      // By click: GPU's figures.
      await s.click('button[data-node=gpu]');
      const gpu = await s.until(() => document.querySelector('[data-details=gpu]')?.innerText, 'the GPU panel');
      assert.match(gpu, /1073/);
      assert.equal(await s.run(() => document.querySelectorAll('.panel figure[data-file=gpu-market-size] rect.bar').length), 4);
      await s.click('.panel .close');
      await s.until(() => !document.querySelector('.panel'), 'the panel to close');
      // By keyboard: focus is back on GPU; Down moves to memory, Enter opens it.
      assert.equal(await s.run(() => document.activeElement?.dataset.node), 'gpu');
      await s.key('\uE015');
      await s.until(() => document.activeElement?.dataset.node === 'memory', 'focus on memory');
      await s.key(ENTER);
      const memory = await s.until(() => document.querySelector('[data-details=memory]')?.innerText, 'the memory panel');
      assert.match(memory, /4267/);
      // Downloads: CSV, and a chart as SVG and as PNG (SVG drawn on a canvas, where engines differ).
      // The anchor's click is recorded instead of saving, so no engine's download dialog is involved.
      await s.run(() => {
        window.saved = [];
        HTMLAnchorElement.prototype.click = function () {
          window.saved.push({ name: this.download, href: this.href });
        };
      });
      await s.run(() => document.querySelector('button[data-csv=all]').click());
      await s.run(() => document.querySelector('figure[data-file=upstream-market-size] button[data-export=svg]').click());
      await s.run(() => document.querySelector('figure[data-file=upstream-market-size] button[data-export=png]').click());
      const saved = await s.until(() => window.saved.length === 3 && window.saved.map((f) => {
        const [head, body] = [f.href.slice(0, f.href.indexOf(',')), f.href.slice(f.href.indexOf(',') + 1)];
        const bytes = head.endsWith(';base64') ? atob(body) : decodeURIComponent(body);
        const u32 = (k) => [0, 1, 2, 3].reduce((n, i) => n * 256 + bytes.charCodeAt(k + i), 0);
        return { name: f.name, head, start: bytes.slice(1, 4), size: bytes.startsWith('\x89PNG') ? [u32(16), u32(20)] : bytes.length };
      }), 'three downloads');
      assert.deepEqual(saved.map((f) => [f.name, f.head]), [
        ['ai-server-chain-all.csv', 'data:text/csv;charset=utf-8'],
        ['ai-server-chain-upstream-market-size.svg', 'data:image/svg+xml;charset=utf-8'],
        ['ai-server-chain-upstream-market-size.png', 'data:image/png;base64'],
      ]);
      assert.equal(saved[2].start, 'PNG');
      assert.ok(saved[2].size[0] >= 1280 && saved[2].size[1] >= 800, `PNG ${saved[2].size}`);
      // Embed codes: the copy button copies (or leaves the code selected for the reader to copy).
      await s.click('details.embed summary');
      await s.until(() => document.querySelector('details.embed [data-copy]'), 'the embed codes');
      await s.click('details.embed [data-copy]');
      const copy = await s.run(() => {
        const b = document.querySelector('details.embed [data-copy]');
        const area = document.getElementById(b.dataset.copy);
        return { button: b.textContent, selected: area.selectionEnd - area.selectionStart === area.value.length };
      });
      assert.deepEqual(copy, { button: '已复制', selected: true });
      // A filter changes the charts: upstream off takes the upstream chart away.
      await s.run(() => document.querySelector('.panel .close').click());
      assert.equal(await s.run(() => !!document.querySelector('figure[data-file=upstream-market-size]')), true);
      await s.run(() => document.querySelector('.filters [data-action=tier-upstream]').click());
      await s.until(() => !document.querySelector('figure[data-file=upstream-market-size]'), 'the upstream chart to go');
      await s.until(() => location.search.includes('tier=midstream,downstream'), 'the address to follow');
      assert.deepEqual(await s.run(() => window.problems), []);

      // In an article: the iframe takes the height the widget reports.
      await s.go(`${server.url}examples/article.html`);
      // The iframe loads lazily: it is scrolled into view (again on each look, for a busy machine).
      // Its preselected node's details are placed once more when the widget learns where the
      // article's screen is, a frame later: the height is read once the iframe has followed that.
      const settled = () => s.until(() => {
        document.querySelector('#with-embed-js').scrollIntoView();
        const iframe = document.querySelector('#with-embed-js iframe');
        const h = parseInt(iframe.style.height, 10);
        const inner = iframe.contentDocument?.documentElement.scrollHeight;
        return h !== 900 && h > 300 && Math.abs(h - inner) <= 2 && h;
      }, 'the iframe height message');
      await settled();
      await new Promise((r) => setTimeout(r, 500));
      const height = await settled();
      await s.frame('#with-embed-js iframe');
      const inner = await s.run(() => document.documentElement.scrollHeight);
      assert.ok(Math.abs(inner - height) <= 2, `iframe ${height} px, widget ${inner} px`);
      assert.deepEqual(await s.run(() => window.problems), []);
      console.log(`${engine} ${version}: ok; PNG ${saved[2].size.join('×')}; embedded height ${height} px`);
    } finally {
      await s.quit();
    }
  });
}
