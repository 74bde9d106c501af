// The authoring tools' dataset validator: `career-data validate`'s own checks and messages
// (the validator/ crate, compiled to wasm in validator/), for the authoring page. Stricter than
// the widget, which passes over a repeated or unknown key (docs/dataset.md): an author sees every
// problem before a widget does. Widgets never load it.
import init, { datasetProblems as problemsIn } from './validator/career-data.js';

// The largest dataset text the validator reads (src/core/limits.rs; tests/loader_summary.rs).
const MAX_DATASET_BYTES = 1_000_000;
let loading; // the wasm, fetched and instantiated once, on the first call

/**
 * Resolves to the problems `career-data validate` reports for this JSON text, one "path: rule"
 * string each, or to an empty array when it is valid. Rejects if the validator cannot load.
 */
export async function datasetProblems(text) {
  if (typeof text !== 'string') throw new TypeError('datasetProblems: the dataset must be a string of JSON');
  // Refused before it enters the wasm: copied in, it would grow the wasm's memory for good.
  // (A Blob holds the text as UTF-8, the bytes the validator counts, outside the wasm.)
  const bytes = new Blob([text.startsWith('\ufeff') ? text.slice(1) : text]).size;
  if (bytes > MAX_DATASET_BYTES) return [`dataset: is ${bytes} bytes; the limit is ${MAX_DATASET_BYTES} bytes`];
  loading ??= init().catch((error) => {
    loading = undefined; // a later call tries again
    throw new Error(`datasetProblems: the validator could not load (${error.message})`);
  });
  await loading;
  const problems = problemsIn(text);
  return problems ? problems.split('\n') : [];
}
