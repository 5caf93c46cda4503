// Timing an interaction the way `make bench` does, for bench/run.mjs and bench/first.mjs.

/** Clicks `selector` and returns the ms until the last DOM change it caused (none for 100 ms after). */
export const CLICK = async (selector) => {
  const target = document.querySelector(selector);
  let last = null;
  const seen = new MutationObserver(() => { last = performance.now(); });
  seen.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const t0 = performance.now();
  target.click();
  for (;;) {
    const before = last;
    await new Promise((ok) => setTimeout(ok, 100));
    if (last === before) break;
  }
  seen.disconnect();
  return last === null ? 0 : last - t0;
};
