// The release as a blog gets it: `npm pack` of the built dist/ installed offline into a scratch
// folder, then used as a page and a blog's CI would use it. The page loads the widget from the
// package's files, served at a CDN-style /npm/<name>@<version>/ path, pinned with the hash from
// the package's integrity.json, under the README's strict CSP; `npx career-widget validate`
// says what `career-data validate` says. And `make release`'s script writes the zip.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';
import { projectVersion } from '../../scripts/version.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const ROOT = here('../..');
const DIST = process.env.DIST ?? join(ROOT, 'dist');
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const VERSION = projectVersion();

let scratch;
let installed;
let browser;
let server;

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'career-widget-package-'));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', DIST.startsWith('/') ? DIST : `./${DIST}`, '--pack-destination', scratch, '--json', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8' }),
  );
  await writeFile(join(scratch, 'package.json'), '{ "name": "a-blog", "private": true }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', `./${filename}`], { cwd: scratch, stdio: 'inherit' });
  installed = join(scratch, 'node_modules', 'career-widget');
  browser = await launch();
  server = await serve({ [`/npm/career-widget@${VERSION}/`]: installed, '/blog/': scratch }, (path) =>
    path.startsWith('/blog/') ? { 'content-security-policy': STRICT_CSP } : {},
  );
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test('the package is the built dist/, named and versioned, its version in the entry, integrity.json and CHANGELOG.md', async () => {
  const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'career-widget');
  assert.equal(manifest.version, VERSION);
  assert.equal(manifest.bin['career-widget'], 'bin/career-widget.mjs');
  for (const file of ['career-widget.js', 'career-widget-app_bg.wasm', 'integrity.json', 'lang/ar.json', 'validator/career-data_bg.wasm', 'author.html']) {
    assert.deepEqual(await readFile(join(installed, file)), await readFile(join(DIST, file)), file);
  }
  assert.ok((await readFile(join(installed, 'career-widget.js'), 'utf8')).startsWith(`/*! career-widget ${VERSION} */\n`));
  assert.equal(JSON.parse(await readFile(join(installed, 'integrity.json'), 'utf8')).version, VERSION);
  assert.match(await readFile(join(ROOT, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${VERSION.replaceAll('.', '\\.')}\\b`, 'm'));
});

test('a page loads the widget from the installed package at a CDN-style path, pinned with its integrity, under a strict CSP', async () => {
  const { 'career-widget.js': integrity } = JSON.parse(await readFile(join(installed, 'integrity.json'), 'utf8'));
  await writeFile(
    join(scratch, 'post.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="/npm/career-widget@${VERSION}/favicon.svg">
<script type="module" src="/npm/career-widget@${VERSION}/career-widget.js" integrity="${integrity}" crossorigin="anonymous"></script>
</head><body><h1>A post</h1><career-widget career="customer-support-manager" years="5" locale="en-US"></career-widget></body></html>`,
  );
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.origin}/blog/post.html`);
  assert.equal((await page.locator('career-widget [data-testid=estimate]').textContent()).trim(), '$85,000');
  assert.equal(await page.evaluate(() => customElements.get('career-widget').version), VERSION);
  assert.deepEqual(problems, []);
  await context.close();
});

/** What a command prints and how it exits. */
function run(command, args, cwd) {
  const { status, stdout, stderr } = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status, stdout, stderr };
}

test('npx career-widget validate says what career-data validate says, with its exit codes', async () => {
  const bundled = await readFile(join(ROOT, 'assets', 'careers.json'), 'utf8');
  const files = {
    'valid.json': bundled,
    'typo.json': bundled.replace('"median": 85000', '"midian": 85000'),
    'order.json': bundled.replace('"median": 85000', '"median": 1'),
    'demand.json': bundled.replace(/"demand": "[a-z]+"/, '"demand": "huge"'),
    'broken.json': '{ "schema_version": 1, ',
    'bom.json': `\ufeff${bundled.replace('"currency": "USD"', '"currency": ""')}`,
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(scratch, name), text);
  await writeFile(join(scratch, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
  const names = [...Object.keys(files), 'latin1.json'];
  const careerData = ['run', '--quiet', '--locked', '--manifest-path', join(ROOT, 'Cargo.toml'), '--bin', 'career-data', '--', 'validate'];
  for (const name of names) {
    const npx = run('npx', ['--offline', 'career-widget', 'validate', name], scratch);
    const rust = run('cargo', [...careerData, name], scratch);
    assert.deepEqual({ ...npx, name }, { ...rust, name });
  }
  const all = run('npx', ['--offline', 'career-widget', 'validate', ...names], scratch);
  assert.deepEqual(all, run('cargo', [...careerData, ...names], scratch));
  assert.equal(all.status, 1);
  assert.match(all.stdout, /^typo\.json: careers\[0\]\.salary\.midian: is not a field of this schema: did you mean `median`\?$/m);
  // --max shortens each file's list the same way.
  const short = run('npx', ['--offline', 'career-widget', 'validate', '--max', '1', ...names], scratch);
  assert.deepEqual(short, run('cargo', [...careerData.slice(0, -1), 'validate', '--max', '1', ...names], scratch));
  assert.equal(run('npx', ['--offline', 'career-widget', 'validate', '--max', 'x', 'valid.json'], scratch).status, 2);
  assert.equal(run('npx', ['--offline', 'career-widget', 'validate', 'valid.json'], scratch).status, 0);

  const missing = run('npx', ['--offline', 'career-widget', 'validate', 'nowhere.json'], scratch);
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /^nowhere\.json: file: cannot be read: /);
  assert.equal(run('npx', ['--offline', 'career-widget'], scratch).status, 2, 'a usage error');
  assert.equal(run('npx', ['--offline', 'career-widget', '--version'], scratch).stdout, `career-widget ${VERSION}\n`);
});

test('make release writes the zip (dist/ with its integrity hashes, in a folder named for the version) and the npm package', async () => {
  const out = join(scratch, 'release');
  execFileSync('node', [join(ROOT, 'scripts', 'release.mjs'), DIST, out], { cwd: ROOT, stdio: 'ignore' });
  const listing = execFileSync('unzip', ['-Z1', join(out, `career-widget-${VERSION}.zip`)], { encoding: 'utf8' }).split('\n');
  for (const file of ['career-widget.js', 'career-widget-app_bg.wasm', 'integrity.json', 'lang/de.json', 'bin/career-widget.mjs']) {
    assert.ok(listing.includes(`career-widget-${VERSION}/${file}`), `${file} in the zip`);
  }
  const packed = execFileSync('tar', ['-tzf', join(out, `career-widget-${VERSION}.tgz`)], { encoding: 'utf8' }).split('\n');
  assert.ok(packed.includes('package/career-widget.js') && packed.includes('package/integrity.json'));
});
