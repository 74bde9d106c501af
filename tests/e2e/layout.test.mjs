// The widget's layout from 280 px to 1200 px, light and dark: nothing spills out of the widget,
// the page never scrolls sideways, and no two chart labels overlap, at any of several years.
// Screenshots of every case are written to target/screenshots/ for a person to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const SHOTS = here('../../target/screenshots');
const WIDTHS = [280, 320, 480, 768, 1000, 1200];
const YEARS = ['0', '5', '11', '40'];

let browser;
let server;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launch();
  server = await serve({ '/dist/': here('../../dist'), '/pages/': here('./pages') });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs in the page: every layout problem visible in the widget right now. */
function layoutProblems() {
  const host = document.querySelector('career-widget');
  const root = host.shadowRoot;
  const box = host.getBoundingClientRect();
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

for (const scheme of ['light', 'dark']) {
  for (const width of WIDTHS) {
    test(`${width}px ${scheme}: no spill, no sideways scroll, no overlapping labels`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/pages/layout.html`);
      await page.locator('career-widget [data-testid=estimate]').waitFor();
      for (const years of YEARS) {
        await page.evaluate((y) => document.querySelector('career-widget').setAttribute('years', y), years);
        await page
          .locator('career-widget .cw-estimate-label')
          .filter({ hasText: new RegExp(`at ${years} years?$`) })
          .waitFor();
        assert.deepEqual(await page.evaluate(layoutProblems), [], `${width}px ${scheme}, ${years} years`);
        if (years === '5') {
          await page.locator('career-widget').screenshot({ path: `${SHOTS}/salary-${width}-${scheme}.png` });
        }
      }
      await context.close();
    });
  }
}
