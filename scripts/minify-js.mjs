// Minifies the one JavaScript file a widget loads (the loader with wasm-bindgen's glue inside,
// scripts/bundle-entry.mjs) in a release dist/, in place. Trunk's own minifier cannot parse the
// glue. Runs after `trunk build --release` and before scripts/integrity.mjs hashes the files.
// `minifyModule` is also how size-floor.mjs minifies its counters' glue, so they compare alike.
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { minify } from 'terser';
import { banner, projectVersion } from './version.mjs';

/** An ES module, minified. `module` keeps the exports and lets terser rename everything else;
 * comments go too (the readable loader is assets/career-widget.js). */
export async function minifyModule(source) {
  // unsafe_methods writes `{ f: function () {} }` as `{ f() {} }`, which cannot be called with
  // `new`: nothing does (the glue's imports are called by the wasm, the loader's own objects by
  // it). Its effect is in docs/performance.md, "Levers".
  const { code } = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2, unsafe_methods: true },
    format: { comments: false },
  });
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const DIST = new URL(`${process.argv[2] ?? 'dist'}/`, pathToFileURL(`${process.cwd()}/`));
  for (const file of ['career-widget.js']) {
    const url = new URL(file, DIST);
    const source = await readFile(url, 'utf8');
    // Comments go with the rest; the version's is put back at the top.
    const code = `${banner(projectVersion())}\n${await minifyModule(source)}`;
    await writeFile(url, code);
    console.log(`minified ${file}: ${source.length} → ${code.length} bytes`);
  }
}
