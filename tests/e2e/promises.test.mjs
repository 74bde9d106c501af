// README promises that no other end-to-end test holds: the `career` attribute beyond the first
// career, datasets in another currency, themes and custom properties, the reader's own language,
// attribute changes after mount, the space reserved while loading, and the layout with long
// number formats across the accordion boundary. Every page here is served with the strict
// Content-Security-Policy the README promises to work under, and every test also fails on any
// console warning or error (a CSP violation shows up there).
//
// Run against another bundle with DIST=/path/to/dist node --test tests/e2e/promises.test.mjs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdRequests, launch, openPage } from './browser.mjs';
import { testDatasets } from './datasets.mjs';
import { layoutProblems } from './layout-probe.mjs';
import { contrast, luminance, rgb } from './colours.mjs';
import { serve } from './server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.DIST ?? here('../../dist');
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let browser;
let server;

before(async () => {
  const data = await mkdtemp(join(tmpdir(), 'career-widget-promises-'));
  for (const [name, dataset] of Object.entries(await testDatasets())) {
    await writeFile(join(data, name), JSON.stringify(dataset));
  }
  browser = await launch();
  server = await serve({ '/dist/': DIST, '/pages/': here('./pages'), '/data/': data }, (path) =>
    path.startsWith('/pages/') ? { 'content-security-policy': STRICT_CSP } : {},
  );
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` and checks that the page really is under the strict policy. */
async function goto(page, path, options) {
  const response = await page.goto(`${server.origin}${path}`, options);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
}

/** Adds one `<career-widget>` per attribute set to the blank page's #slot. */
function addWidgets(page, widgets) {
  return page.evaluate((list) => {
    for (const attributes of list) {
      const el = document.createElement('career-widget');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.querySelector('#slot').append(el);
    }
  }, widgets);
}

const setAttribute = (page, host, name, value) =>
  page.evaluate(([h, n, v]) => {
    const el = document.querySelector(h);
    if (v === null) el.removeAttribute(n);
    else el.setAttribute(n, v);
  }, [host, name, value]);

/**
 * Runs in the page: the text of `selector` in widget `host`, whitespace (NBSP, NNBSP) as spaces,
 * or `null`; with `want`, whether that text is exactly `want` (for waitForFunction).
 */
function shownText([host, selector, want]) {
  const root = document.querySelector(host)?.shadowRoot;
  let el = null;
  if (root && selector.startsWith('fact:')) {
    // An outlook fact by its name, e.g. "fact:Median salary".
    const dt = [...root.querySelectorAll('.cw-outlook dt')].find((d) => d.textContent.trim() === selector.slice(5));
    el = dt?.parentElement.querySelector('dd .cw-fact-value');
  } else if (root) {
    el = root.querySelector(selector);
  }
  const text = el ? el.textContent.replace(/\s+/g, ' ').trim() : null;
  return want === undefined ? text : text === want;
}

/** Waits until widget `host` shows exactly `want` in `selector` (polls the DOM, never sleeps). */
async function seeText(page, host, selector, want) {
  try {
    await page.waitForFunction(shownText, [host, selector, want], { timeout: 5000 });
  } catch {
    const actual = await page.evaluate(shownText, [host, selector]);
    assert.fail(`${host} ${selector}: expected ${JSON.stringify(want)}, saw ${JSON.stringify(actual)}`);
  }
}

/** Background and text colour of the card. */
const cardColours = (page, host) =>
  page.locator(`${host} .cw`).evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, text: s.color };
  });


// The two-career dataset (datasets.mjs): Fake Alpha pays from 50,000 in steps of 5,000 (entry
// 55,000 is the estimate at 2 years, mid = median 60,000 at 5), Fake Beta from 30,000 in steps
// of 3,000 (entry 33,000, median 36,000) and has one skill per group. The euro dataset's Fake
// Euro pays from 40,000 in steps of 4,000 (entry 44,000, median 48,000), in EUR.

test('career="fake-beta" shows the second career of a src dataset; no career attribute shows the first', async () => {
  const { page, context, problems } = await openPage(browser);
  await goto(page, '/pages/blank.html');
  await addWidgets(page, [
    { id: 'beta', src: '/data/two-careers.json', career: 'fake-beta', years: '2', locale: 'en-US' },
    { id: 'first', src: '/data/two-careers.json', years: '2', locale: 'en-US' },
  ]);
  await seeText(page, '#beta', '.cw-title', 'Fake Beta (test data)');
  await seeText(page, '#beta', '[data-testid=estimate]', '$33,000');
  await seeText(page, '#beta', 'fact:Median salary', '$36,000');
  assert.equal(await page.locator('#beta button.cw-skill').count(), 4, "Fake Beta's own skills: one per group");

  await seeText(page, '#first', '.cw-title', 'Fake Alpha (test data)');
  await seeText(page, '#first', '[data-testid=estimate]', '$55,000');
  await seeText(page, '#first', 'fact:Median salary', '$60,000');
  assert.equal(await page.locator('#first button.cw-skill').count(), 20);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [locale, estimate, median] of [
  ['en-US', '€44,000', '€48,000'],
  ['de-DE', '44.000 €', '48.000 €'],
]) {
  test(`a dataset in euros shows euros (${locale}) and reports estimateUsd: null`, async () => {
    const { page, context, problems } = await openPage(browser);
    await goto(page, '/pages/blank.html');
    await addWidgets(page, [
      { id: 'euro', src: '/data/euro.json', career: 'fake-euro', years: '5', locale },
      // A dollar career beside it: the same event with a number, so `null` above means "not USD".
      { id: 'usd', src: '/data/two-careers.json', career: 'fake-alpha', years: '5', locale },
    ]);
    await seeText(page, '#euro', '.cw-title', 'Fake Euro (test data)');
    await page.locator('#usd [data-testid=estimate]').waitFor();
    await page.evaluate(() => {
      window.changes = [];
      document.addEventListener('career-widget-change', (e) => window.changes.push({ from: e.target.id, ...e.detail }));
    });
    await page.locator('#euro input[type=range]').fill('2');
    await page.locator('#usd input[type=range]').fill('2');
    await page.waitForFunction(() => window.changes.length === 2);
    await seeText(page, '#euro', '[data-testid=estimate]', estimate);
    await seeText(page, '#euro', 'fact:Median salary', median);
    assert.deepEqual(await page.evaluate(() => window.changes), [
      { from: 'euro', career: 'fake-euro', years: 2, tier: 'junior', estimateUsd: null },
      { from: 'usd', career: 'fake-alpha', years: 2, tier: 'junior', estimateUsd: 55000 },
    ]);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('theme: auto follows prefers-color-scheme, light and dark win over it; custom properties from a host stylesheet apply', async () => {
  const seen = {};
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, problems } = await openPage(browser, { colorScheme });
    await goto(page, '/pages/promises-theme.html');
    const ids = ['auto', 'light', 'dark', 'accented-light', 'accented-dark', 'branded'];
    for (const id of ids) await page.locator(`#${id} [data-testid=estimate]`).waitFor();
    const colours = {};
    for (const id of ids) colours[id] = await cardColours(page, `#${id}`);
    seen[colorScheme] = colours;

    const { light, dark, auto } = colours;
    assert.ok(luminance(light.background) > 0.8, `theme="light" has a light card: ${light.background}`);
    assert.ok(luminance(dark.background) < 0.05, `theme="dark" has a dark card: ${dark.background}`);
    for (const [what, c] of Object.entries({ light, dark })) {
      assert.ok(contrast(c.text, c.background) >= 7, `${what}: text ${c.text} on ${c.background}`);
    }
    assert.deepEqual(auto, colorScheme === 'light' ? light : dark, `theme="auto" under a ${colorScheme} preference`);

    // --career-widget-accent set on the element by the page's stylesheet, in either theme.
    for (const id of ['accented-light', 'accented-dark']) {
      const accent = await page.locator(`#${id} .cw-slider`).evaluate((el) => getComputedStyle(el).accentColor);
      assert.equal(accent, 'rgb(200, 0, 100)', `${id}: slider accent`);
      const link = await page.locator(`#${id} .cw-explainer summary`).evaluate((el) => getComputedStyle(el).color);
      assert.equal(link, 'rgb(200, 0, 100)', `${id}: "How is this estimated?" colour`);
    }
    // The chart's tier bands: the accent mixed into the background (40%, every other tier 20%),
    // so they follow a blog's accent; drawn translucent, the current tier's keeps the
    // curve (the accent) at 3:1 or more in either theme with the widget's own accent.
    for (const id of ['light', 'dark', 'accented-light', 'accented-dark']) {
      await page.locator(`#${id} .cw-band.is-current`).waitFor();
      const chart = await page.locator(`#${id} .cw`).evaluate((el) => {
        const style = (selector) => getComputedStyle(el.querySelector(selector));
        return {
          band: style('.cw-band.is-current').fill,
          // Every other tier's band is the lighter one.
          share: /\bcw-band-[13]\b/.test(el.querySelector('.cw-band.is-current').getAttribute('class')) ? 0.2 : 0.4,
          opacity: Number(style('.cw-band.is-current').fillOpacity),
          curve: style('.cw-curve').stroke,
          background: getComputedStyle(el).backgroundColor,
        };
      });
      const [accent, background, band] = [rgb(chart.curve), rgb(chart.background), rgb(chart.band)];
      const mixed = accent.map((a, i) => chart.share * a + (1 - chart.share) * background[i]);
      assert.ok(band.every((v, i) => Math.abs(v - mixed[i]) < 2), `${id}: band ${chart.band} is the accent ${chart.curve} in the background`);
      if (!id.startsWith('accented')) {
        const shown = band.map((v, i) => chart.opacity * v + (1 - chart.opacity) * background[i]);
        const as = (c) => `rgb(${c.map(Math.round).join(', ')})`;
        assert.ok(contrast(chart.curve, as(shown)) >= 3, `${id}: the curve ${chart.curve} on its band ${as(shown)}`);
      }
    }
    assert.deepEqual(colours['accented-light'], light, 'the accent changes nothing else');
    assert.deepEqual(colours['accented-dark'], dark);
    const plain = await page.locator('#light .cw-slider').evaluate((el) => getComputedStyle(el).accentColor);
    assert.notEqual(plain, 'rgb(200, 0, 100)', 'an element without the property keeps the default accent');
    // --career-widget-background set on an ancestor.
    assert.equal(colours.branded.background, 'rgb(250, 240, 200)');
    assert.deepEqual(problems, []);
    await context.close();
  }
  // Explicit themes ignore the reader's preference.
  assert.deepEqual(seen.dark.light, seen.light.light, 'theme="light" under a dark preference');
  assert.deepEqual(seen.light.dark, seen.dark.dark, 'theme="dark" under a light preference');
  assert.notDeepEqual(seen.light.auto, seen.dark.auto, 'theme="auto" changes with the preference');
});

describe("the reader's language and attribute changes", () => {
  for (const [lang, median, difference] of [
    ['de-DE', '85.000 $', '7.000 $'],
    ['fr-FR', '85 000 $US', '7 000 $US'],
  ]) {
    test(`with no locale attribute, amounts follow the widget's language (${lang})`, async () => {
      const words = JSON.parse(await readFile(fileURLToPath(new URL(`../../assets/lang/${lang.slice(0, 2)}.json`, import.meta.url)), 'utf8'));
      const { page, context, problems } = await openPage(browser, { locale: 'en-US' });
      const release = await holdRequests(page, '**/career-widget-app_bg.wasm');
      await goto(page, '/pages/blank.html');
      await addWidgets(page, [{ id: 'w', years: '5', lang }]);
      // The loader's summary, before the wasm arrives, already speaks the widget's language.
      await seeText(page, '#w', '.cwp-figure', words.loader.median.replace('{amount}', median).replace('{region}', 'US').replace(/\s+/g, ' '));
      release();
      await seeText(page, '#w', '[data-testid=estimate]', median);
      await seeText(page, '#w', `fact:${words.widget.median_salary}`, median);
      await page.locator('#w #cw-compare-input').fill('92000');
      await page.locator('#w [data-testid=compare-result]').waitFor();
      const result = await page.evaluate(shownText, ['#w', '[data-testid=compare-result]']);
      assert.ok(result.includes(difference), result);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('changing locale, theme, src and career after mount updates the widget', async () => {
    const { page, context, problems } = await openPage(browser, { colorScheme: 'light' });
    await goto(page, '/pages/blank.html');
    await addWidgets(page, [{ id: 'w', years: '5', locale: 'en-US', theme: 'light' }]);
    await seeText(page, '#w', '[data-testid=estimate]', '$85,000');
    const light = await cardColours(page, '#w');

    await setAttribute(page, '#w', 'locale', 'de-DE');
    await seeText(page, '#w', '[data-testid=estimate]', '85.000 $');
    await seeText(page, '#w', 'fact:Median salary', '85.000 $');

    await setAttribute(page, '#w', 'theme', 'dark');
    await page.waitForFunction(
      (before) => getComputedStyle(document.querySelector('#w').shadowRoot.querySelector('.cw')).backgroundColor !== before,
      light.background,
      { timeout: 5000 },
    );
    const dark = await cardColours(page, '#w');
    assert.ok(luminance(dark.background) < 0.05 && luminance(light.background) > 0.8, `${light.background} → ${dark.background}`);

    await setAttribute(page, '#w', 'src', '/data/two-careers.json');
    await seeText(page, '#w', '.cw-title', 'Fake Alpha (test data)');
    await seeText(page, '#w', '[data-testid=estimate]', '60.000 $');

    await setAttribute(page, '#w', 'career', 'fake-beta');
    await seeText(page, '#w', '.cw-title', 'Fake Beta (test data)');
    await seeText(page, '#w', '[data-testid=estimate]', '36.000 $');

    // Without the attribute again: the first career.
    await setAttribute(page, '#w', 'career', null);
    await seeText(page, '#w', '.cw-title', 'Fake Alpha (test data)');

    await setAttribute(page, '#w', 'src', '/data/euro.json');
    await seeText(page, '#w', '.cw-title', 'Fake Euro (test data)');
    await seeText(page, '#w', '[data-testid=estimate]', '48.000 €');

    await setAttribute(page, '#w', 'locale', 'en-US');
    await seeText(page, '#w', '[data-testid=estimate]', '€48,000');
    assert.deepEqual(await cardColours(page, '#w'), dark, 'the theme stays while the rest changes');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// "No blank box, no jump" (docs/embedding.md), checked here in a 700-px column (the width
// the README's heights are for): the page-side reservation the README suggests and the loader's
// placeholder reserve the same space for each view, so nothing moves when career-widget.js
// defines the element; the placeholder shows the career and its median in that space; and the
// widget renders in it: its top and everything above it stay put, and what is below moves by
// less than the placeholder's tolerance (assets/reserve.css is linear between measured widths,
// within 5%). Other widths: tests/e2e/contract.test.mjs.
test('no jump while loading: the README reservation and the placeholder reserve the same space; the widget renders in place', async () => {
  const readme = await readFile(here('../../README.md'), 'utf8');
  const reservation = (await readFile(here('./pages/promises-reserve.css'), 'utf8')).trim().split('\n');
  for (const line of reservation) assert.ok(readme.includes(line), `the page uses the README's CSS: ${line}`);

  // The page's body has the default 8-px margins: a 700-px column.
  const { page, context, problems } = await openPage(browser, { viewport: { width: 716, height: 900 } });
  const releaseLoader = await holdRequests(page, '**/dist/career-widget.js');
  const releaseWasm = await holdRequests(page, '**/career-widget-app_bg.wasm');
  const measure = () =>
    page.evaluate(() => {
      const top = (sel) => document.querySelector(sel).getBoundingClientRect().top;
      const height = (sel) => document.querySelector(sel).getBoundingClientRect().height;
      return {
        above: top('#above'),
        top: top('#compact'),
        heights: ['#compact', '#both', '#salary', '#skills'].map(height),
        below: ['#below-compact', '#below-both', '#below-salary', '#below-skills'].map(top),
      };
    });
  const close = (a, b, what) =>
    assert.ok(a.every((v, i) => Math.abs(v - b[i]) < 0.5), `${what}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);

  // 1. Before career-widget.js has run: only the page's own reservation.
  await goto(page, '/pages/promises-reserve.html', { waitUntil: 'commit' });
  await page.waitForFunction(
    () => document.querySelector('link[rel=stylesheet]')?.sheet && document.querySelector('#below-skills'),
  );
  assert.equal(await page.evaluate(() => customElements.get('career-widget')), undefined);
  const unDefined = await measure();
  assert.deepEqual(unDefined.heights, [780, 3518, 1741, 1992], 'the README reservation applies');

  // 2. The loader has defined the element; the wasm is still on its way: the placeholder.
  releaseLoader();
  for (const id of ['#compact', '#both', '#salary', '#skills']) {
    await seeText(page, id, '.cwp .cw-title', 'Customer Support Manager');
    await seeText(page, id, '.cwp-figure', 'Median salary $85,000 (US)');
  }
  const placeholder = await measure();
  close(placeholder.heights, unDefined.heights, 'the placeholder takes the reserved height');
  close(placeholder.below, unDefined.below, 'content below does not move when the loader runs');
  close([placeholder.above, placeholder.top], [unDefined.above, unDefined.top], 'nor content above');

  // 3. The widget renders: in place, with nothing above it moving and the page not scrolled.
  releaseWasm();
  await page.locator('#compact [data-testid=estimate]').waitFor();
  await page.locator('#both [data-testid=estimate]').waitFor();
  await page.locator('#salary [data-testid=estimate]').waitFor();
  await page.locator('#skills .cw-skills').waitFor();
  const rendered = await measure();
  close([rendered.above, rendered.top], [placeholder.above, placeholder.top], 'the widget renders where the placeholder was');
  rendered.heights.forEach((h, i) => {
    const reserved = placeholder.heights[i];
    assert.ok(Math.abs(h - reserved) <= reserved * 0.05, `rendered ${h}px where ${reserved}px were reserved`);
  });
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

describe('layout with long number formats, skill details open and the comparison showing', () => {
  for (const [locale, estimate] of [
    ['fr-FR', '107 000 $US'],
    ['de-DE', '107.000 $'],
  ]) {
    for (const width of [280, 470, 490]) {
      test(`${locale} at ${width}px: nothing spills out, no chart labels overlap`, async () => {
        const { page, context, problems } = await openPage(browser, { locale, viewport: { width, height: 900 } });
        await goto(page, '/pages/promises-narrow.html');
        // The attribute as well as the browser's language, so this layout check does not depend
        // on the default-locale promise tested above.
        await setAttribute(page, 'career-widget', 'locale', locale);
        await seeText(page, 'career-widget', '[data-testid=estimate]', estimate);
        await page.locator('career-widget #cw-compare-input').fill('9 999 999');
        await page.locator('career-widget [data-testid=compare-result]').waitFor();
        // The longest skill name, in a group that is open in the accordion at 11 and 40 years.
        await page.locator('career-widget [role=tab]', { hasText: 'What to learn' }).click();
        await page.locator('career-widget button.cw-skill[data-skill="cx-strategy-development"]').click();
        await page.locator('career-widget [data-testid=skill-detail]').waitFor();
        // The widget really is on the side of the 480 px boundary this case is about.
        const accordion = await page
          .locator('career-widget .cw-group-toggle')
          .first()
          .evaluate((el) => getComputedStyle(el).display !== 'none');
        assert.equal(accordion, width < 480, `accordion at ${width}px`);
        // Each tab in turn: the comparison in the first, the skill's detail in the second.
        const tab = (name) => page.locator('career-widget [role=tab]', { hasText: name }).click();
        for (const years of ['11', '40']) {
          await setAttribute(page, 'career-widget', 'years', years);
          await seeText(page, 'career-widget', '.cw-estimate-label', `Estimated annual salary at ${years} years`);
          await tab('What it pays');
          await page.locator('career-widget [data-testid=compare-result]').waitFor();
          assert.deepEqual(await page.evaluate(layoutProblems), [], `${locale}, ${width}px, ${years} years, pay`);
          await tab('What to learn');
          await page.locator('career-widget [data-testid=skill-detail]').waitFor();
          assert.deepEqual(await page.evaluate(layoutProblems), [], `${locale}, ${width}px, ${years} years, skills`);
        }
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
});

test('in the accordion a closed group is as tall as its heading, beside an open one too', async () => {
  const { page, context, problems } = await openPage(browser, { viewport: { width: 320, height: 900 } });
  await goto(page, '/pages/promises-narrow.html');
  await page.locator('career-widget [role=tab]', { hasText: 'What to learn' }).click();
  await page.locator('career-widget .cw-group.is-closed').first().waitFor();
  const groups = await page.locator('career-widget .cw-group').evaluateAll((all) =>
    all.map((g) => ({
      closed: g.classList.contains('is-closed'),
      height: g.getBoundingClientRect().height,
      heading: g.querySelector('.cw-group-heading').getBoundingClientRect().height,
    })),
  );
  assert.ok(groups.some((g) => g.closed) && groups.some((g) => !g.closed), JSON.stringify(groups));
  for (const g of groups.filter((g) => g.closed)) {
    // The heading and the card's padding and border, nothing more.
    assert.ok(g.height - g.heading < 40, `a closed group ${g.height}px tall for a ${g.heading}px heading`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
