// career-widget's stable entry point. Loading this module defines <career-widget>; the wasm it
// needs is fetched relative to this file's own URL, so dist/ can be hosted under any path or CDN.
// Behaviour lives in Rust (src/embed). The loader's modules (assets/loader/) forward the
// element's lifecycle to it, show a sized summary until the wasm is ready, and own the failure
// model (docs/embedding.md): a trap in the wasm never leaves a blank box or stops the
// other widgets.
//
// scripts/bundle-entry.mjs bundles this file and its modules into the shipped one, with
// wasm-bindgen's glue as `createGlue(guard)` (a fresh copy of the glue and its state on every
// call, so the wasm can be instantiated anew after a trap), WIDGET_CSS (the widget's stylesheet,
// which the loader adopts for the widget and its loading summary alike) and WASM_INTEGRITY, the
// wasm's SRI hash, so that an entry pinned with `integrity` pins everything it runs.
import { define } from './loader/element.mjs';
import { onUncaught } from './loader/wasm-host.mjs';

// For `make bench`: when the loader started. A timeline entry only; nothing is logged or sent.
performance.mark?.('career-widget:start');

if (define()) {
  addEventListener('error', onUncaught);
  addEventListener('unhandledrejection', onUncaught);
}
