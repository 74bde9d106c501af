// career-widget's stable entry point. Loading this module defines <career-widget>; the wasm it
// needs is fetched relative to this file's own URL, so dist/ can be hosted under any path or CDN.
// Behaviour lives in Rust (src/embed). This shell forwards the element's lifecycle to it, shows
// a sized summary until the wasm is ready, and owns the failure model (README, "Guest
// behaviour"): a trap in the wasm never leaves a blank box or stops the other widgets.
//
// scripts/bundle-entry.mjs builds the shipped file from this one: it puts wasm-bindgen's glue in
// front as `createGlue()` (a fresh copy of the glue and its state on every call, so the wasm can
// be instantiated anew after a trap) and defines WASM_INTEGRITY, the wasm's SRI hash, so that an
// entry pinned with `integrity` pins everything it runs.
/* global createGlue, WASM_INTEGRITY */

// For `make bench`: when the loader started. A timeline entry only; nothing is logged or sent.
performance.mark?.('career-widget:start');

const TAG = 'career-widget';
const OBSERVED = ['career', 'years', 'view', 'locale', 'theme', 'src'];
const WASM_URL = new URL('./career-widget-app_bg.wasm', import.meta.url).href;
// Marks the element class as this loader's, so a second copy of the loader (included from
// another URL) recognises it and stays quiet, while a foreign definition is reported.
const OURS = Symbol.for('career-widget.loader');

// The bundled career's headline, for the summary shown while loading. tests/loader_summary.rs
// checks it against assets/careers.json, so the two cannot disagree.
const SUMMARY = {"id":"customer-support-manager","title":"Customer Support Manager","median":85000,"currency":"USD","region":"US"};

// A constructed stylesheet: no <style> element and no style attribute, so a strict CSP is fine.
const PLACEHOLDER_CSS = `
:host { display: block !important; min-height: 1400px; contain: content; }
:host([view="salary" i]) { min-height: 1100px; }
:host([view="skills" i]) { min-height: 900px; }
:host([hidden]) { display: none !important; }
.cwp { all: initial; display: block; box-sizing: border-box; padding: 1.25em;
  border: 1px solid #d3d9e0; border-radius: var(--career-widget-radius, 12px);
  background: var(--career-widget-background, #fff); color: var(--career-widget-text, #1a1f24);
  font: 16px/1.5 var(--career-widget-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif); }
.cwp-title { display: block; font-size: 1.375em; font-weight: 700; }
.cwp-figure { display: block; margin-top: 0.25em; }
.cwp-status { display: block; margin-top: 0.75em; font-size: 0.875em; color: #555e68; }
.cwp-failed .cwp-status { color: #b3261e; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light" i])) .cwp { background: var(--career-widget-background, #15191e);
    color: var(--career-widget-text, #e9edf1); border-color: #3a434d; }
  :host(:not([theme="light" i])) .cwp-status { color: #a9b3be; }
  :host(:not([theme="light" i])) .cwp-failed .cwp-status { color: #ff8a80; }
}
:host([theme="dark" i]) .cwp { background: var(--career-widget-background, #15191e);
  color: var(--career-widget-text, #e9edf1); border-color: #3a434d; }
:host([theme="dark" i]) .cwp-status { color: #a9b3be; }
:host([theme="dark" i]) .cwp-failed .cwp-status { color: #ff8a80; }
`;

// The wasm's life: idle → loading → ready, and after a trap → ready again (one restart) or
// failed (the message in every widget, no further calls into the wasm).
let phase = 'idle';
let compiled; // Promise of the compiled WebAssembly.Module, reused by a restart
let glue; // the live copy of the glue, whose mount() starts a widget
let restarts = 0;
let failure = 'a file failed to load'; // why, once failed
// What a trapped instance still owns (its glue, handles and DOM), kept reachable so that no
// finalizer ever calls into it again.
const retired = [];
const live = new Set(); // connected <career-widget> elements
const warned = new Set();
let nearby; // watches waiting elements until one comes near the viewport
let placeholderSheet;
// Filled in by the element class's static block: its private fields stay private.
let mountElement, forgetElement;

function warnOnce(key, ...args) {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<${TAG}>`, ...args);
}

// The wasm is fetched only once a widget is near the viewport, so a widget far down a long
// article costs the page nothing until the reader heads its way.
function loadWhenNear(host) {
  if (phase !== 'idle') return;
  // Already near the viewport (the common case of a widget in the first screens): load now
  // rather than a frame later, when the observer would first report.
  const box = host.getBoundingClientRect();
  if (!('IntersectionObserver' in window) || (box.top < 2 * innerHeight && box.bottom > -innerHeight)) {
    load();
    return;
  }
  nearby ??= new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), {
    rootMargin: '100% 0px',
  });
  nearby.observe(host);
}

function load() {
  if (phase !== 'idle') return;
  phase = 'loading';
  nearby?.disconnect();
  nearby = undefined;
  compiled = compile();
  start().catch((error) => {
    phase = 'failed';
    warnOnce('load', 'could not load its WebAssembly:', error);
    for (const host of live) showFailure(host, failure);
  });
}

// Compiles off the main thread as the bytes arrive. The integrity hash makes the browser refuse
// a wasm that is not the one this entry was built with.
async function compile() {
  const response = fetch(WASM_URL, WASM_INTEGRITY ? { integrity: WASM_INTEGRITY } : {});
  if (typeof WebAssembly.compileStreaming === 'function') {
    try {
      return await WebAssembly.compileStreaming(response);
    } catch (error) {
      // Not served as application/wasm: compile the bytes instead.
      if (!(error instanceof TypeError) || (await response).bodyUsed) throw error;
    }
  }
  return WebAssembly.compile(await (await response).arrayBuffer());
}

// A fresh glue and instance, then every connected element mounted from its attributes.
async function start() {
  const module = await compiled;
  const fresh = createGlue();
  await fresh({ module_or_path: module });
  glue = fresh;
  phase = 'ready';
  for (const host of live) mountElement(host);
}

// A trap inside the wasm (an `unreachable`, which is what every Rust panic becomes in a release
// build) leaves the instance in an unknown state: the scheduler may be locked, a RefCell
// borrowed. Nothing of it is used again. The first time, a new instance of the already compiled
// module takes over and every widget is mounted anew from its attributes; the second time,
// every widget shows the failure message instead.
function crashed(error) {
  if (phase !== 'ready') return;
  retired.push(glue);
  glue = undefined;
  for (const host of live) forgetElement(host);
  if (restarts === 0) {
    restarts += 1;
    phase = 'loading';
    warnOnce('trap', 'stopped after an internal error and was restarted:', error);
    start().catch((again) => giveUp(again));
  } else {
    giveUp(error);
  }
}

function giveUp(error) {
  phase = 'failed';
  failure = 'an internal error';
  warnOnce('failed', 'stopped after an internal error:', error);
  for (const host of live) showFailure(host, failure);
}

// Calls into the wasm. Whatever escapes it (a trap, or a JavaScript error that unwound through
// Rust frames) has left Rust state half-updated, so it counts as a crash.
function call(fn) {
  try {
    return fn();
  } catch (error) {
    crashed(error);
    return undefined;
  }
}

// Traps that happen outside a call of ours: in an event handler, a timer or a promise job of
// the wasm. Only RuntimeErrors (traps) whose stack passes through this file or the wasm are
// ours; the page's own errors are left alone. Ours are not also reported as uncaught: the
// one warning above says what happened.
function isOurTrap(error) {
  return (
    error instanceof WebAssembly.RuntimeError &&
    typeof error.stack === 'string' &&
    (error.stack.includes(WASM_URL) || error.stack.includes(import.meta.url))
  );
}

function onUncaught(event) {
  const error = event.type === 'error' ? event.error : event.reason;
  if (phase !== 'ready' || !isOurTrap(error)) return;
  event.preventDefault();
  crashed(error);
}

function money(amount, currency, locale) {
  const options = { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 };
  let format;
  try {
    format = new Intl.NumberFormat(locale || undefined, options);
  } catch {
    format = new Intl.NumberFormat(undefined, options);
  }
  // A browser with no language of its own (LANG=C) reports a POSIX locale that does not group
  // digits; the widget (src/embed/intl.rs) reads that as no preference, and so does this.
  if (format.resolvedOptions().locale.includes('-u-va-posix')) format = new Intl.NumberFormat('en-US', options);
  return format.format(amount);
}

function text(tag, className, content) {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
}

// Throws when the element already has a closed shadow root (someone else's); the caller then
// leaves that element alone.
function showPlaceholder(host) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  placeholderSheet ??= new CSSStyleSheet();
  if (placeholderSheet.cssRules.length === 0) placeholderSheet.replaceSync(PLACEHOLDER_CSS);
  root.adoptedStyleSheets = [placeholderSheet];
  const box = document.createElement('div');
  box.className = 'cwp';
  const career = (host.getAttribute('career') ?? SUMMARY.id).trim().toLowerCase();
  if (!host.getAttribute('src')?.trim() && career === SUMMARY.id) {
    box.append(text('span', 'cwp-title', SUMMARY.title));
    box.append(
      text('span', 'cwp-figure', `Median salary ${money(SUMMARY.median, SUMMARY.currency, host.getAttribute('locale'))} (${SUMMARY.region})`),
    );
  } else {
    box.append(text('span', 'cwp-title', 'Career pay and skills'));
  }
  box.append(text('span', 'cwp-status', 'Loading the salary estimator and skill map…'));
  root.replaceChildren(box);
  return box;
}

function showFailure(host, reason) {
  try {
    const box = showPlaceholder(host);
    box.classList.add('cwp-failed');
    box.setAttribute('role', 'alert');
    box.querySelector('.cwp-status').textContent = `The interactive widget could not load (${reason}). The rest of this page is not affected.`;
  } catch (error) {
    warnOnce('shadow', 'could not show itself in an element that already has a closed shadow root:', error);
  }
}

class CareerWidgetElement extends HTMLElement {
  static [OURS] = true;

  static get observedAttributes() {
    return OBSERVED;
  }

  #handle; // the wasm's WidgetHandle while mounted

  static {
    mountElement = (host) => host.#mount();
    // After a trap: the handle belongs to a dead instance. It is kept (never called, never
    // freed) and the element shows the loading summary until the new instance mounts it.
    forgetElement = (host) => {
      if (!host.#handle) return;
      retired.push(host.#handle, ...(host.shadowRoot?.childNodes ?? []));
      host.#handle = undefined;
      try {
        showPlaceholder(host);
      } catch {
        // The element's shadow root was never ours.
      }
    };
  }

  connectedCallback() {
    live.add(this);
    if (phase === 'failed') {
      showFailure(this, failure);
      return;
    }
    try {
      showPlaceholder(this);
    } catch (error) {
      live.delete(this);
      warnOnce('shadow', 'could not show itself in an element that already has a closed shadow root:', error);
      return;
    }
    if (phase === 'ready') this.#mount();
    else loadWhenNear(this);
  }

  #mount() {
    if (!this.isConnected || this.#handle || phase !== 'ready') return;
    const running = glue;
    const handle = call(() => running.mount(this));
    if (glue !== running) return; // it trapped; the restart mounts this element again
    if (handle) this.#handle = handle;
    else {
      live.delete(this);
      warnOnce('shadow', 'could not show itself in an element that already has a closed shadow root.');
    }
  }

  disconnectedCallback() {
    live.delete(this);
    nearby?.unobserve(this);
    const handle = this.#handle;
    this.#handle = undefined;
    if (handle) call(() => handle.unmount());
  }

  attributeChangedCallback() {
    const handle = this.#handle;
    if (handle) call(() => handle.update());
    else if (this.isConnected && phase !== 'failed' && live.has(this)) {
      try {
        showPlaceholder(this);
      } catch {
        // Reported when it was connected.
      }
    }
  }
}

const existing = customElements.get(TAG);
if (!existing) {
  addEventListener('error', onUncaught);
  addEventListener('unhandledrejection', onUncaught);
  customElements.define(TAG, CareerWidgetElement);
} else if (!existing[OURS]) {
  console.warn(`<${TAG}> is already defined by another script on this page; this copy of career-widget.js does nothing.`);
}
