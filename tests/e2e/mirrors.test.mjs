// Where the loader writes what the widget will write, before the wasm is there: the median in
// the loading summary (assets/loader/summary.mjs `money`) and the median the widget shows once
// mounted (src/embed/intl.rs through Intl) must be the same text, for any locale attribute and
// browser language. (The attribute reading is held by tests/fixtures/attribute-mirrors.json.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { holdRequests, launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.DIST ?? here('../../dist');
const LOCALES = [null, 'en-US', 'de-DE', 'de-CH', 'fr-FR', 'ja-JP', 'hi-IN', 'ar-EG', 'pt-BR', 'zz-ZZ', '<b>', 'en-u-nu-thai'];

let browser;
let server;
let pageHtml = '';

before(async () => {
  browser = await launch();
  server = await serve({ '/dist/': DIST }, () => ({}), {
    routes: { '/gen/mirrors.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml) },
  });
  const widgets = LOCALES.map((l, i) => `<career-widget id="w${i}" view="salary"${l === null ? '' : ` locale="${l}"`}></career-widget>`);
  pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mirrors</title>
    <script type="module" src="/dist/career-widget.js"></script></head><body>${widgets.join('\n')}</body></html>`;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const language of ['en-US', 'de-DE', 'ja-JP']) {
  test(`the loading summary writes the median as the widget does, browser language ${language}`, async () => {
    const { page, context } = await openPage(browser, { locale: language, viewport: { width: 800, height: 20_000 } });
    const release = await holdRequests(page, '**/career-widget-app_bg.wasm');
    await page.goto(`${server.origin}/gen/mirrors.html`);
    const figure = (id) => page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('.cwp-figure')?.textContent ?? '', id);
    const summaries = [];
    for (const [i] of LOCALES.entries()) {
      await page.waitForFunction((id) => /^Median salary /.test(document.getElementById(id).shadowRoot.querySelector('.cwp-figure')?.textContent ?? ''), `w${i}`);
      const text = await figure(`w${i}`);
      summaries.push(text.replace(/^Median salary /, '').replace(/ \(US\)$/, ''));
    }
    release();
    for (const [i, locale] of LOCALES.entries()) {
      const value = page.locator(`#w${i} .cw-fact`).filter({ hasText: 'Median salary' }).locator('.cw-fact-value');
      await value.waitFor({ state: 'attached' }); // in the Outlook tab, not shown
      assert.equal(summaries[i], await value.textContent(), `locale=${locale}`);
    }
    assert.notEqual(summaries[LOCALES.indexOf('de-DE')], summaries[LOCALES.indexOf('en-US')], 'the locales do differ');
    await context.close();
  });
}
