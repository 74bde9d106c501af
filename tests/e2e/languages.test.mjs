// The widget speaks the page's language: the element's `lang`, else the nearest ancestor's, by
// BCP 47 lookup among the languages in assets/lang/. For each one: no English word of the
// widget's own left, `lang` and `dir` on its root, axe clean, screenshots for a person to look
// at (target/screenshots/). Then switching `lang` at run time, a words file that cannot load,
// an English widget on a right-to-left page, and the loading summary in the page's language.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { holdRequests, launch, openPage } from './browser.mjs';
import { layoutProblems } from './layout-probe.mjs';
import { serve } from './server.mjs';
import { LANGUAGES } from '../../assets/loader/language.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.DIST ?? here('../../dist');
const SHOTS = here('../../target/screenshots');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const words = async (code) => JSON.parse(await readFile(here(`../../assets/lang/${code}.json`), 'utf8'));

let browser;
let server;
let page = '';

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launch();
  server = await serve({ '/dist/': DIST }, () => ({}), { routes: { '/page.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page) } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const html = (lang, body, dir = '') =>
  `<!doctype html><html lang="${lang}"${dir}><head><meta charset="utf-8"><title>t</title><link rel="icon" href="/dist/favicon.svg">` +
  `<script type="module" src="/dist/career-widget.js"></script></head><body>${body}</body></html>`;

async function open(body, options = {}) {
  page = body;
  const opened = await openPage(browser, options);
  await opened.page.goto(`${server.origin}/page.html`);
  return opened;
}

/** Every text a reader can meet in the widget: its text and its accessible names and values. */
function widgetText() {
  const root = document.querySelector('career-widget').shadowRoot;
  const parts = [root.textContent];
  for (const el of root.querySelectorAll('*')) {
    for (const a of ['aria-label', 'aria-valuetext', 'placeholder', 'title']) if (el.hasAttribute(a)) parts.push(el.getAttribute(a));
  }
  return parts.join('\n');
}

/** The English widget words that must be gone: each stretch of two words or more between placeholders. */
async function englishStretches() {
  const en = (await words('en')).widget;
  const dataset = await readFile(here('../../assets/careers.json'), 'utf8');
  const texts = Object.values(en).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));
  return [...new Set(texts.flatMap((t) => t.split(/\{[a-z_]+\}/)).map((s) => s.trim().replace(/^[.,:;()]+|[.,:;()]+$/g, '').trim()))]
    .filter((s) => s.split(/\s+/).length >= 2 && !dataset.includes(s));
}

async function violations(p) {
  await p.addScriptTag({ path: AXE });
  const result = await p.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('in each language', () => {
  for (const code of LANGUAGES.filter((c) => c !== 'en')) {
    test(`${code}: no English word of the widget's own, lang and dir on its root, axe clean, screenshots`, async () => {
      const english = await englishStretches();
      const theirs = (await words(code)).widget;
      const { page: p, context, problems } = await open(
        html(code, '<career-widget years="5" layout="full"></career-widget>', code === 'ar' ? ' dir="rtl"' : ''),
        { viewport: { width: 1000, height: 900 } },
      );
      await p.locator('career-widget [data-testid=estimate]').waitFor();
      await p.locator('career-widget .cw-skills:not([aria-busy]) .cw-map').waitFor();
      const root = await p.evaluate(() => {
        const r = document.querySelector('career-widget').shadowRoot.querySelector('.cw-root');
        return { lang: r.lang, dir: r.dir };
      });
      assert.deepEqual(root, { lang: code, dir: code === 'ar' ? 'rtl' : 'ltr' });
      const text = await p.evaluate(widgetText);
      const left = english.filter((s) => text.includes(s));
      assert.deepEqual(left, [], `English left in ${code}`);
      assert.ok(text.includes(theirs.what_it_pays), `${code} words are shown`);
      assert.deepEqual(await violations(p), []);
      assert.deepEqual(await p.evaluate(layoutProblems), [], 'nothing spills or is clipped');
      for (const width of [320, 1000]) {
        await p.setViewportSize({ width, height: 900 });
        await p.locator('career-widget').screenshot({ path: `${SHOTS}/lang-${code}-${width}.png` });
      }
      // The default, compact embed as a phone shows it, in light, dark and forced colours: its
      // height does not depend on the language.
      await p.evaluate(() => document.querySelector('career-widget').removeAttribute('layout'));
      await p.setViewportSize({ width: 360, height: 900 });
      await p.locator('career-widget .cw-compact').waitFor();
      const height = await p.evaluate(() => document.querySelector('career-widget').getBoundingClientRect().height);
      assert.ok(height <= 1000, `compact at 360 px: ${height} px`);
      for (const [name, media] of [['light', {}], ['dark', { colorScheme: 'dark' }], ['forced', { forcedColors: 'active' }]]) {
        await p.emulateMedia(media);
        await p.locator('career-widget').screenshot({ path: `${SHOTS}/lang-${code}-360-${name}.png` });
        await p.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
      }
      await p.setViewportSize({ width: 1000, height: 900 });
      await p.locator('career-widget').screenshot({ path: `${SHOTS}/lang-${code}-1000-compact.png` });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

test('numbers follow the language unless locale is set: a German page shows "85.000 $"', async () => {
  const { page: p, context } = await open(html('de', '<career-widget id="a" years="5"></career-widget><career-widget id="b" years="5" locale="en-US"></career-widget>'));
  await p.locator('#a [data-testid=estimate]').filter({ hasText: /^85\.000\s\$$/ }).waitFor();
  await p.locator('#b [data-testid=estimate]').filter({ hasText: '$85,000' }).waitFor();
  await context.close();
});

test('lang changed at run time switches the language and keeps the reader\'s years', async () => {
  const de = (await words('de')).widget;
  const fr = (await words('fr')).widget;
  const { page: p, context, problems } = await open(html('de', '<career-widget years="5"></career-widget>'));
  await p.locator('career-widget .cw-experience-label').filter({ hasText: de.years_of_experience }).waitFor();
  await p.locator('career-widget input[type=range]').fill('8');
  await p.locator('career-widget .cw-estimate-label').filter({ hasText: /\b8\b/ }).waitFor();
  await p.evaluate(() => document.querySelector('career-widget').setAttribute('lang', 'fr'));
  await p.locator('career-widget .cw-experience-label').filter({ hasText: fr.years_of_experience }).waitFor();
  assert.equal(await p.locator('career-widget input[type=range]').inputValue(), '8');
  assert.equal(await p.evaluate(() => document.querySelector('career-widget').shadowRoot.querySelector('.cw-root').lang), 'fr');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language by lookup: de-AT is German, pt-PT Portuguese; an unknown one is English; no lang takes the browser\'s', async () => {
  const de = (await words('de')).widget;
  const pt = (await words('pt')).widget;
  const en = (await words('en')).widget;
  const es = (await words('es')).widget;
  for (const [lang, want, browserLocale] of [['de-AT', de, 'en-US'], ['pt-PT', pt, 'en-US'], ['it', en, 'de-DE']]) {
    const { page: p, context } = await open(html(lang, '<career-widget years="5"></career-widget>'), { locale: browserLocale });
    await p.locator('career-widget .cw-experience-label').filter({ hasText: want.years_of_experience }).waitFor();
    await context.close();
  }
  const { page: p, context } = await open(
    '<!doctype html><html><head><meta charset="utf-8"><title>t</title><link rel="icon" href="/dist/favicon.svg"><script type="module" src="/dist/career-widget.js"></script></head><body><career-widget years="5"></career-widget></body></html>',
    { locale: 'es-MX' },
  );
  await p.locator('career-widget .cw-experience-label').filter({ hasText: es.years_of_experience }).waitFor();
  await context.close();
});

test('a words file that cannot load: English, one warning, never a blank box', async () => {
  const en = (await words('en')).widget;
  page = html('ja', '<career-widget years="5"></career-widget>');
  const { page: p, context, problems } = await openPage(browser);
  await p.route('**/dist/lang/ja.json', (route) => route.abort());
  await p.goto(`${server.origin}/page.html`);
  await p.locator('career-widget .cw-experience-label').filter({ hasText: en.years_of_experience }).waitFor();
  // The browser reports the failed request; the widget says once what it does about it.
  const ours = problems.filter((m) => m.includes('<career-widget>'));
  assert.equal(ours.length, 1, problems.join('\n'));
  assert.match(ours[0], /could not load its words for lang="ja" \(.*\); using English/);
  assert.equal(await p.evaluate(() => document.querySelector('career-widget').shadowRoot.querySelector('.cw-root').lang), 'en');
  await context.close();
});

test('the loading summary speaks the page\'s language before the wasm arrives', async () => {
  const ja = await words('ja');
  page = html('ja', '<career-widget years="5"></career-widget>');
  const { page: p, context } = await openPage(browser);
  const release = await holdRequests(p, '**/career-widget-app_bg.wasm');
  await p.goto(`${server.origin}/page.html`);
  await p.locator('career-widget .cwp-status').filter({ hasText: ja.loader.loading }).waitFor();
  const frame = await p.evaluate(() => document.querySelector('career-widget').shadowRoot.querySelector('.cw-root').lang);
  assert.equal(frame, 'ja');
  release();
  await p.locator('career-widget [data-testid=estimate]').waitFor();
  await context.close();
});

test('a Hebrew dataset in an English widget: its text is marked Hebrew and reads right to left; the widget stays English', async () => {
  const bundled = JSON.parse(await readFile(here('../../assets/careers.json'), 'utf8'));
  bundled.lang = 'he';
  bundled.careers[0].title = 'מנהל/ת תמיכת לקוחות';
  bundled.careers[0].summary = 'מנהל/ת תמיכת לקוחות מוביל/ה צוותי שירות ומוודא/ת חוויית תמיכה מצוינת.';
  const dataset = JSON.stringify(bundled);
  page = html('en', '<career-widget years="5" src="/he.json"></career-widget>');
  const { page: p, context, problems } = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await p.route('**/he.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: dataset }));
  await p.goto(`${server.origin}/page.html`);
  await p.locator('career-widget [data-testid=estimate]').waitFor();
  const seen = await p.evaluate(() => {
    const root = document.querySelector('career-widget').shadowRoot;
    const title = root.querySelector('.cw-title');
    const span = title.querySelector('span[lang]');
    const range = document.createRange();
    range.selectNodeContents(span);
    const text = range.getBoundingClientRect();
    const box = title.getBoundingClientRect();
    return {
      root: [root.querySelector('.cw-root').lang, root.querySelector('.cw-root').dir],
      title: span.lang,
      summary: root.querySelector('.cw-summary').lang,
      rightAligned: Math.abs(box.right - text.right) < 2 && text.left > box.left + 20,
      englishLabel: root.querySelector('.cw-experience-label').textContent,
    };
  });
  assert.deepEqual(seen, { root: ['en', 'ltr'], title: 'he', summary: 'he', rightAligned: true, englishLabel: (await words('en')).widget.years_of_experience });
  await p.locator('career-widget').screenshot({ path: `${SHOTS}/hebrew-dataset-1000.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('Arabic: the slider and the chart agree, and arrow keys move the thumb the way they point', async () => {
  const { page: p, context, problems } = await open(html('ar', '<career-widget years="5"></career-widget>', ' dir="rtl"'), { viewport: { width: 320, height: 900 } });
  await p.locator('career-widget [data-testid=estimate]').waitFor();
  const geometry = await p.evaluate(() => {
    const root = document.querySelector('career-widget').shadowRoot;
    const box = (el) => el.getBoundingClientRect();
    const mid = (el) => (box(el).left + box(el).right) / 2;
    const scale = root.querySelectorAll('.cw-slider-scale > span');
    const slider = root.querySelector('input[type=range]');
    const chart = box(root.querySelector('.cw-chart-svg'));
    const ticks = [...root.querySelectorAll('.cw-chart-svg > text[y="197"]')];
    const marker = box(root.querySelector('[data-testid=chart-marker]'));
    const [minus, plus] = root.querySelectorAll('.cw-step');
    const range = [...root.querySelectorAll('.cw-range-value')];
    return {
      sliderDirection: getComputedStyle(slider).direction,
      // The slider's minimum, the chart's 0 years, the − button and the range's low end all
      // sit on the right, where the text starts.
      sliderZeroOnTheRight: mid(scale[0]) > mid(scale[scale.length - 1]),
      chartZeroAtTheRightEdge: Math.abs(box(ticks[0]).right - chart.right) < 2,
      chartLastAtTheLeftEdge: Math.abs(box(ticks[ticks.length - 1]).left - chart.left) < 2,
      // 5 of the chart's 20 years: a quarter of the way in from the right.
      markerFromTheRight: Math.round(((chart.right - marker.left) / chart.width) * 100),
      minusOnTheRight: mid(minus) > mid(plus),
      rangeLowOnTheRight: mid(range[0]) > mid(range[range.length - 1]),
      labelsInside: [...ticks, ...range].every((t) => box(t).left >= box(t.ownerSVGElement).left - 0.5 && box(t).right <= box(t.ownerSVGElement).right + 0.5),
    };
  });
  assert.deepEqual(geometry, {
    sliderDirection: 'rtl',
    sliderZeroOnTheRight: true,
    chartZeroAtTheRightEdge: true,
    chartLastAtTheLeftEdge: true,
    markerFromTheRight: 25,
    minusOnTheRight: true,
    rangeLowOnTheRight: true,
    labelsInside: true,
  });
  // The thumb goes the arrow's way: towards the minimum, on the right, with ArrowRight.
  const slider = p.locator('career-widget input[type=range]');
  await slider.focus();
  await p.keyboard.press('ArrowRight');
  assert.equal(await slider.inputValue(), '4.5');
  await p.keyboard.press('ArrowLeft');
  await p.keyboard.press('ArrowLeft');
  assert.equal(await slider.inputValue(), '5.5');
  assert.deepEqual(await p.evaluate(layoutProblems), [], 'nothing clipped at 320 px');
  // The tabs run from the right: ArrowLeft goes to the next one, ArrowRight back.
  const selected = () => p.evaluate(() => document.querySelector('career-widget').shadowRoot.querySelector('[id^=cw-section-][aria-selected=true]').id);
  await p.locator('career-widget #cw-section-0').focus();
  await p.keyboard.press('ArrowLeft');
  assert.equal(await selected(), 'cw-section-1');
  await p.keyboard.press('ArrowRight');
  assert.equal(await selected(), 'cw-section-0');
  await p.locator('career-widget').screenshot({ path: `${SHOTS}/lang-ar-rtl-320.png` });
  assert.deepEqual(problems, []);
  await context.close();
});
