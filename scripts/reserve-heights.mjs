// Measures how tall the long form (layout="full") renders the bundled career at each width, for
// each view, and writes assets/reserve.css: the loading placeholder's height as a function of its
// width (container queries, linear between measured knots), so the widget arriving moves nothing
// below it. The compact layout needs no measuring: its height is widget.css's own (--cw-height). Run after a change to the widget's layout, on a `dist/` that `make build` made:
//   node scripts/reserve-heights.mjs
// tests/e2e/contract.test.mjs checks the result against the rendered widget, so a layout change
// that would make the reservation wrong fails the tests until this is run again.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

const root = new URL('../', import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));
// Where widget.css changes layout (its @container rules), heights jump: the first width of the
// wider layout, and widget.css's own condition for it (so a fractional width such as 479.5 px
// gets the layout's height).
const WIDER = { 480: '(width > 479px)', 520: '(width > 519px)', 600: '(min-width: 600px)', 640: '(min-width: 640px)' };
const BREAKPOINTS = Object.keys(WIDER).map(Number);
const VIEWS = ['both', 'salary', 'skills'];
// The README's reservation is the height at this column width.
export const TYPICAL_COLUMN = 700;
const TOLERANCE = 0.05; // how far a line between knots may be from a measured height

const page = (view) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${view}</title>
<script type="module" src="/dist/career-widget.js"></script></head>
<body style="margin:0"><div id="column"><career-widget layout="full" locale="en-US"${view === 'both' ? '' : ` view="${view}"`}></career-widget></div></body></html>`;

/** Rendered heights of the bundled career, by view and column width (whole pixels). */
export async function measureHeights(widths) {
  const server = await serve({ '/dist/': path('dist/') }, () => ({}), {
    routes: Object.fromEntries(
      VIEWS.map((v) => [`/${v}.html`, (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page(v))]),
    ),
  });
  const browser = await launch();
  const heights = {};
  try {
    for (const view of VIEWS) {
      const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await tab.goto(`${server.origin}/${view}.html`);
      await tab.locator('career-widget .cw-sources').waitFor({ state: 'attached' });
      heights[view] = await tab.evaluate(async (widths) => {
        const column = document.querySelector('#column');
        const widget = document.querySelector('career-widget');
        const frames = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        const out = {};
        for (const w of widths) {
          column.style.width = `${w}px`;
          await frames();
          out[w] = widget.getBoundingClientRect().height;
        }
        return out;
      }, widths);
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return heights;
}

/** Knots (width, height) such that lines between them stay within TOLERANCE of every height. */
function knots(measured) {
  const widths = Object.keys(measured).map(Number).sort((a, b) => a - b);
  const at = (w) => measured[w];
  const chosen = [widths[0]];
  let start = 0;
  for (let end = 2; end <= widths.length; end++) {
    const a = widths[start];
    const b = widths[end - 1];
    // A breakpoint only ends a line where the height jumps there by more than the tolerance.
    const jump = BREAKPOINTS.some((p) => a < p && p <= b && Math.abs(at(p) - at(p - 1)) > at(p) * TOLERANCE);
    const line = (w) => at(a) + ((at(b) - at(a)) * (w - a)) / (b - a);
    const fits = !jump && widths.slice(start, end).every((w) => Math.abs(line(w) - at(w)) <= at(w) * TOLERANCE);
    if (!fits || b === TYPICAL_COLUMN) {
      // The previous width ends this line (or, at a breakpoint, the line ends just before it).
      const last = fits ? b : widths[end - 2];
      if (last !== chosen.at(-1)) chosen.push(last);
      start = widths.indexOf(last);
      if (jump && !fits) {
        const after = widths.find((w) => w > last);
        chosen.push(after);
        start = widths.indexOf(after);
        end = start + 1;
      }
    }
  }
  if (chosen.at(-1) !== widths.at(-1)) chosen.push(widths.at(-1));
  return chosen.map((w) => [w, Math.round(at(w))]);
}

function rules(view, points) {
  const host = `:host([layout="full" i]${view === 'both' ? '' : `[view="${view}" i]`}) `;
  const out = [];
  for (let i = 0; i < points.length; i++) {
    const [w, h] = points[i];
    const next = points[i + 1];
    // The last width before a jump: the line that reaches it holds up to the wider layout's rule.
    if (next && next[0] === w + 1 && WIDER[next[0]]) continue;
    // Across a breakpoint the next knot starts a new line: this one is flat up to it.
    const slope = next && next[0] - w > 1 ? (next[1] - h) / (next[0] - w) : 0;
    // Two decimals of the slope: within a pixel over any line's span, and fewer bytes.
    const value = slope ? `calc(${h}px + ${Number(slope.toFixed(2))} * (100cqw - ${w}px))` : `${h}px`;
    const rule = `${host}.cwp { min-height: ${value}; }`;
    out.push(i === 0 ? rule : `@container ${WIDER[w] ?? `(min-width: ${w}px)`} { ${rule} }`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const widths = [];
  for (let w = 260; w <= 1300; w += 10) widths.push(w);
  for (const p of BREAKPOINTS) widths.push(p - 1);
  widths.sort((a, b) => a - b);
  const heights = await measureHeights(widths);
  const lines = [
    '/* The loading placeholder\'s height: the compact layout\'s own (widget.css), or what the long',
    '   form renders the bundled career at, by width. Generated by scripts/reserve-heights.mjs (run it',
    `   again after a layout change); the README's reservation is the height at a ${TYPICAL_COLUMN}-px column. */`,
    '.cwp { min-height: var(--cw-height); }',
  ];
  const typical = {};
  for (const view of VIEWS) {
    const points = knots(heights[view]);
    typical[view] = Math.round(heights[view][TYPICAL_COLUMN]);
    lines.push(...rules(view, points));
    console.log(`${view}: ${points.map(([w, h]) => `${w}:${h}`).join(' ')}`);
  }
  await writeFile(path('assets/reserve.css'), `${lines.join('\n')}\n`);
  console.log(`wrote assets/reserve.css; at a ${TYPICAL_COLUMN}-px column: ${JSON.stringify(typical)}`);
}
