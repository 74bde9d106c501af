// The compact layout (the default): its height at a phone's width and in an article column, the
// first phone screen, every part reached through the tabs and "Show more" by keyboard and by
// pointer, the reader's tab and texts kept across years and careers, print, heading levels, text
// size, forced colours, and no layout shift with a blog's own dataset. Screenshots of each tab go
// to target/screenshots/ for a person to look at.
//
// Run against another bundle with DIST=/path/to/dist node --test tests/e2e/compact.test.mjs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdRequests, launch, openPage } from './browser.mjs';
import { bundledDataset, fakeCareer, testDatasets } from './datasets.mjs';
import { layoutProblems } from './layout-probe.mjs';
import { serve } from './server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const SHOTS = here('../../target/screenshots');
// The goals: the default embed at a 360-px viewport, and in a 700-px article column.
const PHONE = { viewport: 360, limit: 1000 };
const COLUMN = { viewport: 716, limit: 800 };
const TAB_NAMES = ['What it pays', 'What to learn', 'Outlook'];

let browser;
let server;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  const data = await mkdtemp(join(tmpdir(), 'career-widget-compact-'));
  const datasets = await testDatasets();
  // A blog's own dataset, longer than the bundled one where the compact layout lets text grow:
  // a title and summary several times as long, and fewer skills.
  const real = (await bundledDataset()).careers[0];
  const long = fakeCareer(real, { id: 'fake-long', title: 'Fake Regional Director of Customer Experience Operations', low: 61000, skillsPerGroup: 2 });
  long.summary = `${long.summary} ${'It is a long summary, as a blog post might have. '.repeat(12).trim()}`;
  datasets['long.json'] = { schema_version: 1, careers: [long] };
  // Two careers, the first with a summary long enough to be shortened, the second without.
  const [alpha, beta] = datasets['two-careers.json'].careers;
  datasets['two-summaries.json'] = { schema_version: 1, careers: [{ ...alpha, summary: long.summary }, beta] };
  for (const [name, dataset] of Object.entries(datasets)) await writeFile(join(data, name), JSON.stringify(dataset));
  browser = await launch();
  server = await serve({ '/dist/': process.env.DIST ?? here('../../dist'), '/pages/': here('./pages'), '/data/': data });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A post (column.html: a 700-px column, or the viewport's width less 16 px) with a paragraph,
 * one widget with `attributes`, and another paragraph. Waits until the widget has rendered,
 * its skill map included.
 */
async function post(width, attributes = {}, options = {}) {
  const { height = 900, ...rest } = options;
  const { context, page, problems } = await openPage(browser, { viewport: { width, height }, ...rest });
  await page.goto(`${server.origin}/pages/column.html`);
  await page.evaluate((attrs) => {
    const widget = document.createElement('career-widget');
    for (const [name, value] of Object.entries({ locale: 'en-US', years: '5', ...attrs })) widget.setAttribute(name, value);
    const p = (id) => Object.assign(document.createElement('p'), { id, textContent: `A paragraph of the post (${id}).` });
    document.querySelector('#slot').append(p('above'), widget, p('below'));
  }, attributes);
  await settled(page);
  return { context, page, problems, widget: page.locator('career-widget') };
}

/** Waits for the widget's render, the skill map's later task included. */
async function settled(page) {
  await page.locator('career-widget .cw-title').waitFor();
  await page.locator('career-widget .cw-skills:not([aria-busy]), career-widget[view="salary"] .cw-panels:not([aria-busy])').first().waitFor({ state: 'attached' });
}

const height = (page) => page.evaluate(() => document.querySelector('career-widget').getBoundingClientRect().height);
const tab = (page, name) => page.locator('career-widget [role=tab]', { hasText: name }).first();
const selectedTab = (page) =>
  page.evaluate(() => document.querySelector('career-widget').shadowRoot.querySelector('.cw-compact > [role=tablist] [aria-selected=true]')?.textContent);
const focusedText = (page) => page.evaluate(() => document.querySelector('career-widget').shadowRoot.activeElement?.textContent ?? null);
/** The panels shown (not hidden), by their tab's name. */
const shownPanels = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('career-widget').shadowRoot;
    return [...root.querySelectorAll('.cw-panel')]
      .filter((p) => p.getBoundingClientRect().height > 0)
      .map((p) => root.getElementById(p.getAttribute('aria-labelledby'))?.textContent ?? p.id);
  });

describe('height', () => {
  for (const { viewport, limit } of [PHONE, COLUMN]) {
    for (const view of ['both', 'salary', 'skills']) {
      test(`the default embed, view=${view}, is at most ${limit}px tall at a ${viewport}-px viewport`, async () => {
        const { context, page, problems } = await post(viewport, view === 'both' ? {} : { view });
        const h = await height(page);
        assert.ok(h <= limit, `${h}px`);
        assert.ok(h >= limit * 0.7, `${h}px: the panels keep a useful height`);
        assert.deepEqual(await page.evaluate(layoutProblems), []);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  test('the height does not depend on the tab open or on the dataset', async () => {
    for (const { viewport } of [PHONE, COLUMN]) {
      const { context, page } = await post(viewport);
      const first = await height(page);
      for (const name of TAB_NAMES) {
        await tab(page, name).click();
        assert.equal(await height(page), first, `${name} at ${viewport}px`);
      }
      await page.evaluate(() => document.querySelector('career-widget').setAttribute('src', '/data/long.json'));
      await page.locator('career-widget .cw-title', { hasText: 'Fake Regional Director' }).waitFor();
      await settled(page);
      assert.equal(await height(page), first, `another dataset at ${viewport}px`);
      await context.close();
    }
  });

  test('layout="full" is the long form: every part on the page, no tabs', async () => {
    const { context, page, problems } = await post(PHONE.viewport, { layout: 'full' });
    assert.ok((await height(page)) > 3000, 'the whole guide');
    assert.equal(await page.locator('career-widget [role=tablist]').count(), 1, 'only the skill lists are tabs');
    assert.equal(await page.locator('career-widget .cw-more').count(), 0);
    for (const part of ['.cw-chart', '.cw-range', '.cw-explainer', '.cw-compare', '.cw-outlook', '.cw-map', '.cw-lists', '.cw-sources']) {
      assert.ok(await page.locator(`career-widget ${part}`).first().isVisible(), part);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('the first phone screen shows the slider, the estimate, the tier and the tabs', async () => {
  const { context, page } = await post(360, {}, { height: 640 });
  await page.evaluate(() => document.querySelector('#above').remove());
  for (const part of ['#cw-years', '[data-testid=estimate]', '[data-testid=tier]', '.cw-compact > [role=tablist]']) {
    const box = await page.locator(`career-widget ${part}`).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 640, `${part}: ${JSON.stringify(box)}`);
  }
  await context.close();
});

test('by keyboard: the tabs are one Tab stop; arrows, Home and End move between them; every part is reached', async () => {
  const { context, page, problems } = await post(360);
  await page.evaluate(() => {
    window.pageKeys = [];
    document.addEventListener('keydown', (e) => window.pageKeys.push(e.key));
  });
  const keys = (key) => page.keyboard.press(key);
  await page.locator('career-widget #cw-years').focus();
  // From the slider, Tab passes the tier's "Show more", then reaches the selected tab only.
  await keys('Tab');
  assert.equal(await focusedText(page), 'Show more');
  await keys('Tab');
  assert.equal(await focusedText(page), 'What it pays');
  assert.deepEqual(await shownPanels(page), ['What it pays']);

  for (const [key, name] of [['ArrowRight', 'What to learn'], ['ArrowRight', 'Outlook'], ['ArrowRight', 'What it pays'], ['ArrowLeft', 'Outlook'], ['Home', 'What it pays'], ['End', 'Outlook']]) {
    await keys(key);
    assert.equal(await focusedText(page), name, `${key} focuses ${name}`);
    assert.equal(await selectedTab(page), name);
    assert.deepEqual(await shownPanels(page), [name]);
  }
  assert.deepEqual(await page.evaluate(() => window.pageKeys), ['Tab', 'Tab'], "the tabs' keys stay in the widget; Tab reaches the page");
  // A combination with Ctrl, Alt or Meta is the page's or the browser's.
  await keys('Control+ArrowRight');
  assert.equal(await selectedTab(page), 'Outlook');
  assert.deepEqual((await page.evaluate(() => window.pageKeys)).slice(2), ['Control', 'ArrowRight']);
  // Outlook: its figures and their sources.
  await keys('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('career-widget').shadowRoot.activeElement.className), 'cw-panel', 'then the panel');
  for (const fact of ['Median salary', 'Job growth', 'Market demand', 'Remote-friendly']) {
    await page.locator('career-widget .cw-outlook dt', { hasText: fact }).waitFor();
  }
  assert.match(await page.locator('career-widget .cw-panel:not([hidden]) .cw-sources').innerText(), /^Sources: /);
  assert.equal(await page.locator('career-widget .cw-panel:not([hidden]) .cw-fact-source').count(), 4, 'each figure with its source');

  // What to learn: search, a skill's detail, the other lists.
  await keys('Shift+Tab');
  await keys('ArrowLeft');
  assert.equal(await selectedTab(page), 'What to learn');
  await keys('Tab');
  await keys('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('career-widget').shadowRoot.activeElement.id), 'cw-skill-search');
  await page.keyboard.type('CRM');
  await page.locator('career-widget .cw-search-status', { hasText: /\d+ of \d+ skills/ }).waitFor();
  await page.locator('career-widget button.cw-skill:visible').first().focus();
  await keys('Enter');
  await page.locator('career-widget [data-testid=skill-detail]').waitFor();
  await page.locator('career-widget #cw-tab-2').focus();
  await keys('Enter');
  assert.equal(await page.locator('career-widget #cw-tab-2').getAttribute('aria-selected'), 'true');
  assert.ok((await page.locator('career-widget .cw-tabpanel .cw-tag').count()) > 0, 'the tools list');

  // What it pays: the chart, the range bar, the explainer, the comparison.
  await tab(page, 'What to learn').focus();
  await keys('Home');
  assert.deepEqual(await shownPanels(page), ['What it pays']);
  for (const part of ['.cw-chart-svg', '.cw-range-svg']) assert.ok(await page.locator(`career-widget ${part}`).isVisible(), part);
  await page.locator('career-widget .cw-explainer summary').focus();
  await keys('Enter');
  assert.equal(await page.locator('career-widget .cw-explainer').getAttribute('open'), '');
  await page.locator('career-widget #cw-compare-input').focus();
  await page.keyboard.type('92000');
  await page.locator('career-widget [data-testid=compare-result]').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('by pointer: each tab shows its panel; "Show more" shows a whole text and says so', async () => {
  const { context, page, problems } = await post(1000);
  for (const name of TAB_NAMES) {
    await tab(page, name).click();
    assert.equal(await selectedTab(page), name);
    assert.deepEqual(await shownPanels(page), [name]);
    assert.equal(await focusedText(page), name, 'focus stays on the tab');
  }
  const clipped = (id) =>
    page.evaluate((id) => {
      const p = document.querySelector('career-widget').shadowRoot.getElementById(id);
      return p.scrollHeight > p.clientHeight + 1;
    }, id);
  for (const [id, control] of [['cw-summary', '.cw-header .cw-more'], ['cw-tier-description-0', '.cw-tier .cw-more']]) {
    const more = page.locator(`career-widget ${control}`);
    assert.equal(await clipped(id), true, `${id} starts shortened`);
    assert.equal(await more.getAttribute('aria-controls'), id);
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    await more.click();
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    assert.equal(await more.innerText(), 'Show less');
    assert.equal(await clipped(id), false, `${id} whole`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the tab and the texts the reader opened stay open when the years or the career change', async () => {
  const { context, page, problems } = await post(360, { src: '/data/two-summaries.json' });
  await tab(page, 'What to learn').click();
  await page.locator('career-widget .cw-tier .cw-more').click();
  await page.locator('career-widget .cw-header .cw-more').click();
  const expanded = () => page.locator('career-widget .cw-more[aria-expanded=true]').count();
  assert.equal(await expanded(), 2);
  // The host changes the years; then the reader does.
  await page.evaluate(() => document.querySelector('career-widget').setAttribute('years', '12'));
  await page.locator('career-widget .cw-estimate-label', { hasText: 'at 12 years' }).waitFor();
  await page.locator('career-widget [aria-label="One year more"]').click();
  await page.locator('career-widget .cw-estimate-label', { hasText: 'at 13 years' }).waitFor();
  assert.equal(await selectedTab(page), 'What to learn');
  assert.equal(await expanded(), 2);
  // The reader picks the other career.
  await page.locator('career-widget [data-testid=career-picker]').selectOption({ label: 'Fake Beta (test data)' });
  await page.locator('career-widget .cw-title', { hasText: 'Fake Beta' }).waitFor();
  await settled(page);
  assert.equal(await selectedTab(page), 'What to learn');
  assert.deepEqual(await shownPanels(page), ['What to learn']);
  assert.equal(await page.locator('career-widget .cw-header .cw-more').count(), 0, "Beta's summary is short: no control");
  assert.equal(await page.locator('career-widget .cw-tier .cw-more').getAttribute('aria-expanded'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('print shows every section, whichever tab is open, and the whole texts', async () => {
  const { context, page } = await post(1000);
  await tab(page, 'Outlook').click();
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const root = document.querySelector('career-widget').shadowRoot;
    const shown = (sel) => [...root.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().height > 0);
    const clamp = root.getElementById('cw-summary');
    return {
      panels: shown('.cw-panel'),
      tablist: shown('.cw-compact > [role=tablist]'),
      more: shown('.cw-more'),
      headings: [...root.querySelectorAll('.cw-section-title')].filter((h) => h.getBoundingClientRect().width > 1).map((h) => h.textContent),
      // Each panel below the one before, none over another.
      stacked: [...root.querySelectorAll('.cw-panel')].map((p) => p.getBoundingClientRect()).every((r, i, all) => i === 0 || r.top >= all[i - 1].bottom - 0.5),
      summaryWhole: clamp.scrollHeight <= clamp.clientHeight + 1,
      widgetHeight: root.host.getBoundingClientRect().height,
    };
  });
  assert.deepEqual(printed.panels, [true, true, true]);
  assert.deepEqual(printed.tablist, [false]);
  assert.ok(printed.more.every((s) => !s));
  assert.deepEqual(printed.headings, ['Your estimate', 'What to learn']);
  assert.ok(printed.stacked, 'the panels one after the other');
  assert.ok(printed.summaryWhole);
  assert.ok(printed.widgetHeight > 2000, 'the whole guide, not the compact box');
  await context.close();
});

test('heading-level sets the widget\'s top heading; its parts sit below it, down to h6', async () => {
  const levels = (page) =>
    page.evaluate(() =>
      [...document.querySelector('career-widget').shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent.trim().slice(0, 20)}`),
    );
  const { context, page, problems } = await post(1000, { layout: 'full' });
  const defaults = await levels(page);
  assert.equal(defaults[0], 'h2 Customer Support Man');
  assert.ok(defaults.includes('h3 What it pays') && defaults.includes('h3 What to learn'));
  assert.ok(defaults.includes('h3 Outlook') && defaults.includes('h4 Also in the dataset'), defaults.join());
  // On a page whose section heading is an h3, the widget's top heading is an h4.
  await page.evaluate(() => document.querySelector('career-widget').setAttribute('heading-level', '4'));
  await page.locator('career-widget h4.cw-title').waitFor();
  const four = await levels(page);
  assert.ok(four.includes('h5 What it pays') && four.includes('h5 Outlook') && four.some((h) => h.startsWith('h6 Foundational Skills')), four.join());
  assert.ok(!four.some((h) => /^h[123] /.test(h)), four.join());
  assert.deepEqual(problems, []);
  await page.evaluate(() => document.querySelector('career-widget').setAttribute('heading-level', 'h3'));
  await page.locator('career-widget h2.cw-title').waitFor();
  assert.deepEqual(problems, ['warning: <career-widget> heading-level="h3" is not a heading level from 1 to 6; using 2.']);
  await context.close();
});

test('no text under 12 px, in any tab or layout', async () => {
  for (const layout of ['compact', 'full']) {
    const { context, page } = await post(320, { layout });
    await page.locator('career-widget .cw-more').first().click().catch(() => {});
    for (const name of layout === 'compact' ? TAB_NAMES : ['']) {
      if (name) await tab(page, name).click();
      const small = await page.evaluate(() => {
        const root = document.querySelector('career-widget').shadowRoot;
        const out = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!n.textContent.trim() || el.closest('.cw-sr-only') || el.getClientRects().length === 0) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 12) out.push(`${size}px "${n.textContent.trim().slice(0, 30)}" in .${el.className}`);
        }
        return out;
      });
      assert.deepEqual(small, [], `${layout} ${name}`);
    }
    await context.close();
  }
});

test('forced colours: card edges, tabs, the figures\' parts and focus rings stay visible in system colours', async () => {
  const { context, page } = await post(1000, {}, { forcedColors: 'active' });
  const look = () =>
    page.evaluate(() => {
      const root = document.querySelector('career-widget').shadowRoot;
      const css = (sel, prop) => [...root.querySelectorAll(sel)].filter((e) => e.getClientRects().length).map((e) => getComputedStyle(e)[prop]);
      return {
        cardEdges: css('.cw-estimate, .cw-tier-item', 'borderTopStyle'),
        selected: css('.cw-compact > [role=tablist] [aria-selected=true]', 'borderBottomColor'),
        unselected: css('.cw-compact > [role=tablist] [aria-selected=false]', 'borderBottomColor'),
        canvas: getComputedStyle(root.querySelector('.cw')).backgroundColor,
        swatches: css('.cw-swatch', 'borderTopStyle'),
        bands: css('.cw-band', 'stroke'),
        curve: css('.cw-curve', 'stroke'),
        marker: [...css('.cw-marker-line', 'stroke'), ...css('.cw-marker-dot', 'fill')],
        track: css('.cw-range-track', 'fill'),
        text: getComputedStyle(root.querySelector('.cw')).color,
      };
    });
  const l = await look();
  assert.ok(l.cardEdges.length === 2 && l.cardEdges.every((s) => s === 'solid'), JSON.stringify(l.cardEdges));
  assert.notEqual(l.selected[0], l.canvas, 'the selected tab is marked');
  assert.ok(l.unselected.every((c) => c === l.canvas), 'the others are not');
  assert.ok(l.swatches.length >= 4 && l.swatches.every((s) => s === 'solid'));
  for (const [part, colours] of Object.entries({ bands: l.bands, curve: l.curve, marker: l.marker, track: l.track })) {
    assert.ok(colours.length > 0 && colours.every((c) => c !== 'none' && c !== l.canvas), `${part}: ${colours}`);
  }
  assert.equal(l.curve[0], l.text, 'the line is drawn in the text colour');
  await tab(page, 'What it pays').focus();
  await page.keyboard.press('ArrowRight');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('career-widget').shadowRoot.activeElement);
    return `${s.outlineStyle} ${s.outlineWidth}`;
  });
  assert.equal(ring, 'solid 3px');
  await context.close();
});

test('no layout shift with a blog\'s own dataset, at a phone\'s width and in a 700-px column, with the README\'s reservation', async () => {
  const readme = await readFile(here('../../README.md'), 'utf8');
  const rules = (await readFile(here('./pages/compact-reserve.css'), 'utf8')).trim().split('\n').filter((l) => l.trim());
  for (const line of rules) assert.ok(readme.includes(line), `the page uses the README's CSS: ${line}`);
  for (const width of [PHONE.viewport, COLUMN.viewport]) {
    const { context, page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
    // The dataset arrives last, as on a slow blog host: the box stays through every step.
    const releaseData = await holdRequests(page, '**/data/long.json');
    await page.goto(`${server.origin}/pages/compact-reserve.html`);
    await page.evaluate(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.locator('career-widget .cw-notice[role=status]').waitFor();
    releaseData();
    await page.locator('career-widget .cw-title', { hasText: 'Fake Regional Director' }).waitFor();
    await settled(page);
    // Two frames: layout shifts are reported once the frame that made them is painted.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const cls = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    assert.ok(cls <= 0.01, `CLS ${cls} at ${width}px`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a failure message gives the reserved space back, in either layout and any view', async () => {
  for (const attrs of [{}, { layout: 'full' }, { layout: 'full', view: 'salary' }, { layout: 'full', view: 'skills' }]) {
    const { context, page } = await openPage(browser, { viewport: { width: 716, height: 900 } });
    const release = await holdRequests(page, '**/career-widget-app_bg.wasm', { abort: true });
    await page.goto(`${server.origin}/pages/column.html`);
    await page.evaluate((attrs) => {
      const widget = document.createElement('career-widget');
      for (const [name, value] of Object.entries(attrs)) widget.setAttribute(name, value);
      document.querySelector('#slot').append(widget);
    }, attrs);
    await page.locator('career-widget .cwp').waitFor();
    release();
    await page.locator('career-widget .cwp-failed').waitFor();
    const h = await height(page);
    assert.ok(h < 400, `${JSON.stringify(attrs)}: ${h}px for the message`);
    await context.close();
  }
});

test('view="skills" in the compact layout: no tabs, the skill map a named region under its visible heading', async () => {
  const { context, page, problems } = await post(360, { view: 'skills' });
  assert.equal(await page.locator('career-widget .cw-compact > [role=tablist]').count(), 0);
  const region = page.locator('career-widget .cw-panel[role=region]');
  assert.equal(await region.getAttribute('aria-labelledby'), 'cw-skills-heading');
  assert.ok(await page.locator('career-widget #cw-skills-heading').isVisible());
  assert.ok((await page.locator('career-widget #cw-skills-heading').boundingBox()).width > 50, 'shown, not only to screen readers');
  assert.deepEqual(problems, []);
  await context.close();
});

test('screenshots of each tab at 320 and 1000 px, light, dark and forced colours', async () => {
  for (const width of [320, 1000]) {
    for (const [scheme, forced] of [['light', 'none'], ['dark', 'none'], ['light', 'active']]) {
      const { context, page } = await post(width, {}, { colorScheme: scheme, forcedColors: forced });
      for (const [i, name] of TAB_NAMES.entries()) {
        await tab(page, name).click();
        const mode = forced === 'active' ? 'forced' : scheme;
        await page.locator('career-widget').screenshot({ path: `${SHOTS}/compact-${width}-${mode}-${i + 1}.png` });
      }
      assert.deepEqual(await page.evaluate(layoutProblems), []);
      await context.close();
    }
  }
});
