// The project's version (semver), from Cargo.toml's [package]: the one place it is written. The
// build puts it into career-widget.js (a comment at its top, and the element class's `version`),
// integrity.json and the npm package's package.json; CHANGELOG.md has a section for it.
import { readFileSync } from 'node:fs';

export function projectVersion() {
  const manifest = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
  const pkg = manifest.split(/^\[/m).find((section) => section.startsWith('package]'));
  const version = pkg?.match(/^version = "([^"]+)"$/m)?.[1];
  if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`Cargo.toml: no semver version in [package] (${version})`);
  return version;
}

/** The comment at the top of career-widget.js. */
export const banner = (version) => `/*! career-widget ${version} */`;
