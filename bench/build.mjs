// Builds the benchmark's peer into bench/dist/echarts/: the dataset as JSON (from the crate, so both
// builds show the same figures), bundled by esbuild with ECharts tree-shaken and minified.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
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
await copyFile('bench/echarts/index.html', `${out}/index.html`);
await copyFile('bench/echarts/style.css', `${out}/style.css`);
console.log(`built ${out}`);
