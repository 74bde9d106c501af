// Cross-browser smoke test of the release bundle in Firefox (Debian's Firefox ESR) and WebKit
// (WebKitGTK's MiniBrowser, Safari's engine), through WebDriver: two widgets on a page served
// under the strict CSP of the embed contract render the right estimates, the slider moves one of
// them (from script and from the keyboard), the skill map shows, and nothing goes wrong; and the
// authoring page's validator and blob: preview work there too; and a German and an Arabic widget
// speak their languages, the Arabic one right to left.
// The dist folder is $DIST, or ../../dist (`make build`). See drivers.mjs for the browsers.
//
// What goes wrong on a page: WebKitWebDriver exposes no console log (Firefox's comes through
// WebDriver BiDi, errors only), so every page opened here runs pages/recorder.js as its first
// script, before the widget's (the authoring page is served from a copy of dist/ with it added,
// under /author/), and each test ends by asserting what it recorded (assertQuiet). It records
// console.error, console.warn and failed console.assert calls, uncaught errors, unhandled
// rejections, elements that failed to load, and CSP violations the browser fires an event for.
// Still unseen in WebKit: what the browser logs itself without going through console.* or an
// event (a fetch or XHR that fails or gets a 4xx/5xx, a CSP violation without a
// securitypolicyviolation event, mixed content, deprecation and wasm compile warnings); console.log,
// info and debug; anything logged before the recorder runs or after the test's last look; and
// messages of workers or other frames (the widget uses neither).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Key, error as webdriverError } from 'selenium-webdriver';
import { serve } from '../e2e/server.mjs';
import { openBrowser } from './drivers.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.DIST ? resolve(process.env.DIST) : here('../../dist');
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const RENDER_TIMEOUT_MS = 30_000;
const UPDATE_TIMEOUT_MS = 10_000;

const RECORDER = '<script src="/pages/recorder.js"></script>';

let server;
let authorDir; // a copy of DIST whose author.html runs the recorder first

/** DIST copied to a fresh folder, with the recorder made the first script of author.html. */
async function authorCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'career-widget-author-'));
  await cp(DIST, dir, { recursive: true });
  const file = join(dir, 'author.html');
  const html = await readFile(file, 'utf8');
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  assert.ok(charset && charset.index < html.search(/<script\b/i), 'author.html: no <meta charset> before its first script');
  const at = charset.index + charset[0].length;
  await writeFile(file, `${html.slice(0, at)}\n    ${RECORDER}${html.slice(at)}`);
  return dir;
}

before(async () => {
  assert.ok(existsSync(join(DIST, 'career-widget.js')), `no release bundle in ${DIST}: run make build or set DIST`);
  authorDir = await authorCopy();
  server = await serve({ '/dist/': DIST, '/pages/': here('./pages'), '/author/': authorDir }, (path) =>
    path.startsWith('/pages/') ? { 'content-security-policy': STRICT_CSP } : {},
  );
});

after(async () => {
  await server?.close();
  if (authorDir) await rm(authorDir, { recursive: true, force: true });
});

/**
 * Asserts that nothing went wrong on the page open in `browser`: what pages/recorder.js (the
 * page's first script) recorded is `expected` (nothing, unless the test expects a warning); in
 * Firefox, its console showed no error either (through WebDriver BiDi, since the last check).
 */
async function assertQuiet(t, name, browser, expected = []) {
  const seen = await browser.driver.executeScript(() => ({
    first: window.__recorderFirst ?? false,
    problems: window.__problems ?? ['the recorder did not run'],
  }));
  assert.deepEqual(seen.problems, expected, 'page errors, rejections, CSP violations, console.error/warn/assert');
  assert.equal(seen.first, true, "the recorder ran as the page's first script, before the widget's");
  if (browser.consoleLogged) {
    assert.deepEqual(browser.consoleErrors.splice(0), [], 'errors in the browser console');
  } else {
    t.diagnostic(`${name}: its WebDriver exposes no console log; checked the page's own recorder only`);
  }
}

/** Trimmed text of `selector` in the open shadow root of element #id, or null while it is absent. */
const shadowText = (driver, id, selector) =>
  driver.executeScript(
    (id, selector) => document.getElementById(id)?.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? null,
    id,
    selector,
  );

/**
 * Polls (bounded) until widget #id shows an estimate, or the `expected` one; returns the last
 * text seen, so a failing assertion shows what was there instead.
 */
async function waitForEstimate(driver, id, expected, timeout) {
  let last = null;
  try {
    await driver.wait(
      async () => {
        last = await shadowText(driver, id, '[data-testid=estimate]');
        return expected === undefined ? last !== null : last === expected;
      },
      timeout,
      undefined,
      50,
    );
  } catch (e) {
    if (!(e instanceof webdriverError.TimeoutError)) throw e;
  }
  return last;
}

for (const name of ['firefox', 'webkit']) {
  describe(name, () => {
    let browser;

    before(async () => {
      browser = await openBrowser(name);
    });

    after(async () => {
      await browser?.stop();
    });

    test(`${name}: two widgets render, the slider moves the estimate, the skill map shows, no error`, async (t) => {
      const { driver } = browser;
      await driver.get(`${server.origin}/pages/smoke.html`);

      await t.test('both widgets render their estimates', async () => {
        const [a, b] = await Promise.all([
          waitForEstimate(driver, 'a', undefined, RENDER_TIMEOUT_MS),
          waitForEstimate(driver, 'b', undefined, RENDER_TIMEOUT_MS),
        ]);
        assert.equal(a, '$85,000', 'years="5"');
        assert.equal(b, '$102,500', 'years="9.5"');
      });

      // As soon as the widgets have rendered, like a quick reader: an input that lands before the
      // widget's mount-time work has run must not be lost.
      await t.test('setting the first slider to 9.5 (an input event) updates only its estimate', async () => {
        await driver.executeScript(() => {
          const slider = document.getElementById('a').shadowRoot.querySelector('input[type=range]');
          slider.value = '9.5';
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        });
        const estimate = await waitForEstimate(driver, 'a', '$102,500', UPDATE_TIMEOUT_MS);
        const now = await driver.executeScript(() => ({
          slider: document.getElementById('a').shadowRoot.querySelector('input[type=range]').value,
          changes: window.__changes,
        }));
        assert.equal(estimate, '$102,500', `the estimate follows the slider (now ${JSON.stringify(now)})`);
        assert.deepEqual(
          now.changes,
          [{ from: 'a', career: 'customer-support-manager', years: 9.5, tier: 'senior', estimateUsd: 102500 }],
          'one career-widget-change event',
        );
        assert.equal(await shadowText(driver, 'b', '[data-testid=estimate]'), '$102,500', 'the second is unchanged');
      });

      await t.test('the second slider follows the keyboard (Home goes to 0 years)', async () => {
        const slider = await driver.executeScript(() => {
          const el = document.getElementById('b').shadowRoot.querySelector('input[type=range]');
          el.scrollIntoView({ block: 'center' });
          el.focus();
          return el;
        });
        assert.ok(slider, 'the slider exists');
        await driver.actions().sendKeys(Key.HOME).perform();
        assert.equal(await waitForEstimate(driver, 'b', '$60,000', UPDATE_TIMEOUT_MS), '$60,000');
        assert.equal(await shadowText(driver, 'a', '[data-testid=estimate]'), '$102,500', 'the first is unchanged');
      });

      await t.test('the compact layout\'s tabs, by pointer and by keyboard', async () => {
        const shown = () =>
          driver.executeScript(() => {
            const root = document.getElementById('a').shadowRoot;
            const selected = root.querySelector('.cw-compact > [role=tablist] [aria-selected=true]');
            const panels = [...root.querySelectorAll('.cw-panel')].filter((p) => p.getBoundingClientRect().height > 0);
            return {
              selected: selected?.textContent ?? null,
              focused: root.activeElement?.textContent ?? null,
              panels: panels.map((p) => root.getElementById(p.getAttribute('aria-labelledby')).textContent),
            };
          });
        const tab = await driver.executeScript(() => {
          const el = [...document.getElementById('a').shadowRoot.querySelectorAll('[role=tab]')].find((t) => t.textContent === 'Outlook');
          el.scrollIntoView({ block: 'center' });
          return el;
        });
        // Polls (bounded) for the tab `name` selected, focused and alone shown.
        const expectShown = async (name, what) => {
          const want = { selected: name, focused: name, panels: [name] };
          let last;
          await driver
            .wait(async () => JSON.stringify((last = await shown())) === JSON.stringify(want), UPDATE_TIMEOUT_MS, undefined, 50)
            .catch(() => {});
          assert.deepEqual(last, want, what);
        };
        await tab.click();
        await expectShown('Outlook', 'a click');
        await driver.actions().sendKeys(Key.HOME).perform();
        await expectShown('What it pays', 'Home');
        await driver.actions().sendKeys(Key.ARROW_RIGHT).perform();
        await expectShown('What to learn', 'ArrowRight');
      });

      await t.test('a skill button is present and visible in the skill map', async () => {
        const button = await driver.executeScript(() => {
          const el = document.getElementById('a').shadowRoot.querySelector('button.cw-skill');
          el?.scrollIntoView({ block: 'center' });
          return el;
        });
        assert.ok(button, 'button.cw-skill exists in the first widget');
        assert.ok(await button.isDisplayed(), 'WebDriver sees the skill button displayed');
        const look = await driver.executeScript((el) => {
          const box = el.getBoundingClientRect();
          return {
            width: box.width,
            height: box.height,
            inViewport: box.top >= 0 && box.bottom <= innerHeight,
            visible: el.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true,
            text: el.textContent.trim(),
          };
        }, button);
        assert.ok(look.width > 0 && look.height > 0, `the button has a size: ${JSON.stringify(look)}`);
        assert.ok(look.inViewport && look.visible, `the button is on screen and visible: ${JSON.stringify(look)}`);
        assert.notEqual(look.text, '', 'the button names a skill');
      });

      await t.test('nothing went wrong on the page', (sub) => assertQuiet(sub, name, browser));
    });

    test(`${name}: a German and an Arabic widget speak their page's languages, the Arabic one right to left`, async (t) => {
      const { driver } = browser;
      const words = async (code) => JSON.parse(await readFile(here(`../../assets/lang/${code}.json`), 'utf8')).widget;
      const [de, ar] = [await words('de'), await words('ar')];
      await driver.get(`${server.origin}/pages/languages.html`);
      assert.equal(await waitForEstimate(driver, 'de', undefined, RENDER_TIMEOUT_MS) !== null, true, 'the German widget renders');
      assert.equal(await waitForEstimate(driver, 'ar', undefined, RENDER_TIMEOUT_MS) !== null, true, 'the Arabic widget renders');
      const seen = await driver.executeScript(() =>
        ['de', 'ar'].map((id) => {
          const root = document.getElementById(id).shadowRoot;
          const frame = root.querySelector('.cw-root');
          return {
            lang: frame.lang,
            dir: frame.dir,
            label: root.querySelector('.cw-experience-label').textContent.trim(),
            slider: getComputedStyle(root.querySelector('input[type=range]')).direction,
            estimate: root.querySelector('[data-testid=estimate]').textContent.replace(/\s+/g, ' ').trim(),
          };
        }),
      );
      assert.deepEqual(seen, [
        { lang: 'de', dir: 'ltr', label: de.years_of_experience, slider: 'ltr', estimate: '85.000 $' },
        { lang: 'ar', dir: 'rtl', label: ar.years_of_experience, slider: 'rtl', estimate: seen[1].estimate },
      ]);
      assert.match(seen[1].estimate, /85[,٬.]?000|٨٥/);
      // The Arabic figures run from the right, as its slider does, and every label stays inside
      // its figure (each engine lays out right-to-left SVG text on its own).
      const mirrored = await driver.executeScript(() => {
        const root = document.getElementById('ar').shadowRoot;
        const box = (el) => el.getBoundingClientRect();
        const chart = box(root.querySelector('.cw-chart-svg'));
        const ticks = [...root.querySelectorAll('.cw-chart-svg > text[y="197"]')];
        const range = [...root.querySelectorAll('.cw-range-value')];
        const texts = [...root.querySelectorAll('.cw-chart-svg text, .cw-range-svg text')];
        return {
          chartZeroAtTheRightEdge: Math.abs(box(ticks[0]).right - chart.right) < 2,
          chartLastAtTheLeftEdge: Math.abs(box(ticks[ticks.length - 1]).left - chart.left) < 2,
          rangeLowOnTheRight: box(range[0]).left > box(range[range.length - 1]).right,
          labelsOutside: texts
            .filter((t) => box(t).left < box(t.ownerSVGElement).left - 2 || box(t).right > box(t.ownerSVGElement).right + 2)
            .map((t) => `${t.textContent} ${box(t).left}–${box(t).right} in ${box(t.ownerSVGElement).left}–${box(t.ownerSVGElement).right}`),
        };
      });
      assert.deepEqual(mirrored, { chartZeroAtTheRightEdge: true, chartLastAtTheLeftEdge: true, rangeLowOnTheRight: true, labelsOutside: [] });
      await driver.executeScript(() => {
        const el = document.getElementById('ar').shadowRoot.querySelector('input[type=range]');
        el.scrollIntoView({ block: 'center' });
        el.focus();
      });
      // ArrowRight moves the thumb right: towards the minimum in a right-to-left slider.
      await driver.actions().sendKeys(Key.ARROW_RIGHT).perform();
      const value = () => driver.executeScript(() => document.getElementById('ar').shadowRoot.querySelector('input[type=range]').value);
      await driver.wait(async () => (await value()) !== '5', UPDATE_TIMEOUT_MS, undefined, 50).catch(() => {});
      assert.equal(await value(), '4.5', 'ArrowRight in the Arabic slider');
      await assertQuiet(t, name, browser);
    });

    test(`${name}: the authoring page checks a dataset as it changes and previews it through a blob: src`, async (t) => {
      const { driver } = browser;
      browser.consoleErrors.length = 0; // only this page's
      // dist/author.html, with the recorder as its first script.
      await driver.get(`${server.origin}/author/author.html`);
      const bundled = await (await fetch(`${server.origin}/dist/careers.json`)).text();
      const type = (text) =>
        driver.executeScript((text) => {
          const input = document.getElementById('dataset');
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, text);
      const seen = (script, expected) =>
        driver.wait(async () => (await driver.executeScript(script)) === expected, RENDER_TIMEOUT_MS, undefined, 50).then(
          () => expected,
          async () => driver.executeScript(script),
        );

      await type(bundled.replace('"median": 85000', '"median": 1'));
      assert.equal(
        await seen(() => document.querySelector('#problems li')?.textContent ?? null, 'careers[0].salary.median: must lie between low and high'),
        'careers[0].salary.median: must lie between low and high',
      );
      await type(bundled.replace('"title": "Customer Support Manager"', '"title": "Support Lead (edited)"'));
      const title = () => document.getElementById('preview').shadowRoot?.querySelector('.cw-title')?.textContent ?? null;
      assert.equal(await seen(title, 'Support Lead (edited)'), 'Support Lead (edited)');
      assert.match(await driver.executeScript(() => document.getElementById('preview').getAttribute('src')), /^blob:/);
      assert.equal(await driver.executeScript(() => document.getElementById('verdict').dataset.state), 'valid');
      await assertQuiet(t, name, browser);
    });
  });
}

test('webkit without a language of its own (LANG=C): amounts are still grouped', async (t) => {
  const browser = await openBrowser('webkit', { lang: 'C.UTF-8' });
  try {
    const { driver } = browser;
    await driver.get(`${server.origin}/pages/no-locale.html`);
    // WebKit's own default there, `en-US-u-va-posix`, writes "$ 85000"; the widget reads it as
    // no preference and writes US English.
    assert.equal(await waitForEstimate(driver, 'a', '$85,000', RENDER_TIMEOUT_MS), '$85,000');
    await assertQuiet(t, 'webkit (LANG=C)', browser);
  } finally {
    await browser.stop();
  }
});
