// The layout check shared by the layout tests: passed to page.evaluate, it returns every layout
// problem visible in a widget right now (an element spilling out of the widget's box, the page
// scrolling sideways, two labels of one chart overlapping). Self-contained, since it runs in
// the page.

/** Runs in the page: every layout problem visible in the widget `host` (a selector) right now. */
export function layoutProblems(host = 'career-widget') {
  const widget = document.querySelector(host);
  const root = widget.shadowRoot;
  const box = widget.getBoundingClientRect();
  const problems = [];
  if (document.documentElement.scrollWidth > window.innerWidth) {
    problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
  }
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('.cw-sr-only')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < box.left - 1 || r.right > box.right + 1) {
      problems.push(`<${el.localName} class="${el.getAttribute('class') ?? ''}"> spills out: ${r.left}–${r.right} vs ${box.left}–${box.right}`);
    }
    // Below or above the widget's box: what a compact panel scrolls is inside its panel instead.
    const scrolled = el.parentElement?.closest('.cw-compact .cw-panel');
    if (!scrolled && (r.top < box.top - 1 || r.bottom > box.bottom + 1)) {
      problems.push(`<${el.localName} class="${el.getAttribute('class') ?? ''}"> spills out: ${r.top}–${r.bottom} vs ${box.top}–${box.bottom}`);
    }
  }
  for (const svg of root.querySelectorAll('svg:not(svg svg)')) {
    const texts = [...svg.querySelectorAll('text')].map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }));
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i].r;
        const b = texts[j].r;
        const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx > 0.5 && dy > 0.5) problems.push(`labels overlap: "${texts[i].t}" and "${texts[j].t}"`);
      }
    }
  }
  return problems;
}
