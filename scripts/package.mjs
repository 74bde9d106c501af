// Makes a built dist/ an npm package: writes dist/package.json (package/package.json with the
// project's version), and copies the package's README and its command line (package/bin/:
// `npx career-widget validate`, which runs dist/validator/). `npm pack dist` then gives the
// package whose files are the built dist/. Run by `make build` after integrity.mjs.
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { projectVersion } from './version.mjs';

const DIST = new URL(`${process.argv[2] ?? 'dist'}/`, pathToFileURL(`${process.cwd()}/`));
const PACKAGE = new URL('../package/', import.meta.url);

const manifest = JSON.parse(await readFile(new URL('package.json', PACKAGE), 'utf8'));
manifest.version = projectVersion();
await writeFile(new URL('package.json', DIST), `${JSON.stringify(manifest, null, 2)}\n`);
const readme = (await readFile(new URL('README.md', PACKAGE), 'utf8')).replaceAll('VERSION', manifest.version);
await writeFile(new URL('README.md', DIST), readme);
await mkdir(new URL('bin/', DIST), { recursive: true });
const bin = new URL('bin/career-widget.mjs', DIST);
await copyFile(new URL('bin/career-widget.mjs', PACKAGE), bin);
await chmod(bin, 0o755);
console.log(`packaged dist/ as ${manifest.name}@${manifest.version}`);
