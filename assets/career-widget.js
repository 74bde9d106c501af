// career-widget's stable entry point. Loading this module defines <career-widget>; the wasm it
// needs is fetched relative to this file's own URL, so dist/ can be hosted under any path or CDN.
// All behaviour lives in Rust (src/embed): this shell only forwards the element's lifecycle.
import init, { mount } from './career-widget-app.js';

const OBSERVED = ['career', 'years', 'view', 'locale', 'theme', 'src'];
let ready;

class CareerWidgetElement extends HTMLElement {
  static get observedAttributes() {
    return OBSERVED;
  }

  connectedCallback() {
    (ready ??= init()).then(
      () => {
        if (this.isConnected && !this.handle) this.handle = mount(this);
      },
      (error) => console.warn('<career-widget> could not load:', error),
    );
  }

  disconnectedCallback() {
    const handle = this.handle;
    this.handle = undefined;
    handle?.unmount();
  }

  attributeChangedCallback() {
    this.handle?.update();
  }
}

if (!customElements.get('career-widget')) {
  customElements.define('career-widget', CareerWidgetElement);
}
