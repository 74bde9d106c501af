// Where the loader must read an attribute as the widget does before the wasm is there, one table
// holds both sides (tests/fixtures/attribute-mirrors.json; the Rust side is in
// tests/loader_summary.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { headingLevelOf, isBundledCareer, isFullLayout, themeOf } from '../../assets/loader/summary.mjs';

const table = JSON.parse(await readFile(new URL('../fixtures/attribute-mirrors.json', import.meta.url), 'utf8'));

test('the loading summary reads the theme as the widget does', () => {
  for (const [value, expected] of table.theme) assert.equal(themeOf(value), expected, JSON.stringify(value));
});

test('the loading summary shows the bundled career exactly when the widget will', () => {
  for (const [value, expected] of table.bundled_career) {
    assert.equal(isBundledCareer(value), expected, JSON.stringify(value));
  }
});

test('the loading summary reads the layout and the heading level as the widget does', () => {
  for (const [value, expected] of table.layout) assert.equal(isFullLayout(value), expected === 'full', JSON.stringify(value));
  for (const [value, expected] of table.heading_level) assert.equal(headingLevelOf(value), expected, JSON.stringify(value));
});
