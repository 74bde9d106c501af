// The widget's layout from 280 px to 1200 px, light and dark: nothing spills out of the widget,
// the page never scrolls sideways, and no two chart labels overlap, at any of several years.
// Screenshots of every case are written to target/screenshots/ for a person to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { layoutProblems } from './layout-probe.mjs';
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
  server = await serve({ '/dist/': process.env.DIST ?? here('../../dist'), '/pages/': here('./pages') });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

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
