// career-widget's stable entry point. Loading this module defines <career-widget>; the wasm it
// needs is fetched relative to this file's own URL, so dist/ can be hosted under any path or CDN.
// Behaviour lives in Rust (src/embed). This shell forwards the element's lifecycle to it and,
// until the wasm is ready, shows a small static summary in the space the widget will take.
//
// Nothing is imported statically: the glue module and the wasm are requested together, once a
// widget is near the viewport, rather than one after the other (three round trips become two),
// and a glue file that fails to load gets the same failure message as a wasm that does.

// For `make bench`: when the loader started. A timeline entry only; nothing is logged or sent.
performance.mark?.('career-widget:start');

const OBSERVED = ['career', 'years', 'view', 'locale', 'theme', 'src'];

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
}
:host([theme="dark" i]) .cwp { background: var(--career-widget-background, #15191e);
  color: var(--career-widget-text, #e9edf1); border-color: #3a434d; }
:host([theme="dark" i]) .cwp-status { color: #a9b3be; }
`;

let placeholderSheet;
let ready; // the wasm's init() promise, once loading has begun
let glue; // wasm-bindgen's glue module, once loaded
let loaded = false;
let failed = false;
let warned = false;
const waiting = new Set(); // connected elements waiting for the wasm
let nearby; // watches waiting elements until one comes near the viewport

// The wasm is fetched only once a widget is near the viewport, so a widget far down a long
// article costs the page nothing until the reader heads its way.
function loadWhenNear(host) {
  if (ready) return;
  // Already near the viewport (the common case of a widget in the first screens): load now
  // rather than a frame later, when the observer would first report.
  const box = host.getBoundingClientRect();
  if (!('IntersectionObserver' in window) || (box.top < 2 * innerHeight && box.bottom > -innerHeight)) {
    load();
    return;
  }
  nearby ??= new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) load();
    },
    { rootMargin: '100% 0px' },
  );
  nearby.observe(host);
}

function load() {
  if (ready) return;
  nearby?.disconnect();
  nearby = undefined;
  const compiled = compile();
  compiled.catch(() => {}); // handled below, once the glue is here
  ready = import('./career-widget-app.js').then((module) => {
    glue = module;
    return compiled.then(
      (wasm) => glue.default({ module_or_path: wasm }),
      // Not served as application/wasm: wasm-bindgen's init() fetches and compiles the slow way.
      () => glue.default(),
    );
  }).then(
    () => {
      loaded = true;
      for (const host of waiting) host.mountNow();
      waiting.clear();
    },
    (error) => {
      failed = true;
      warnOnce('could not load its WebAssembly:', error);
      for (const host of waiting) showFailure(host, 'a file failed to load');
      waiting.clear();
    },
  );
}

// Compiles off the main thread as the bytes arrive, even while the page keeps that thread busy;
// init() alone would start compiling only once the main thread handled the fetch's response.
function compile() {
  if (typeof WebAssembly.compileStreaming !== 'function') return Promise.reject(new Error('no streaming'));
  return WebAssembly.compileStreaming(fetch(new URL('./career-widget-app_bg.wasm', import.meta.url)));
}

function warnOnce(...args) {
  if (!warned) console.warn('<career-widget>', ...args);
  warned = true;
}

function money(amount, currency, locale) {
  const options = { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 };
  try {
    return new Intl.NumberFormat(locale || undefined, options).format(amount);
  } catch {
    return new Intl.NumberFormat(undefined, options).format(amount);
  }
}

function text(tag, className, content) {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
}

function showPlaceholder(host) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (root.childNodes.length > 0) return;
  placeholderSheet ??= new CSSStyleSheet();
  if (placeholderSheet.cssRules.length === 0) placeholderSheet.replaceSync(PLACEHOLDER_CSS);
  root.adoptedStyleSheets = [placeholderSheet];
  const box = document.createElement('div');
  box.className = 'cwp';
  const career = (host.getAttribute('career') ?? SUMMARY.id).trim().toLowerCase();
  if (!host.hasAttribute('src') && career === SUMMARY.id) {
    box.append(text('span', 'cwp-title', SUMMARY.title));
    box.append(
      text('span', 'cwp-figure', `Median salary ${money(SUMMARY.median, SUMMARY.currency, host.getAttribute('locale'))} (${SUMMARY.region})`),
    );
  } else {
    box.append(text('span', 'cwp-title', 'Career pay and skills'));
  }
  box.append(text('span', 'cwp-status', 'Loading the salary estimator and skill map…'));
  root.replaceChildren(box);
}

function showFailure(host, reason) {
  showPlaceholder(host);
  const box = host.shadowRoot.querySelector('.cwp');
  if (!box) return;
  box.classList.add('cwp-failed');
  box.querySelector('.cwp-status').textContent = `The interactive widget could not load (${reason}). The rest of this page is not affected.`;
}

class CareerWidgetElement extends HTMLElement {
  static get observedAttributes() {
    return OBSERVED;
  }

  connectedCallback() {
    if (this.handle) return;
    if (loaded) {
      showPlaceholder(this);
      this.mountNow();
    } else if (failed) {
      showFailure(this, 'a file failed to load');
    } else {
      // Start fetching first: the summary (and the Intl formatter it needs) can be built
      // while the wasm is on its way.
      waiting.add(this);
      loadWhenNear(this);
      showPlaceholder(this);
    }
  }

  mountNow() {
    if (!this.isConnected || this.handle) return;
    try {
      this.handle = glue.mount(this);
    } catch (error) {
      warnOnce('could not start:', error);
      showFailure(this, 'an internal error');
    }
  }

  disconnectedCallback() {
    waiting.delete(this);
    nearby?.unobserve(this);
    const handle = this.handle;
    this.handle = undefined;
    handle?.unmount();
  }

  attributeChangedCallback() {
    if (!this.handle) return;
    try {
      this.handle.update();
    } catch (error) {
      warnOnce('stopped after an internal error:', error);
    }
  }
}

if (!customElements.get('career-widget')) {
  customElements.define('career-widget', CareerWidgetElement);
}
