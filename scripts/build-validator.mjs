// Builds the authoring tools' strict validator (the validator/ crate: `career-data validate`
// compiled to wasm) into <staging>/validator/, beside the widget. Run by trunk after every build
// (Trunk.toml, post_build hook), so `trunk serve` and `make build` both give the authoring page
// its validator; the widget never loads it. Built with the same toolchain and flags as the widget
// (make build's RELEASE_ENV reaches trunk's hooks), and optimised for size in release builds.
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!staging) throw new Error('usage: TRUNK_STAGING_DIR=<dir> node scripts/build-validator.mjs (or pass the dir)');
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';

const messages = execFileSync(
  'cargo',
  ['build', '--offline', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'career-data-web', '--message-format=json-render-diagnostics'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
);
const wasm = messages
  .split('\n')
  .filter((line) => line.startsWith('{'))
  .map((line) => JSON.parse(line))
  .find((m) => m.reason === 'compiler-artifact' && m.target?.name === 'career_data')
  ?.filenames.find((f) => f.endsWith('.wasm'));
if (!wasm) throw new Error('cargo built no career_data.wasm');

const out = join(staging, 'validator');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'career-data', wasm], { stdio: 'inherit' });
if (release) {
  const built = join(out, 'career-data_bg.wasm');
  execFileSync('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', '-o', built, built], { stdio: 'inherit' });
}
