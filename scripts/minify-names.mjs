// Short names for what the wasm and wasm-bindgen's glue call each other, applied to both.
//
// wasm-bindgen names each import after its JavaScript function plus a 16-digit hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`) and its closure exports after Rust paths; every name
// sits in the wasm and again in the glue, and the hashes do not compress. binaryen renames them all (`--minify-imports-and-exports-and-modules`: the module
// becomes `a`, the names `a`, `b`, …) and prints the mapping, which this applies to the glue:
// import names are keys of the glue's imports object, the module is its key, exports are read as
// `wasm.<name>`. A mapped name the glue does not hold exactly once, a hashed import of the wasm
// left over, or a `wasm.<name>` the wasm no longer exports fails the build.
// The same pass drops the two custom sections nothing at run time reads (`producers`, the
// toolchain's versions, and `target_features`, which wasm-opt has already used).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Replaces `pattern` in `text` exactly `times` times (or any number, when `times` is null). */
function replaceCounted(text, pattern, replacement, times, what) {
  let count = 0;
  const out = text.replace(pattern, () => {
    count += 1;
    return replacement;
  });
  if (times !== null && count !== times) throw new Error(`minify-names: ${what} found ${count} times in the glue, expected ${times}`);
  return out;
}

/** Minifies `wasmPath` in place and returns `glue` with the same names. */
export async function minifyNames(wasmPath, glue) {
  // A debug build's function names are kept for its stack traces; a release build has none, and
  // --debuginfo would write a name section of binaryen's own.
  const original = new WebAssembly.Module(await readFile(wasmPath));
  const named = WebAssembly.Module.customSections(original, 'name').length > 0;
  const imported = new Set(WebAssembly.Module.imports(original).map((i) => i.name));
  const debuginfo = named ? ['--debuginfo'] : [];
  const printed = execFileSync('wasm-opt', ['--minify-imports-and-exports-and-modules', '--strip-producers', '--strip-target-features', ...debuginfo, wasmPath, '-o', wasmPath], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const mapping = JSON.parse(printed);
  const minified = WebAssembly.Module.imports(new WebAssembly.Module(await readFile(wasmPath)));
  const modules = new Set(minified.map((i) => i.module));
  if (modules.size !== 1) throw new Error(`minify-names: expected one import module, found ${[...modules]}`);
  const [module] = modules;

  let out = glue;
  for (const original of new Set(mapping.imports.map(([m]) => m))) {
    out = replaceCounted(out, new RegExp(`(["'])${escape(original)}\\1(?=\\s*:)`, 'g'), JSON.stringify(module), 1, `import module ${original}`);
  }
  for (const [, name, short] of mapping.imports) {
    out = replaceCounted(out, new RegExp(`(?<![\\w$])${escape(name)}(?=\\s*:)`, 'g'), short, 1, `import ${name}`);
  }
  const shortExports = new Set();
  for (const [name, short] of mapping.exports) {
    shortExports.add(short);
    out = replaceCounted(out, new RegExp(`(?<![\\w$])wasm\\.${escape(name)}(?![\\w$])`, 'g'), `wasm.${short}`, null, `export ${name}`);
  }
  // A hashed name left in the glue is harmless only if the wasm never imported it (an import
  // wasm-opt found unused and removed): the glue's key is then dead.
  for (const [leftover] of out.matchAll(/__wbg_[\w$]+_[0-9a-f]{16}(?![\w$])/g)) {
    if (imported.has(leftover)) throw new Error(`minify-names: ${leftover} is in the glue but not in binaryen's mapping`);
  }
  for (const [, name] of out.matchAll(/(?<![\w$])wasm\.([\w$]+)/g)) {
    if (!shortExports.has(name)) throw new Error(`minify-names: the glue reads wasm.${name}, which the wasm no longer exports`);
  }
  return out;
}
