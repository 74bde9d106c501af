// Records whatever goes wrong on the page into window.__problems, for the cross-browser smoke
// test: uncaught errors (and resources that failed to load), unhandled rejections, Content-
// Security-Policy violations, and console.error/console.warn calls (and failed console.assert)
// made by page scripts (the widget reports bad input and failures through them). Also keeps every
// career-widget-change event in window.__changes. A file rather than an inline script, because
// the page is served under a strict CSP. It must be the page's first script (a classic one, so it
// runs before the widget's module script): window.__recorderFirst says whether it was, and the
// smoke test checks it.
(() => {
  const problems = [];
  const changes = [];
  window.__problems = problems;
  window.__changes = changes;
  window.__recorderFirst = document.scripts[0] === document.currentScript && !customElements.get('career-widget');
  document.addEventListener('career-widget-change', (event) => {
    changes.push({ from: event.target.id, ...event.detail });
  });
  const describe = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    try {
      return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  window.addEventListener(
    'error',
    (event) => {
      if (event instanceof ErrorEvent) {
        problems.push(`error: ${event.message} (${event.filename}:${event.lineno})`);
      } else {
        const target = event.target;
        problems.push(`failed to load: ${target?.src || target?.href || target?.tagName || 'unknown'}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    problems.push(`unhandledrejection: ${describe(event.reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    problems.push(`csp: ${event.violatedDirective} blocked ${event.blockedURI}`);
  });
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push(`console.${level}: ${args.map(describe).join(' ')}`);
      return original.apply(this, args);
    };
  }
  const assertion = console.assert;
  console.assert = function (condition, ...args) {
    if (!condition) problems.push(`console.assert: ${args.map(describe).join(' ')}`);
    return assertion.call(this, condition, ...args);
  };
})();
