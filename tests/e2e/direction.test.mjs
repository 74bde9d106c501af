// A right-to-left page does not turn an English widget around: a widget in English (its own
// lang="en" on an Arabic page) reads left to right whatever the page's `dir`.
// Screenshots go to target/screenshots/ for a person to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { holdRequests, launch, openPage } from './browser.mjs';
import { layoutProblems } from './layout-probe.mjs';
import { serve } from './server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.DIST ?? here('../../dist');
const SHOTS = here('../../target/screenshots');

let browser;
let server;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launch();
  server = await serve({ '/dist/': DIST, '/pages/': here('./pages') });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Where the widget's own parts sit and read, measured in the page.
function reading() {
  const root = document.querySelector('career-widget').shadowRoot;
  const style = (selector) => getComputedStyle(root.querySelector(selector));
  const x = (selector) => root.querySelector(selector).getBoundingClientRect().left;
  const labels = [...root.querySelectorAll('.cw-chart-svg text.cw-axis-label')].filter((t) => /^\d+\+?$/.test(t.textContent));
  return {
    lang: root.querySelector('.cw-root').lang,
    dir: root.querySelector('.cw-root').dir,
    sliderDirection: style('input[type=range]').direction,
    tierYearsDirection: style('.cw-tier-years').direction,
    sourcesDirection: style('.cw-sources').direction,
    // The chart's 0-year end and the slider's minimum are both on the left.
    zeroYearsLeftOfForty: x('.cw-slider-scale > :first-child') < x('.cw-slider-scale > :last-child'),
    firstAxisLabel: labels[0]?.textContent,
    axisLabelsLeftToRight: labels.every((t, i) => i === 0 || t.getBoundingClientRect().left > labels[i - 1].getBoundingClientRect().left),
  };
}

for (const width of [360, 1000]) {
  test(`${width}px, a page with dir="rtl" lang="ar", a widget with lang="en": the widget reads left to right, in English, and its keys go the arrow's way`, async () => {
    const { page, context, problems } = await openPage(browser, { viewport: { width, height: 900 } });
    await page.goto(`${server.origin}/pages/rtl.html`);
    await page.locator('career-widget [data-testid=estimate]').waitFor();
    const seen = await page.evaluate(reading);
    assert.deepEqual(seen, {
      lang: 'en',
      dir: 'ltr',
      sliderDirection: 'ltr',
      tierYearsDirection: 'ltr',
      sourcesDirection: 'ltr',
      zeroYearsLeftOfForty: true,
      firstAxisLabel: '0',
      axisLabelsLeftToRight: true,
    });
    assert.deepEqual(await page.evaluate(layoutProblems), [], 'nothing spills or is clipped');
    await page.locator('career-widget input[type=range]').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('career-widget .cw-estimate-label').filter({ hasText: 'at 5.5 years' }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.locator('career-widget .cw-estimate-label').filter({ hasText: 'at 4.5 years' }).waitFor();
    await page.locator('career-widget').screenshot({ path: `${SHOTS}/rtl-page-${width}.png` });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the loading summary of an English widget on a right-to-left page is English and left to right too', async () => {
  const { page, context } = await openPage(browser, { viewport: { width: 360, height: 900 } });
  const release = await holdRequests(page, '**/career-widget-app_bg.wasm');
  await page.goto(`${server.origin}/pages/rtl.html`);
  await page.locator('career-widget .cwp').waitFor();
  const frame = await page.evaluate(() => {
    const root = document.querySelector('career-widget').shadowRoot.querySelector('.cw-root');
    return { lang: root.lang, dir: root.dir, direction: getComputedStyle(root.querySelector('.cw-title')).direction };
  });
  assert.deepEqual(frame, { lang: 'en', dir: 'ltr', direction: 'ltr' });
  release();
  await page.locator('career-widget [data-testid=estimate]').waitFor();
  await context.close();
});
