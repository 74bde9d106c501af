// Another script that already took the name <career-widget> (tests/e2e/robust.test.mjs).
customElements.define('career-widget', class extends HTMLElement {});
