// Timing an interaction the way `make bench` does, for bench/run.mjs and bench/first.mjs.

/** The live widget (the wasm has taken the static view over). */
export const LIVE = 'main.widget:not([data-static]) .chain-map button[data-node]';

/** The first interaction of each kind after a fresh load: the code it runs may never have run
 *  before (the static first view is HTML). */
export const FIRST = {
  node: '.chain-map button[data-node=gpu]',
  tier: '.filters [data-action=tier-upstream]',
  lang: '.filters [data-action=lang]',
};

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
