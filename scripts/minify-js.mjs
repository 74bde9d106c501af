// Minifies the two JavaScript files a widget loads (the loader and wasm-bindgen's glue) in the
// release dist/, in place: about 2.7 KB of brotli. Trunk's own minifier cannot parse the glue.
// Runs after `trunk build --release` and before scripts/integrity.mjs hashes the files.
import { readFile, writeFile } from 'node:fs/promises';
import { minify } from 'terser';

const DIST = new URL('../dist/', import.meta.url);
const FILES = ['career-widget.js', 'career-widget-app.js'];

for (const file of FILES) {
  const url = new URL(file, DIST);
  const source = await readFile(url, 'utf8');
  // `module` keeps the exports and lets terser rename everything else. The loader's comments
  // go too: the readable source is assets/career-widget.js.
  const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
  await writeFile(url, code);
  console.log(`minified ${file}: ${source.length} → ${code.length} bytes`);
}
