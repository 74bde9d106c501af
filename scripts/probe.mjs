// Page-side timing probe shared by bench.mjs and startup-ab.mjs, added as an init script.
// Records, per shadow root, when the widget's content first appears (a MutationObserver fires
// right after the render that inserted it) in window.__cw, and when the wasm is compiled and
// instantiated in window.__cwReady; the loader marks its own start ('career-widget:start').
// Each render is also reported to the driver through a binding (see `watchRenders`).
export const RENDER_PROBE = `
  window.__cw = [];
  // When the wasm is instantiated (the loader compiles it, then instantiates the module with
  // \`new WebAssembly.Instance\`): splits startup into loading and rendering.
  const Instance = WebAssembly.Instance;
  WebAssembly.Instance = function (...args) {
    const instance = new Instance(...args);
    window.__cwReady ??= performance.now();
    return instance;
  };
  WebAssembly.Instance.prototype = Instance.prototype;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    const host = this;
    const seen = new MutationObserver(() => {
      if (shadow.querySelector('.cw .cw-salary, .cw .cw-skills')) {
        window.__cw.push({ id: host.id, at: performance.now() });
        seen.disconnect();
        window.__cwRendered?.(window.__cw.length);
      }
    });
    seen.observe(shadow, { childList: true, subtree: true });
    return shadow;
  };
`;

/**
 * Call before the context opens a page. Returns `rendered(tab, n)`, which resolves once n widgets
 * have rendered in that tab. The page reports renders through a binding instead of being polled:
 * polling (playwright's waitForFunction) would run the driver's own scripts on the main thread
 * the widget is starting on, and count their time as the widget's.
 */
export async function watchRenders(context) {
  const counts = new WeakMap();
  const waiters = new Set();
  await context.exposeBinding('__cwRendered', ({ page }, n) => {
    counts.set(page, n);
    for (const w of waiters) if (w.page === page && n >= w.n) w.done();
  });
  return (page, n, timeout = 30_000) =>
    new Promise((resolve, reject) => {
      if ((counts.get(page) ?? 0) >= n) return resolve();
      const w = { page, n };
      const timer = setTimeout(() => {
        waiters.delete(w);
        reject(new Error(`${n} widget(s) did not render within ${timeout} ms`));
      }, timeout);
      w.done = () => {
        clearTimeout(timer);
        waiters.delete(w);
        resolve();
      };
      waiters.add(w);
    });
}
