// Writes dist/integrity.json with the Subresource Integrity hash of every file a widget loads,
// and prints the embed snippet with the entry point's hash.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const DIST = new URL('../dist/', import.meta.url);
const FILES = ['career-widget.js', 'career-widget-app.js', 'career-widget-app_bg.wasm'];

const hashes = {};
for (const file of FILES) {
  const bytes = await readFile(new URL(file, DIST));
  hashes[file] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
await writeFile(new URL('integrity.json', DIST), `${JSON.stringify(hashes, null, 2)}\n`);

console.log('Subresource Integrity (also in dist/integrity.json):');
for (const [file, hash] of Object.entries(hashes)) console.log(`  ${file}  ${hash}`);
console.log('\nSnippet:');
console.log(`  <script type="module" src="https://YOUR-CDN/career-widget/career-widget.js"
          integrity="${hashes['career-widget.js']}" crossorigin="anonymous"></script>
  <career-widget career="customer-support-manager" years="5"></career-widget>`);
