// The longest task of a page's main thread while it loads, read from a Chromium trace. Chromium's
// Long Tasks API leaves out most of the frames that lay a loading page out (docs/performance-log.md,
// Round 16), so the benchmark and bench/floor.mjs take the longest task from a trace instead.
import { throttledPage } from './page.mjs';

/** Loads `url` in a context of its own at `rate` times CPU slowdown, traced (`toplevel`,
 *  `devtools.timeline`, `loading`), with `init` put into the page before its own scripts, and
 *  returns the longest task (ms) of the thread that parsed the page, from the end of the task that
 *  commits the navigation (which the API does not see either, and which holds the harness's own
 *  script) until `ready(page)` resolves. Tracing adds its own cost, to every page alike. */
export async function tracedLongest(browser, url, { rate, init, ready }) {
  const { context, page } = await throttledPage(browser, rate, init);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'loading'] });
  await page.goto(url);
  await ready(page);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  // The thread that parsed this page (a trace holds the browser's own pages too).
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url));
  if (!parse) throw new Error(`the trace has no parsing of ${url}`);
  const main = events.filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const commit = main.filter((e) => e.name === 'DocumentLoader::CommitNavigation').at(-1);
  const after = tasks.find((t) => t.ts <= commit.ts && commit.ts <= t.ts + t.dur);
  const from = after ? after.ts + after.dur : commit.ts + commit.dur;
  return Math.max(0, ...tasks.filter((t) => t.ts >= from).map((t) => t.dur / 1000));
}
