// Page-side timing probe shared by bench.mjs and startup-ab.mjs, added as an init script.
// Records, per shadow root, when the widget's content first appears (a MutationObserver fires
// right after the render that inserted it) in window.__cw, and when the wasm is compiled and
// instantiated in window.__cwReady; the loader marks its own start ('career-widget:start').
export const RENDER_PROBE = `
  window.__cw = [];
  // When the wasm is compiled and instantiated: splits startup into loading and rendering.
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      const result = original.apply(this, args);
      result.then(() => { window.__cwReady ??= performance.now(); }, () => {});
      return result;
    };
  }
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    const host = this;
    const seen = new MutationObserver(() => {
      if (shadow.querySelector('.cw .cw-salary, .cw .cw-skills')) {
        window.__cw.push({ id: host.id, at: performance.now() });
        seen.disconnect();
      }
    });
    seen.observe(shadow, { childList: true, subtree: true });
    return shadow;
  };
`;
