// scripts/minify-names.mjs on a wasm made here by hand, shaped like wasm-bindgen's output (one
// module of hashed imports, the glue's imports object, exports read as `wasm.<name>`): the
// names are shortened in both and still meet, and every way they could fail to meet fails the
// build instead. Runs binaryen's wasm-opt from node_modules, as `make build` does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minifyNames } from '../../scripts/minify-names.mjs';

process.env.PATH = `${new URL('../../node_modules/.bin', import.meta.url).pathname}:${process.env.PATH}`;

const MODULE = './app_bg.js';
const IMPORT = '__wbg_ping_0123456789abcdef';

const bytes = (s) => [...Buffer.from(s)];
const named = (s) => [s.length, ...bytes(s)];
const section = (id, body) => [id, body.length, ...body];

/** A module importing MODULE.IMPORT and exporting `run` (which calls it) and `memory`. */
function wasm() {
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [1, ...named(MODULE), ...named(IMPORT), 0x00, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [2, ...named('run'), 0x00, 1, ...named('memory'), 0x02, 0]),
    ...section(10, [1, 4, 0, 0x10, 0, 0x0b]),
  ]);
}

/** The glue's parts that name the wasm's imports and exports, as a function to run. */
const GLUE = `
  const import0 = { __proto__: null, ${IMPORT}: function () { calls.push('ping'); } };
  const imports = { "${MODULE}": import0 };
  const wasm = new WebAssembly.Instance(module, imports).exports;
  wasm.run();
  return wasm.memory;
`;

async function minified(glue) {
  const dir = await mkdtemp(join(tmpdir(), 'minify-names-'));
  const path = join(dir, 'app_bg.wasm');
  await writeFile(path, wasm());
  const out = await minifyNames(path, glue);
  return { out, module: new WebAssembly.Module(await readFile(path)) };
}

test('the names are shortened in the wasm and the glue alike, and still meet', async () => {
  const { out, module } = await minified(GLUE);
  assert.ok(!out.includes(IMPORT) && !out.includes(MODULE) && !out.includes('wasm.run'), out);
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.every((i) => i.name.length <= 2 && i.module.length <= 2), JSON.stringify(imports));
  const calls = [];
  const memory = new Function('module', 'calls', out)(module, calls);
  assert.deepEqual(calls, ['ping'], 'the shortened export calls the shortened import');
  assert.ok(memory instanceof WebAssembly.Memory);
});

test('an import the glue does not hold exactly once fails the build', async () => {
  await assert.rejects(minified(GLUE.replace(`${IMPORT}:`, 'other:')), /found 0 times/);
  await assert.rejects(minified(GLUE.replace('__proto__: null,', `__proto__: null, ${IMPORT}: null,`)), /found 2 times/);
});

test('the glue reading an export the wasm does not have fails the build', async () => {
  await assert.rejects(minified(GLUE.replace('wasm.run();', 'wasm.run(); wasm.start();')), /wasm\.start/);
});

test('a hashed key for an import the wasm does not have (one wasm-opt removed) is left alone', async () => {
  const unused = '__wbg_gone_fedcba9876543210';
  const { out } = await minified(GLUE.replace('__proto__: null,', `__proto__: null, ${unused}: function () {},`));
  assert.ok(out.includes(unused));
});
