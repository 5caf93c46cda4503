// Builds the benchmark's peer into bench/dist/echarts/: the dataset as JSON (from the crate, so both
// builds show the same figures), bundled by esbuild with ECharts tree-shaken and minified, and its
// page: the widget's own first view (dist/index.html) with the map and the six charts drawn by
// ECharts instead, so that both builds lay out the same text (titles, captions, legends, cards,
// tables, sources) and differ only in how they draw.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const out = 'bench/dist/echarts';
await mkdir(out, { recursive: true });
const json = execFileSync('cargo', ['run', '--quiet', '--bin', 'peer-data'], { encoding: 'utf8' });
await writeFile('bench/echarts/data.json', json);
await build({
  entryPoints: ['bench/echarts/main.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: `${out}/main.js`,
  legalComments: 'none',
});

/** `html` with the element whose start tag begins at `from` (a `<tag`) replaced by `by`. */
function replaceElement(html, from, by) {
  const tag = html.slice(from + 1).match(/^[a-z]+/)[0];
  const open = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  open.lastIndex = from;
  let depth = 0;
  for (let m; (m = open.exec(html));) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(0, from) + by + html.slice(m.index + m[0].length);
  }
  throw new Error(`no end for <${tag}> at ${from}`);
}
/** Where `pattern` first matches in `html` from `after`; stops the build when it does not. */
function find(html, pattern, after = 0) {
  const at = html.indexOf(pattern, after);
  if (at < 0) throw new Error(`bench/build.mjs: "${pattern}" is not in dist/index.html any more`);
  return at;
}

/** `html` with `pattern` (a string or a regular expression) replaced by `by`; stops the build when it is not there. */
function replaceFound(html, pattern, by) {
  if ((typeof pattern === 'string' ? html.indexOf(pattern) : html.search(pattern)) < 0) {
    throw new Error(`bench/build.mjs: ${pattern} is not in dist/index.html any more`);
  }
  return html.replace(pattern, by);
}

let page = await readFile('dist/index.html', 'utf8');
// No wasm: the glue that starts it (post_build::page::start_in_glue), its preload; the static mark
// the widget's start looks for. The head's script stays, as in the widget's page.
page = replaceFound(page, /<script type=module src=\.\/ai-server-chain-\w+\.js[^>]*><\/script>/, '');
page = replaceFound(page, /<link[^>]*rel=preload[^>]*>/g, '');
page = replaceFound(page, '<main class="widget" data-static>', '<main class="widget">');
// The map's element, found by its region's name (its attributes come in no promised order).
page = replaceElement(page, page.lastIndexOf('<div', find(page, 'data-region="map"')), '<div id="map" class="echart map"></div>');
const charts = { 'upstream-market-size': 'upstream', 'ai-server-market-size': 'ai-size', 'ai-server-shipments': 'ai-ship',
  'ai-server-training-inference': 'split', 'ai-server-listed-companies-by-province': 'provinces', 'datacenter-racks': 'racks' };
for (const [file, id] of Object.entries(charts)) {
  page = replaceElement(page, find(page, '<svg', find(page, `data-file="${file}"`)), `<div id="${id}" class="echart"></div>`);
}
page = page.replace('</head>', '<link href="style.css" rel="stylesheet"></head>').replace('</body>', '<script src="main.js"></script></body>');
await writeFile(`${out}/index.html`, page);
const files = await readdir('dist');
for (const f of files.filter((n) => /^main-.*\.css$|^head-\w+\.js$/.test(n))) await copyFile(`dist/${f}`, `${out}/${f}`);
await copyFile('bench/echarts/style.css', `${out}/style.css`);
console.log(`built ${out}`);
