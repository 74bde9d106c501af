// axe-core with the WCAG 2.2 AA rule set, on the widget in light and dark, narrow and wide,
// including its error state, a refused `src` dataset's notice and the loader's failure message;
// plus the contrast of the controls. DIST=/path/to/dist runs it against another bundle.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { holdRequests, launch } from './browser.mjs';
import { serve } from './server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve({ '/dist/': process.env.DIST ?? here('../../dist'), '/pages/': here('./pages') });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark']) {
  for (const width of [320, 1000]) {
    test(`axe finds no WCAG 2.2 AA violation at ${width}px, ${scheme}`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/pages/layout.html`);
      await page.locator('career-widget [data-testid=estimate]').waitFor();
      assert.deepEqual(await violations(page), []);

      // The same with the explainer open and the compare box showing an error, then a result.
      await page.locator('career-widget .cw-explainer summary').click();
      await page.locator('career-widget #cw-compare-input').fill('abc');
      await page.locator('career-widget [data-testid=compare-error]').waitFor();
      assert.deepEqual(await violations(page), []);
      await page.locator('career-widget #cw-compare-input').fill('92000');
      await page.locator('career-widget [data-testid=compare-result]').waitFor();
      assert.deepEqual(await violations(page), []);
      await context.close();
    });
  }
}

// The compact layout in every tab and open state: each tab, the long texts expanded, a skill's
// detail open, the other skill lists on their last tab; then the long form.
for (const scheme of ['light', 'dark']) {
  for (const width of [320, 1000]) {
    test(`axe finds no WCAG 2.2 AA violation in any tab or open state at ${width}px, ${scheme}`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/pages/layout.html`);
      await page.locator('career-widget [data-testid=estimate]').waitFor();
      const tab = (name) => page.locator('career-widget [role=tab]', { hasText: name }).first();
      for (const more of await page.locator('career-widget .cw-more').all()) await more.click();
      for (const name of ['What it pays', 'What to learn', 'Outlook']) {
        await tab(name).click();
        if (name === 'What to learn') {
          await page.locator('career-widget button.cw-skill:visible').first().click();
          await page.locator('career-widget [data-testid=skill-detail]').waitFor();
          await page.locator('career-widget #cw-tab-2').click();
        }
        assert.deepEqual(await violations(page), [], name);
      }
      await page.evaluate(() => document.querySelector('career-widget').setAttribute('layout', 'full'));
      await page.locator('career-widget .cw:not(.cw-compact)').waitFor();
      assert.deepEqual(await violations(page), [], 'layout="full"');
      await context.close();
    });
  }
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 AA violation on the demo page, ${scheme}`, async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, colorScheme: scheme, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/dist/`);
    for (const id of ['#pay', '#preview']) await page.locator(`${id} [data-testid=estimate]`).waitFor();
    await page.locator('#skills .cw-skills').waitFor();
    await page.locator('#skills button.cw-skill').first().click();
    await page.locator('#skills [data-testid=skill-detail]').waitFor();
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

for (const [scheme, width] of [['light', 320], ['dark', 1000]]) {
  test(`axe finds no WCAG 2.2 AA violation on the authoring page, with problems and with a preview, ${scheme}, ${width}px`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/dist/author.html`);
    await page.locator('#example').click();
    await page.locator('#preview [data-testid=estimate]').waitFor();
    await page.locator('#snippet').filter({ hasText: 'integrity=' }).waitFor();
    assert.deepEqual(await violations(page), []);
    const text = await page.locator('#dataset').inputValue();
    await page.locator('#dataset').fill(text.replace('"median": 85000', '"median": 1').replace('"schema_version": 1', '"schema_version": 2'));
    await page.locator('#problems li').nth(1).waitFor();
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 AA violation in a refused src dataset's notice, ${scheme}`, async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, colorScheme: scheme, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/pages/blank.html`);
    // Nothing is served under /data/ here: the dataset is missing, so every widget is refused.
    await page.evaluate(() => {
      for (const theme of ['auto', 'light', 'dark']) {
        const el = document.createElement('career-widget');
        el.id = theme;
        for (const [k, v] of Object.entries({ src: '/data/missing.json', theme, locale: 'en-US' })) el.setAttribute(k, v);
        document.querySelector('#slot').append(el);
      }
    });
    for (const id of ['#auto', '#light', '#dark']) {
      await page.locator(`${id} .cw-notice`).filter({ hasText: 'could not be used' }).waitFor();
    }
    assert.deepEqual(await violations(page), []);
    await context.close();
  });

  test(`axe finds no WCAG 2.2 AA violation in the loader's load-failure message, ${scheme}`, async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, colorScheme: scheme, locale: 'en-US' });
    const page = await context.newPage();
    const release = await holdRequests(page, '**/career-widget-app_bg.wasm', { abort: true });
    // Ten widgets with every theme and view, as the loader shows them: loading, then failed.
    await page.goto(`${server.origin}/pages/many.html`);
    await page.locator('#w9 .cwp-status').waitFor();
    assert.deepEqual(await violations(page), [], 'while loading');
    release();
    await page.locator('#w9 .cwp-failed').waitFor();
    assert.equal(await page.locator('career-widget .cwp-failed').count(), 10);
    assert.deepEqual(await violations(page), [], 'after the failure');
    await context.close();
  });
}

test('controls and their borders have at least 3:1 contrast, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${server.origin}/pages/layout.html`);
    await page.locator('career-widget [data-testid=estimate]').waitFor();
    const ratios = await page.evaluate(() => {
      const root = document.querySelector('career-widget').shadowRoot;
      const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratio = (a, b) => {
        const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      const bg = getComputedStyle(root.querySelector('.cw')).backgroundColor;
      const surface = getComputedStyle(root.querySelector('.cw-compare')).backgroundColor;
      return {
        'compare field border': ratio(getComputedStyle(root.querySelector('#cw-compare-input')).borderTopColor, surface),
        'stepper border': ratio(getComputedStyle(root.querySelector('.cw-stepper')).borderTopColor, bg),
        'slider accent': ratio(getComputedStyle(root.querySelector('.cw-slider')).accentColor, bg),
      };
    });
    for (const [what, r] of Object.entries(ratios)) assert.ok(r >= 3, `${scheme}: ${what} is ${r.toFixed(2)}:1`);
    await context.close();
  }
});
