// Timing an interaction the way `make bench` does, and its summary of a set of timings, for
// bench/run.mjs and the probes beside it.

/** The live widget (the wasm has taken the static view over). */
export const LIVE = 'main.widget:not([data-static]) .chain-map button[data-node]';

/** The first interaction of each kind after a fresh load: the code it runs may never have run
 *  before (the static first view is HTML). */
export const FIRST = {
  node: '.chain-map button[data-node=gpu]',
  tier: '.filters [data-action=tier-upstream]',
  lang: '.filters [data-action=lang]',
};

/** The median of `xs` (numbers): the middle one, or the mean of the two middle ones. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
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
