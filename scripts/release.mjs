// `make release`: packs a built dist/ (make build, which makes it an npm package too:
// scripts/package.mjs) as the two artefacts of a release, in OUT (default target/release):
// career-widget-<version>.zip, dist/ with its integrity.json, for self-hosting; and
// career-widget-<version>.tgz, the npm package (`npm pack`), which a CDN that mirrors npm serves.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectVersion } from './version.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const out = resolve(process.argv[3] ?? 'target/release');
const version = projectVersion();
const manifest = JSON.parse(await readFile(`${dist}/package.json`, 'utf8'));
const integrity = JSON.parse(await readFile(`${dist}/integrity.json`, 'utf8'));
for (const [what, found] of [['package.json', manifest.version], ['integrity.json', integrity.version]]) {
  if (found !== version) throw new Error(`${dist}/${what} is for ${found}, not ${version}: run make build first`);
}
await mkdir(out, { recursive: true });
const zip = `${out}/career-widget-${version}.zip`;
await rm(zip, { force: true });
// The files under a folder named for the release, so unpacking never spills into the current one.
const staging = await mkdtemp(join(tmpdir(), 'career-widget-release-'));
const folder = `career-widget-${version}`;
await cp(dist, join(staging, folder), { recursive: true });
execFileSync('zip', ['-q', '-r', '-X', zip, folder], { cwd: staging, stdio: 'inherit' });
await rm(staging, { recursive: true, force: true });
const packed = execFileSync('npm', ['pack', dist, '--pack-destination', out, '--json', '--loglevel=error'], { encoding: 'utf8' });
const [{ filename }] = JSON.parse(packed);
console.log(`release ${version}:\n  ${zip}\n  ${out}/${filename}`);
