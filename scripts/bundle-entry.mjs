// Builds dist/career-widget.js, the one script a page loads, from assets/career-widget.js (the
// loader, whose modules in assets/loader/ esbuild bundles into one) and wasm-bindgen's glue. Run
// by trunk after every build (Trunk.toml, post_build hook), so `trunk serve` and `make build`
// ship the same shape.
//
// - The glue (trunk builds it with `--target no-modules`, which wraps it in one function) goes
//   inside `createGlue(guard)`: each call is a fresh copy with its own state, so after a trap the
//   loader can instantiate the compiled wasm anew instead of reusing a glue whose state the trap
//   left half-updated. The one line where the glue takes the instance's exports hands them to
//   `guard`, which wraps every exported function: that is how the loader sees a trap, whichever
//   way the wasm was entered (docs/embedding.md).
// - WIDGET_CSS is assets/widget.css and assets/reserve.css (the loading placeholder's height by
//   width, made by scripts/reserve-heights.mjs), minified by lightningcss: the loader builds the
//   one stylesheet every shadow root adopts from it, so the loading summary is drawn with the
//   widget's own styles (at the size the widget will have) before the wasm arrives.
// - WASM_INTEGRITY is the wasm's SRI hash: the loader fetches the wasm with it, so an entry pinned
//   with `integrity` pins the whole chain. Bundling the glue (fetched with the entry) is what
//   lets the entry pin it too: a module a page imports cannot carry a hash.
// - CAREER_WIDGET_VERSION is the project's version (scripts/version.mjs): the element class's
//   `version`, which a page can read.
// - LOADER_WORDS is English's loader words (the loading summary and the failure message);
//   LANG_INTEGRITY the SRI hash of each other language's words, written here as lang/<code>.json
//   (the loader's and the widget's words of one language: a reader loads one language only).
// - The glue's default export (fetching and instantiating a wasm by URL), which the loader
//   never calls, is left out: the loader compiles the wasm itself and calls `initSync`.
// - The names the wasm and the glue call each other by are shortened in both first
//   (scripts/minify-names.mjs): wasm-bindgen's carry hashes that do not compress.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { transform } from 'lightningcss';
import { LANGUAGES } from '../assets/loader/language.mjs';
import { minifyNames } from './minify-names.mjs';
import { banner, projectVersion } from './version.mjs';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!staging) throw new Error('usage: TRUNK_STAGING_DIR=<dir> node scripts/bundle-entry.mjs (or pass the dir)');
const source = fileURLToPath(new URL('../assets/career-widget.js', import.meta.url));
const stylesheets = ['widget.css', 'reserve.css'].map((f) => fileURLToPath(new URL(`../assets/${f}`, import.meta.url)));

const gluePath = join(staging, 'career-widget-app.js');
const wasmPath = join(staging, 'career-widget-app_bg.wasm');
const bindgenGlue = await readFile(gluePath, 'utf8');
if (!bindgenGlue.startsWith('let wasm_bindgen = ')) {
  throw new Error(`${gluePath} is not wasm-bindgen's no-modules glue (index.html: data-bindgen-target="no-modules")`);
}
const glue = await minifyNames(wasmPath, bindgenGlue);
const wasm = await readFile(wasmPath);
const integrity = `sha384-${createHash('sha384').update(wasm).digest('base64')}`;
// The loader's modules as one ES module; createGlue, WIDGET_CSS and WASM_INTEGRITY stay free
// names, defined below in the same file.
const bundled = await build({ entryPoints: [source], bundle: true, format: 'esm', write: false, logLevel: 'error' });
const loader = bundled.outputFiles[0].text;
const TAKES_EXPORTS = 'wasm = instance.exports;';
// The loader instantiates the module it compiled with the glue's `initSync` and never calls
// the glue's default export, which fetches, streams and checks MIME types: left out of what the
// glue returns, terser drops that code.
const RETURNS = 'return Object.assign(__wbg_init, { initSync }, exports);';
for (const expected of [TAKES_EXPORTS, RETURNS]) {
  if (glue.split(expected).length !== 2) {
    throw new Error(`${gluePath}: expected exactly one "${expected}" (wasm-bindgen's output changed?)`);
  }
}
const guarded = glue
  .replace(TAKES_EXPORTS, 'wasm = guard(instance.exports);')
  .replace(RETURNS, 'return Object.assign({ initSync }, exports);');

// The constants come first: defining the element upgrades the page's widgets at once, and
// their loading reads them.
const code = Buffer.concat(await Promise.all(stylesheets.map((f) => readFile(f))));
const css = transform({ filename: 'widget.css', code, minify: true }).code.toString();
// Widget words as they travel (src/ui/words, `Words::from_list`; build.rs writes English so): a
// list of messages by key in alphabetical order, each plural message as its six CLDR forms.
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const asList = (widget) =>
  Object.keys(widget)
    .sort()
    .map((key) => (typeof widget[key] === 'string' ? widget[key] : CATEGORIES.map((c) => widget[key][c] ?? '')));

// English's loader words go into the entry; every other language's words, the loader's and the
// widget's (English's are compiled into the wasm), become lang/<code>.json, fetched with their SRI
// hash like the wasm: a reader loads the words of one language only.
// The embed-code generators' words (the fallback text), every language's, go to
// lang/snippet.json: only the demo and authoring pages fetch it.
const loaderWords = {};
const langIntegrity = {};
const snippetWords = {};
await mkdir(join(staging, 'lang'), { recursive: true });
for (const code of LANGUAGES) {
  const words = JSON.parse(await readFile(fileURLToPath(new URL(`../assets/lang/${code}.json`, import.meta.url)), 'utf8'));
  snippetWords[code] = words.snippet;
  if (code === 'en') {
    loaderWords.en = words.loader;
    continue;
  }
  const pack = JSON.stringify({ loader: words.loader, widget: asList(words.widget) });
  await writeFile(join(staging, 'lang', `${code}.json`), pack);
  langIntegrity[code] = `sha384-${createHash('sha384').update(pack).digest('base64')}`;
}
await writeFile(join(staging, 'lang', 'snippet.json'), JSON.stringify(snippetWords));
const version = projectVersion();
const entry = [
  banner(version),
  `const CAREER_WIDGET_VERSION = ${JSON.stringify(version)};`,
  `const WASM_INTEGRITY = ${JSON.stringify(integrity)};`,
  `const LOADER_WORDS = ${JSON.stringify(loaderWords)};`,
  `const LANG_INTEGRITY = ${JSON.stringify(langIntegrity)};`,
  `const WIDGET_CSS = ${JSON.stringify(css)};`,
  loader,
  `function createGlue(guard) {\n${guarded}\nreturn wasm_bindgen;\n}\n`,
].join('\n');
await writeFile(join(staging, 'career-widget.js'), entry);
await rm(gluePath);
