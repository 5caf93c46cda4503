// Writes dist-single/ai-server-chain.html: the release bundle (html, css, js, wasm) in one file
// that works opened from disk (file://), attached to a CMS or mailed to an editor. The wasm is
// embedded as base64 and handed to wasm-bindgen's init, so nothing is fetched.
import { copyFile, readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';

const dist = 'dist';
const files = await readdir(dist);
const find = (re) => {
  const f = files.find((n) => re.test(n));
  if (!f) throw new Error(`no ${re} in ${dist}/: run make build first`);
  return `${dist}/${f}`;
};
const css = await readFile(find(/\.css$/), 'utf8');
const js = await readFile(find(/^ai-server-chain-[0-9a-f]+\.js$/), 'utf8');
const wasm = await readFile(find(/_bg\.wasm$/));
const html = await readFile(`${dist}/index.html`, 'utf8');

// Keep the page's own tags (charset, viewport, title, description, icon); drop what loads files.
const head = (html.match(/<(meta|title|link)\b[^>]*>(?:[^<]*<\/title>)?/g) || [])
  .filter((tag) => !/rel=("?)(stylesheet|modulepreload|preload)\1/.test(tag))
  // A preview image would be a second file: the single file goes without.
  .filter((tag) => !/og:image/.test(tag))
  .join('');
if (!/async function __wbg_init\b/.test(js)) throw new Error('the wasm-bindgen glue has no __wbg_init');
// The glue starts the wasm itself (post_build::page::start_in_glue) after the frame that draws the
// static view; inline, it is handed the wasm's bytes in place of its file's name, so nothing is
// fetched. Its compile hint (post_build::slim::COMPILE_HINT) goes: measured for the glue fetched as
// a file of its own, which V8 then compiles off the main thread as it arrives; for a script inline
// in the page it was not, so the single file's script is compiled as it was before the hint.
const named = /module_or_path:"\.\/[\w-]+\.wasm"/;
if (!named.test(js)) throw new Error(`${dist}: the glue does not start the wasm by its file's name`);
const boot = js
  .replace(/^\/\/# allFunctionsCalledOnLoad\n/, '')
  .replace(named, () => `module_or_path:Uint8Array.from(atob("${wasm.toString('base64')}"),(c)=>c.charCodeAt(0))`);
// Without script, the static view hides its controls (the page's <noscript> style).
const noscript = html.match(/<noscript>[\s\S]*?<\/noscript>/)?.[0] ?? '';
// The head's script that keeps the static view unseen for an address of one part (index.html).
const early = await readFile(find(/^head-[0-9a-f]+\.js$/), 'utf8');
// The static first view (Trunk's post-build hook put it into the body) comes along.
const body = html.match(/<body>([\s\S]*)<\/body>/)?.[1] ?? '';
if (!body.includes('data-static')) throw new Error(`${dist}/index.html has no static first view`);
// Everything is inline, so the file carries its own Content-Security-Policy: the policy of
// design.md with the hashes of its own scripts and styles in place of 'self' (no 'unsafe-inline').
// A server that sends a policy for this file must allow the same hashes.
const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const noscriptCss = noscript.match(/<style>([\s\S]*?)<\/style>/)?.[1];
const policy = [
  "default-src 'self'",
  `script-src ${sha(early)} ${sha(boot)} 'wasm-unsafe-eval'`,
  `style-src ${[css, noscriptCss].filter((c) => c !== undefined).map(sha).join(' ')}`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
].join('; ');
const out = `<!doctype html>
<html lang="zh">
<head><meta http-equiv="Content-Security-Policy" content="${policy}">${head}<script>${early}</script><style>${css}</style>${noscript}</head>
<body>${body}<script type="module">${boot}</script></body>
</html>
`;
await mkdir('dist-single', { recursive: true });
await writeFile('dist-single/ai-server-chain.html', out);
await writeFile('dist-single/csp.txt', `${policy}\n`);
// The map's images, which its download links name, beside the file.
const maps = files.filter((f) => /^ai-server-chain-map-.*\.(svg|png)$/.test(f));
for (const f of maps) await copyFile(`${dist}/${f}`, `dist-single/${f}`);
console.log(`dist-single/ai-server-chain.html: ${out.length} bytes; its Content-Security-Policy in dist-single/csp.txt; ${maps.length} map images beside it`);
