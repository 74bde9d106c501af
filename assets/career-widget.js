// career-widget's stable entry point. Loading this module defines <career-widget>; the wasm it
// needs is fetched relative to this file's own URL, so dist/ can be hosted under any path or CDN.
// Behaviour lives in Rust (src/embed). This shell forwards the element's lifecycle to it, shows
// a sized summary until the wasm is ready, and owns the failure model (README, "Guest
// behaviour"): a trap in the wasm never leaves a blank box or stops the other widgets.
//
// scripts/bundle-entry.mjs builds the shipped file from this one: it adds wasm-bindgen's glue as
// `createGlue(guard)` (a fresh copy of the glue and its state on every call, so the wasm can be
// instantiated anew after a trap), WIDGET_CSS (the widget's stylesheet, which this file adopts
// for the widget and its loading summary alike) and WASM_INTEGRITY, the wasm's SRI hash, so that
// an entry pinned with `integrity` pins everything it runs.
/* global createGlue, WASM_INTEGRITY, WIDGET_CSS */

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
const SUMMARY = {"id":"customer-support-manager","title":"Customer Support Manager","summary":"A Customer Support Manager is responsible for leading and overseeing customer service teams to ensure outstanding support experiences. They develop customer service strategies, manage daily operations, and act as a bridge between customers and internal departments, driving satisfaction, retention, and brand loyalty.","median":85000,"currency":"USD","region":"US"};

// The loading summary, on top of the widget's own stylesheet: its card reserves the space the
// widget takes at its width (assets/reserve.css, in WIDGET_CSS), and its header is the widget's
// header, drawn at the size the widget will draw it (so the widget's arrival does not make a
// larger paint for the page's LCP). The failure message gives the reserved space back: a page
// should not carry thousands of pixels of empty box for one line (the rule outranks the
// reservation's `:host([view]) .cwp`).
const PLACEHOLDER_CSS = `
:host .cw-root .cwp.cwp-failed { min-height: 0; }
.cwp-figure { margin-top: 0.75em; font-weight: 700; }
.cwp-status { margin-top: 0.75em; color: var(--cw-muted); font-size: 0.875em; }
.cwp-failed .cwp-status { color: var(--cw-error); font-weight: 600; }
`;

// The wasm's life: idle → loading → ready; after a trap → loading again (a fresh instance) or,
// when traps keep coming, failed (the message in every widget, no further calls into the wasm).
let phase = 'idle';
let compiled; // Promise of the compiled WebAssembly.Module, reused by every restart
let glue; // the live copy of the glue, whose mount() starts a widget
let generation = 0; // the live instance's number; calls into any other throw RETIRED
let failure = 'a file failed to load'; // why, once failed
const restarts = []; // when the recent restarts happened
const MAX_RESTARTS = 3; // within RESTART_WINDOW_MS; one more trap and every widget gives up
const RESTART_WINDOW_MS = 60_000;
// Errors that escaped the wasm: not reported to the page as uncaught, the one warning says it.
const escaped = new WeakSet();
const RETIRED = new Error(`<${TAG}>: a retired instance of the widget's wasm was called`);
escaped.add(RETIRED);
let calling; // the element a call of ours into the wasm is for
let isolating; // the element whose first render a restart is waiting for
let refocus; // { host, key }: the control the reader was on when the wasm trapped
const live = new Set(); // connected <career-widget> elements to run
const broken = new WeakSet(); // elements whose own content trapped: they show the message
const warned = new Set();
let nearby; // watches waiting elements until one comes near the viewport
let awaitingScreen = false; // a near widget's summary is waited for (afterOnScreen), then load
const settled = []; // resolvers of datasetProblems() calls waiting for the wasm
// One constructed stylesheet for every shadow root, widget and summary alike: no <style>
// element and no style attribute, so a strict CSP is fine.
let sheet;
// Filled in by the element class's static block: its private fields stay private.
let mountElement, forgetElement, isMounted;

function warnOnce(key, ...args) {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<${TAG}>`, ...args);
}

// The wasm is fetched only once a widget is near the viewport, so a widget far down a long
// article costs the page nothing until the reader heads its way.
function loadWhenNear(host) {
  if (phase !== 'idle') return;
  // Already near the viewport (the common case of a widget in the first screens): load once its
  // loading summary is on screen, not when the observer would first report, a frame later. One
  // wait serves every widget of the page.
  const box = host.getBoundingClientRect();
  if (!('IntersectionObserver' in window) || (box.top < 2 * innerHeight && box.bottom > -innerHeight)) {
    if (!awaitingScreen) afterOnScreen(load);
    awaitingScreen = true;
    return;
  }
  nearby ??= new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), {
    rootMargin: '100% 0px',
  });
  nearby.observe(host);
}

// Runs `fn` once the next frame has been painted.
function afterPaint(fn) {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

// Runs `fn` once what was just drawn is on screen. The summary is often the page's largest
// paint, and Lighthouse counts every download that ended before that paint reached the screen
// as something the paint waited for; the browser says when it is on screen by reporting it as
// the largest paint so far. A summary that is not the page's largest is never reported: then
// 100 ms after its frame (counting frames is no clock: a headless browser draws them back to
// back, long before they are shown).
function afterOnScreen(fn) {
  const since = performance.now();
  let observer;
  const run = () => {
    if (!observer) return;
    observer.disconnect();
    observer = undefined;
    fn();
  };
  try {
    // Asked for where it is unknown (Safari), the browser would warn in the page's console.
    if (PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) {
      // A paint inside a shadow root is reported without its element; the page's own come with theirs.
      const ours = (e) => e.startTime >= since && !e.element;
      observer = new PerformanceObserver((list) => list.getEntries().some(ours) && run());
      observer.observe({ type: 'largest-contentful-paint' });
    }
  } catch {
    // A page's own PerformanceObserver that throws: as if there were none.
  }
  if (observer) requestAnimationFrame(() => setTimeout(run, 100));
  else afterPaint(fn);
}

function load() {
  if (phase !== 'idle') return;
  phase = 'loading';
  nearby?.disconnect();
  nearby = undefined;
  compiled = compile();
  start(false).catch((error) => {
    phase = 'failed';
    wake();
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

// A fresh glue and instance, then every connected element mounted from its attributes. After a
// trap they are mounted one at a time, each waiting for its first render, so that an element
// whose own content traps is known (`isolating`) and left out of the next start.
async function start(oneByOne) {
  const module = await compiled;
  const fresh = createGlue(guard(generation));
  // The module is compiled already, so instantiating it is quick: the glue's synchronous way.
  fresh.initSync({ module });
  // Instantiating and the first render in one task would block a slow phone's page for one
  // task of about 100 ms; in two, neither counts as blocking.
  await new Promise((ok) => setTimeout(ok, 0));
  glue = fresh;
  phase = 'ready';
  wake();
  if (!oneByOne) {
    for (const host of live) mountElement(host);
    return;
  }
  // Elements connected meanwhile join the queue (the element class mounts them once ready).
  for (let host; (host = [...live].find((h) => !isMounted(h))); ) {
    if (glue !== fresh) return; // it trapped again; that crash started over
    isolating = host;
    mountElement(host);
    await rendered(host);
    if (refocus?.host === host) restoreFocus();
    if (isolating === host) isolating = undefined;
    if (!isMounted(host)) live.delete(host); // could not be mounted (reported)
  }
}

// A selector for a control inside a widget that its next render will match: the widget's
// controls are named by an id, a skill or their label.
function focusKey(el) {
  const name = el && ['id', 'data-skill', 'aria-label'].find((a) => el.hasAttribute(a));
  return name && `[${name}="${CSS.escape(el.getAttribute(name))}"]`;
}

// Unless the reader has moved on meanwhile.
function restoreFocus() {
  const { host, key } = refocus;
  refocus = undefined;
  const now = document.activeElement;
  if (!key || (now && now !== document.body && now !== host)) return;
  host.shadowRoot?.querySelector(key)?.focus({ preventScroll: true });
}

// Resolves once the element's widget (or notice) is in its shadow root, or after a while.
function rendered(host) {
  return new Promise((done) => {
    const root = host.shadowRoot;
    const ready = () => !root || !host.isConnected || root.querySelector('.cw-root > :not(.cwp)');
    if (ready()) return done();
    const seen = new MutationObserver(() => ready() && finish());
    const timer = setTimeout(() => finish(), 2_000);
    const finish = () => {
      seen.disconnect();
      clearTimeout(timer);
      done();
    };
    seen.observe(root, { childList: true, subtree: true });
  });
}

// Every call into one instance of the wasm goes through its exports, and so through here
// (scripts/bundle-entry.mjs hands this to the glue). What escapes a call (a trap, which is what
// every Rust panic is in a release build, or a JavaScript error that unwound through Rust frames)
// has left that instance in an unknown state: its scheduler may be locked, a RefCell borrowed.
// So it crashes that instance, whoever was calling; a retired instance is not entered at all.
// No stack is read and no panic hook needs to run.
function guard(number) {
  return (exports) => {
    const guarded = {};
    for (const [name, value] of Object.entries(exports)) {
      guarded[name] =
        typeof value !== 'function'
          ? value
          : function (...args) {
              if (number !== generation) throw RETIRED;
              try {
                return value.apply(this, args);
              } catch (error) {
                if (error !== null && typeof error === 'object') escaped.add(error);
                crashed(error);
                throw error;
              }
            };
    }
    return guarded;
  };
}

// The live instance trapped. Nothing of it is used again; the element it was working for, if
// known, shows the failure message on its own; a fresh instance of the compiled module takes
// over the rest. When traps keep coming (more than MAX_RESTARTS in RESTART_WINDOW_MS), every
// widget shows the message instead.
function crashed(error) {
  if (phase !== 'ready') return;
  const culprit = calling ?? isolating;
  calling = isolating = undefined;
  // Keyboard and screen-reader users keep their place: the control they were on gets the
  // focus back once its widget is mounted again.
  const active = document.activeElement;
  refocus = live.has(active) && active !== culprit ? { host: active, key: focusKey(active.shadowRoot?.activeElement) } : undefined;
  generation += 1;
  glue = undefined;
  for (const host of live) forgetElement(host);
  if (culprit) {
    broken.add(culprit);
    live.delete(culprit);
    showFailure(culprit, 'an internal error');
  }
  const now = performance.now();
  while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
  if (restarts.length >= MAX_RESTARTS) {
    giveUp(error);
    return;
  }
  restarts.push(now);
  phase = 'loading';
  warnOnce('trap', 'stopped after an internal error and was restarted:', error);
  start(true).catch((again) => giveUp(again));
}

function giveUp(error) {
  phase = 'failed';
  wake();
  failure = 'an internal error';
  warnOnce('failed', 'stopped after an internal error:', error);
  for (const host of live) showFailure(host, failure);
}

function wake() {
  for (const resolve of settled.splice(0)) resolve();
}

/**
 * The widget's own dataset validator, for authoring tools (the authoring page uses it): resolves
 * to the problems a widget would report for this JSON text, one "path: rule" string each, or to
 * an empty array when a widget would render it. Loads the wasm if no widget has yet. Rejects if
 * the wasm cannot load or stops on an internal error.
 */
export async function datasetProblems(text) {
  if (typeof text !== 'string') throw new TypeError(`<${TAG}> datasetProblems: the dataset must be a string of JSON`);
  load();
  while (phase === 'loading') await new Promise((resolve) => settled.push(resolve));
  const running = glue;
  if (phase === 'ready') {
    try {
      const problems = running.datasetProblems(text);
      return problems ? problems.split('\n') : [];
    } catch {
      // A trap: the guard has restarted the wasm (or given up) already.
    }
  }
  throw new Error(`<${TAG}> datasetProblems: the validator could not run (${phase === 'failed' ? failure : 'an internal error'})`);
}

// Calls into the wasm for `host`; a trap is dealt with by the guard, and ends here as `undefined`.
function call(host, fn) {
  calling = host;
  try {
    return fn();
  } catch {
    return undefined;
  } finally {
    if (calling === host) calling = undefined;
  }
}

// A trap outside a call of ours (an event handler, a timer, a promise job of the wasm) reaches
// the page as uncaught; the guard has already dealt with it, so the page is spared the report.
function onUncaught(event) {
  if (escaped.has(event.type === 'error' ? event.error : event.reason)) event.preventDefault();
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
// leaves that element alone. The wasm keeps the adopted sheet.
function showPlaceholder(host) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS + PLACEHOLDER_CSS);
  }
  root.adoptedStyleSheets = [sheet];
  const card = document.createElement('article');
  card.className = 'cw cwp';
  const theme = (host.getAttribute('theme') ?? '').trim().toLowerCase();
  card.dataset.theme = theme === 'light' || theme === 'dark' ? theme : 'auto';
  const header = document.createElement('header');
  header.className = 'cw-header';
  const career = (host.getAttribute('career') ?? SUMMARY.id).trim().toLowerCase();
  if (!host.getAttribute('src')?.trim() && career === SUMMARY.id) {
    header.append(text('h2', 'cw-title', SUMMARY.title), text('p', 'cw-summary', SUMMARY.summary));
    card.append(header);
    // The figure comes a frame later: the page's first Intl.NumberFormat costs tens of
    // milliseconds (ICU starting up) that the summary's first paint should not wait for.
    const figure = text('p', 'cwp-figure', '\u00a0');
    card.append(figure);
    afterPaint(() => {
      figure.textContent = `Median salary ${money(SUMMARY.median, SUMMARY.currency, host.getAttribute('locale'))} (${SUMMARY.region})`;
    });
  } else {
    header.append(text('h2', 'cw-title', 'Career pay and skills'));
    card.append(header);
  }
  card.append(text('p', 'cwp-status', 'Loading the salary estimator and skill map…'));
  const frame = document.createElement('div');
  frame.className = 'cw-root';
  frame.append(card);
  root.replaceChildren(frame);
  return card;
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
    isMounted = (host) => Boolean(host.#handle);
    // After a trap: the handle belongs to a retired instance, which is never entered again; the
    // element shows the loading summary until the new instance mounts it.
    forgetElement = (host) => {
      if (!host.#handle) return;
      host.#handle = undefined;
      try {
        showPlaceholder(host);
      } catch {
        // The element's shadow root was never ours.
      }
    };
  }

  connectedCallback() {
    if (phase === 'failed' || broken.has(this)) {
      showFailure(this, broken.has(this) ? 'an internal error' : failure);
      return;
    }
    live.add(this);
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
    const handle = call(this, () => running.mount(this));
    if (glue !== running) return; // it trapped; the restart takes over
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
    if (handle) call(this, () => handle.unmount());
  }

  attributeChangedCallback() {
    const handle = this.#handle;
    if (handle) call(this, () => handle.update());
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
