// `make size-floor`: what a widget costs before it does anything of its own. Builds two tiny
// counters (scripts/size-floor/) the way the widget is built (same release profile, the same
// nightly flags when make passes them in the environment, wasm-bindgen, wasm-opt -Oz with the
// widget's parameters from index.html, the same short names for what the wasm and glue call
// each other, terser) and prints their brotli sizes next to the widget's dist/.
// A measurement for deciding the rendering layer, never a test.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { minifyModule } from './minify-js.mjs';
import { minifyNames } from './minify-names.mjs';
import { widgetSizes } from './sizes.mjs';

const root = new URL('../', import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
// Each counter builds in its own target folder, whatever the widget's build uses.
const env = { ...process.env, CARGO_TARGET_DIR: 'target' };
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });

// The widget's own wasm-opt parameters, as trunk reads them from index.html.
const WASM_OPT_PARAMS = (await readFile(path('index.html'), 'utf8')).match(/data-wasm-opt-params="([^"]*)"/)[1].split(/\s+/);

const rows = [];
for (const name of ['yew-counter', 'dom-counter']) {
  const dir = path(`target/size-floor/${name}/`);
  await mkdir(dir, { recursive: true });
  await cp(path(`scripts/size-floor/${name}/`), dir, { recursive: true });
  // The widget's lock file, so both counters use exactly the widget's versions.
  await cp(path('Cargo.lock'), `${dir}Cargo.lock`);
  run('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown'], dir);
  const crate = name.replace('-', '_');
  run('wasm-bindgen', ['--target', 'web', '--out-dir', `${dir}out`, `${dir}target/wasm32-unknown-unknown/release/${crate}.wasm`], dir);
  run('wasm-opt', ['-Oz', ...WASM_OPT_PARAMS, '--enable-reference-types', `${dir}out/${crate}_bg.wasm`, '-o', `${dir}out/opt.wasm`], dir);
  const glue = await minifyNames(`${dir}out/opt.wasm`, await readFile(`${dir}out/${crate}.js`, 'utf8'));
  const wasm = await readFile(`${dir}out/opt.wasm`);
  const code = await minifyModule(glue);
  await writeFile(`${dir}out/glue.min.js`, code);
  rows.push({ what: name, wasm: brotli(wasm), glue: brotli(Buffer.from(code)) });
}
const { files } = await widgetSizes(new URL('dist/', root));
const size = (n) => files.find((f) => f.name === n).brotli;
// The widget's glue is inside its entry, with the loader and the stylesheet.
rows.push({ what: 'career-widget (dist/)', wasm: size('career-widget-app_bg.wasm'), glue: size('career-widget.js'), label: 'entry' });

console.log('bytes, brotli                   wasm   glue (the widget: its entry)    total');
for (const r of rows) {
  console.log(`${r.what.padEnd(26)} ${String(r.wasm).padStart(9)} ${String(r.glue).padStart(8)} ${String(r.wasm + r.glue).padStart(24)}`);
}
