// Writes dist/integrity.json with the Subresource Integrity hash of every file a widget loads,
// and prints the embed snippet with the entry point's hash. The entry fetches the wasm with its
// hash (scripts/bundle-entry.mjs), so pinning the entry pins both.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { LANGUAGES } from '../assets/loader/language.mjs';
import { WIDGET_FILES as FILES } from './sizes.mjs';
import { projectVersion } from './version.mjs';

const DIST = new URL(`${process.argv[2] ?? 'dist'}/`, pathToFileURL(`${process.cwd()}/`));

// The release these hashes pin, then each file's hash.
const hashes = { version: projectVersion() };
// The words of each language but English (compiled into the wasm) are fetched by the entry with
// these same hashes.
const LANG_FILES = LANGUAGES.filter((code) => code !== 'en').map((code) => `lang/${code}.json`);
for (const file of [...FILES, ...LANG_FILES]) {
  const bytes = await readFile(new URL(file, DIST));
  hashes[file] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
await writeFile(new URL('integrity.json', DIST), `${JSON.stringify(hashes, null, 2)}\n`);

console.log('Subresource Integrity (also in dist/integrity.json):');
for (const [file, hash] of Object.entries(hashes)) if (file !== 'version') console.log(`  ${file}  ${hash}`);
console.log('\nSnippet:');
console.log(`  <script type="module" src="https://YOUR-CDN/career-widget/career-widget.js"
          integrity="${hashes['career-widget.js']}" crossorigin="anonymous"></script>
  <career-widget career="customer-support-manager" years="5"></career-widget>`);
