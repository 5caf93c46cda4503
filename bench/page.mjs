// A page for the benchmark's scripts: in a browser context of its own (no cache or fonts shared
// with the loads before it), 1280×900, its main thread slowed `rate` times (CDP), with `init` put
// into it before its own scripts. Returns the context (to close), the page and its CDP session.
export async function throttledPage(browser, rate, init) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (init) await page.addInitScript(init);
  return { context, page, cdp };
}
