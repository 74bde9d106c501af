#!/usr/bin/env node
// `npx career-widget validate FILE...`: checks career datasets in Node (20 or newer) with the
// validator `career-data validate` is built from, compiled to wasm (validator/ in this
// package), so a blog's CI gets the same messages without Rust. Prints every problem on
// standard output as `FILE: path: rule` (with `--max N`, the first N and a count of the rest), a
// valid file's line on standard error; exits 0 when every file is valid, 1 otherwise, 2 on a
// usage error. `-` reads standard input.
import { open, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { initSync, validateFile } from '../validator/career-data.js';

// The largest dataset a widget reads (src/core/limits.rs); one byte more is read, to tell a
// file over it without holding an endless input whole.
const MAX_DATASET_BYTES = 1_000_000;
const USAGE = `usage: career-widget validate [--max N] FILE...   (FILE - reads standard input)
       career-widget --version`;

/** A line as it may reach a terminal: control and format characters written as escapes. */
const printable = (line) => line.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);

async function readCapped(path) {
  const limit = MAX_DATASET_BYTES + 1;
  const chunks = [];
  let total = 0;
  if (path === '-') {
    for await (const chunk of process.stdin) {
      chunks.push(chunk);
      total += chunk.length;
      if (total >= limit) break;
    }
    return Buffer.concat(chunks).subarray(0, limit);
  }
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(limit);
    while (total < limit) {
      const { bytesRead } = await file.read(buffer, total, limit - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return buffer.subarray(0, total);
  } finally {
    await file.close();
  }
}

async function main(args) {
  const version = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version;
  if (args[0] === '--version' || args[0] === '-V') {
    console.log(`career-widget ${version}`);
    return 0;
  }
  let max;
  const files = [];
  for (let i = 1; i < args.length; i++) {
    if (args[i] === '--max' || args[i].startsWith('--max=')) {
      const value = args[i] === '--max' ? args[++i] : args[i].slice('--max='.length);
      if (!/^\d+$/.test(value ?? '')) {
        console.error(`career-widget: --max needs a whole number, not ${JSON.stringify(value ?? '')}\n${USAGE}`);
        return 2;
      }
      max = Number(value);
    } else {
      files.push(args[i]);
    }
  }
  if (args[0] !== 'validate' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  initSync({ module: await readFile(fileURLToPath(new URL('../validator/career-data_bg.wasm', import.meta.url))) });
  let allValid = true;
  for (const path of files) {
    const name = path === '-' ? '<stdin>' : path;
    let lines;
    let valid = false;
    try {
      [valid, lines] = (([verdict, ...rest]) => [verdict === 'valid', rest])(validateFile(name, await readCapped(path), max).split('\n'));
    } catch (error) {
      lines = [printable(`${name}: file: cannot be read: ${error.message}`)];
    }
    if (valid) {
      console.error(lines.join('\n'));
    } else {
      allValid = false;
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  }
  return allValid ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
