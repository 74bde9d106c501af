// The <career-widget> element: a thin class that forwards its lifecycle to the wasm host.
/* global CAREER_WIDGET_VERSION */
import { TAG, attributeChanged, connect, disconnect } from './wasm-host.mjs';

// The attributes the widget reads (src/embed/attrs.rs; tests/loader_summary.rs), and `lang`,
// which the loader reads (language.mjs).
const OBSERVED = ['career', 'years', 'view', 'layout', 'heading-level', 'locale', 'theme', 'src', 'lang'];
// Marks the element class as this loader's, so a second copy of the loader (included from
// another URL) recognises it and stays quiet, while a foreign definition is reported.
const OURS = Symbol.for('career-widget.loader');

export class CareerWidgetElement extends HTMLElement {
  static [OURS] = true;

  /** This release's version, e.g. `customElements.get('career-widget').version`. */
  static version = CAREER_WIDGET_VERSION;

  static get observedAttributes() {
    return OBSERVED;
  }

  connectedCallback() {
    connect(this);
  }

  disconnectedCallback() {
    disconnect(this);
  }

  attributeChangedCallback() {
    attributeChanged(this);
  }
}

/** Defines the element, unless this or another script already has. Returns whether it did. */
export function define() {
  const existing = customElements.get(TAG);
  if (!existing) {
    customElements.define(TAG, CareerWidgetElement);
    return true;
  }
  if (!existing[OURS]) {
    console.warn(`<${TAG}> is already defined by another script on this page; this copy of career-widget.js does nothing.`);
  }
  return false;
}
