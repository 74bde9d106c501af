// The wasm's host: compiles the wasm once, runs it in an instance of wasm-bindgen's glue, mounts
// the page's widgets in it, and carries out the failure model's decisions (failure.mjs) when an
// instance traps: a fresh instance for the widgets, the failure message for the one to blame.
/* global createGlue, WASM_INTEGRITY */
import { FailureModel } from './failure.mjs';
import { wasmLanguage } from './language.mjs';
import { showFailure, showSummary } from './summary.mjs';
import { loadWhenNear, stopWatching } from './when-near.mjs';

export const TAG = 'career-widget';
const WASM_URL = new URL('./career-widget-app_bg.wasm', import.meta.url).href;
// The wasm sends it on a widget's shadow root when it works for that widget outside a call of
// ours (src/embed/element.rs, WORK_EVENT).
const WORK_EVENT = 'career-widget-work';
// The events the widget handles; one dispatched inside a widget makes its handlers that
// widget's work.
const HANDLED = ['click', 'input', 'change', 'keydown', 'focusin'];
const INTERNAL = 'an internal error';
const NOT_OURS = 'could not show itself in an element that already has a closed shadow root:';

const model = new FailureModel();
let compiled; // Promise of the compiled WebAssembly.Module, reused by every restart
let glue; // the live instance's glue, whose mount() starts a widget
const live = new Set(); // connected elements to run
const handles = new WeakMap(); // element -> its WidgetHandle in the live instance
let refocus; // { host, key }: the control the reader was on when the wasm trapped
// Errors that escaped the wasm: not reported to the page as uncaught; the one warning says it.
const escaped = new WeakSet();
const RETIRED = new Error(`<${TAG}>: a retired instance of the widget's wasm was called`);
escaped.add(RETIRED);
const warned = new Set();

function warnOnce(key, ...args) {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<${TAG}>`, ...args);
}

/** A trap outside a call of ours reaches the page as uncaught; the host has dealt with it. */
export function onUncaught(event) {
  if (escaped.has(event.type === 'error' ? event.error : event.reason)) event.preventDefault();
}

// ---- a widget's shadow root: listeners of the loader's own, for the root's whole life --------
// None of them holds the wasm, so a retired instance is not kept alive by the element.

function equip(root) {
  for (const type of HANDLED) root.addEventListener(type, onDispatch, true);
  for (const type of ['keydown', 'keypress', 'keyup']) root.addEventListener(type, keepTypingInside);
  root.addEventListener(WORK_EVENT, (event) => claimTurn(event.currentTarget.host));
}

function onDispatch(event) {
  model.dispatching(event.currentTarget.host, event);
}

// Keys typed into the widget's own fields (the search, the salary, the years) are the widget's:
// the page sees them retargeted to <career-widget>, so its "not while the reader is typing"
// check cannot see the field, and its shortcuts would fire. Tab and Escape, and combinations
// with Ctrl, Alt or Meta, still reach the page.
function keepTypingInside(event) {
  if (event.ctrlKey || event.altKey || event.metaKey || event.key === 'Tab' || event.key === 'Escape') return;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(event.composedPath()[0]?.tagName)) event.stopPropagation();
}

/** Work for `who` runs now, and so do the renders it schedules in this turn's microtasks. */
function claimTurn(who) {
  model.claim(who);
  queueMicrotask(() => model.release(who));
}

/** Calls into the wasm for `who`; a trap is dealt with by the guard and ends here as undefined. */
function call(who, fn) {
  model.claim(who);
  try {
    return fn();
  } catch {
    return undefined;
  } finally {
    // After the microtasks the call queued: Yew renders in one of them.
    queueMicrotask(() => model.release(who));
  }
}

// ---- the element's lifecycle (element.mjs forwards it) ----------------------------------------

export function connect(host) {
  if (model.phase === 'failed' || model.isBroken(host)) {
    fail(host, model.isBroken(host) ? INTERNAL : model.reason);
    return;
  }
  live.add(host);
  try {
    showSummary(host, equip);
  } catch (error) {
    live.delete(host);
    warnOnce('shadow', NOT_OURS, error);
    return;
  }
  if (model.phase === 'ready') mount(host);
  else if (model.phase === 'idle') loadWhenNear(host, load);
}

export function disconnect(host) {
  live.delete(host);
  stopWatching(host);
  model.forget(host);
  const handle = handles.get(host);
  handles.delete(host);
  if (handle) call(host, () => handle.unmount());
}

export function attributeChanged(host) {
  const handle = handles.get(host);
  if (handle) {
    // With a new `lang`, once its words are here.
    const language = wasmLanguage(host, () => attributeChanged(host));
    if (language) call(host, () => handle.update(language));
  }
  else if (host.isConnected && model.phase !== 'failed' && live.has(host)) {
    try {
      showSummary(host, equip);
    } catch {
      // Reported when it was connected.
    }
  }
}

function fail(host, reason) {
  if (!showFailure(host, reason, equip)) {
    warnOnce('shadow', NOT_OURS, host);
  }
}

function mount(host) {
  if (!host.isConnected || handles.has(host) || model.phase !== 'ready') return;
  // In a language other than English, once its words are here (the summary waits meanwhile).
  const language = wasmLanguage(host, () => mount(host));
  if (!language) return;
  const running = glue;
  const handle = call(host, () => running.mount(host, language));
  if (glue !== running) return; // it trapped; the restart takes over
  if (!handle) {
    live.delete(host);
    warnOnce('shadow', NOT_OURS, host);
    return;
  }
  handles.set(host, handle);
  // Mounting reads the dataset; the first render, in place of the summary, comes a task later:
  // in one task the two would block a slow phone's page for too long.
  nextTask(() => handles.get(host) === handle && glue === running && call(host, () => handle.update(language)));
}

// A task of its own, after those already queued: a message on a channel of our own (a timer
// would wait for a page's clock that tests, or a page, may have paused).
function nextTask(fn) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

// ---- the wasm's life ----------------------------------------------------------------------------

function load() {
  if (model.phase !== 'idle') return;
  model.phase = 'loading';
  compiled = compile();
  // The widgets' words in another language than English arrive while the wasm compiles.
  for (const host of live) wasmLanguage(host, () => {});
  start(false).catch((error) => giveUp('a file failed to load', 'could not load its WebAssembly:', error));
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
// trap they are mounted one at a time, each left to settle (its first render, the skill map a
// task later) before the next, so a trap in one is pinned on it.
async function start(oneByOne) {
  const module = await compiled;
  const fresh = createGlue(guard(model.generation));
  // The module is compiled already, so instantiating it is quick: the glue's synchronous way.
  fresh.initSync({ module });
  // Instantiating and the first render in one task would block a slow phone's page for one
  // task of about 100 ms; in two, neither counts as blocking.
  await new Promise((ok) => setTimeout(ok, 0));
  glue = fresh;
  model.phase = 'ready';
  if (!oneByOne) {
    for (const host of live) mount(host);
    return;
  }
  // Elements connected meanwhile join the queue.
  for (let host; (host = [...live].find((h) => !handles.has(h))); ) {
    if (glue !== fresh) return; // it trapped again; that crash started over
    model.isolating = host;
    mount(host);
    await settled(host);
    if (glue !== fresh) return;
    if (model.isolating === host) model.isolating = undefined;
    if (refocus?.host === host) restoreFocus();
    if (!handles.has(host)) live.delete(host); // could not be mounted (reported)
  }
}

// Resolves once the element's widget (or notice) is in its shadow root with nothing left to
// render later (the later stages of its first view: its panels no longer aria-busy), or after a
// while. A dataset still loading does not count: the wasm claims its arrival (WORK_EVENT).
function settled(host) {
  return new Promise((done) => {
    const root = host.shadowRoot;
    const ready = () =>
      !root || !host.isConnected || (root.querySelector('.cw-root > :not(.cwp)') && !root.querySelector('.cw-panels[aria-busy]'));
    if (ready()) return done();
    const seen = new MutationObserver(() => ready() && finish());
    const timer = setTimeout(() => finish(), 2_000);
    const finish = () => {
      seen.disconnect();
      clearTimeout(timer);
      done();
    };
    seen.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
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
              if (number !== model.generation) throw RETIRED;
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

// The live instance trapped: nothing of it is used again. The failure model says who is to blame
// and whether to restart.
function crashed(error) {
  const decision = model.trapped(performance.now(), model.whose());
  if (!decision) return;
  // Keyboard and screen-reader users keep their place: the control they were on gets the focus
  // back once its widget is mounted again.
  const target = FailureModel.refocusTarget(document.activeElement, live, decision.broken);
  refocus = target && { host: target, key: focusKey(target.shadowRoot?.activeElement) };
  glue = undefined;
  for (const host of live) {
    if (handles.delete(host)) {
      try {
        showSummary(host, equip);
      } catch {
        // The element's shadow root was never ours.
      }
    }
  }
  if (!decision.restart) {
    giveUp(model.reason, 'stopped after an internal error:', error);
    return;
  }
  if (decision.broken) {
    live.delete(decision.broken);
    fail(decision.broken, INTERNAL);
  }
  warnOnce('trap', 'stopped after an internal error and was restarted:', error);
  start(true).catch((again) => giveUp(INTERNAL, 'stopped after an internal error:', again));
}

function giveUp(reason, message, error) {
  model.failed(reason);
  glue = undefined;
  warnOnce('failed', message, error);
  for (const host of live) fail(host, reason);
}
