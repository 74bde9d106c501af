// End-to-end: the release dist/ in real headless Chromium, loaded exactly as a blog loads it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';
import { projectVersion } from '../../scripts/version.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.DIST ?? here('../../dist');
const PAGES = here('./pages');
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve(
    { '/': DIST, '/dist/': DIST, '/pages/': PAGES, '/cdn/career-widget/v1/': DIST, '/strict/': DIST },
    (path) =>
      path.startsWith('/pages/csp') || path.startsWith('/strict/') ? { 'content-security-policy': STRICT_CSP } : {},
  );
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Text of the first element matching `selector` inside widget `host` (shadow DOM pierced). */
async function widgetText(page, host, selector) {
  const loc = page.locator(`${host} ${selector}`).first();
  await loc.waitFor();
  return (await loc.textContent()).trim();
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the element shows exactly `text` (Playwright polls the DOM; no fixed sleeps). */
async function seeText(page, host, selector, text) {
  const loc = page.locator(`${host} ${selector}`).filter({ hasText: new RegExp(`^\\s*${escape(text)}\\s*$`) });
  await loc.first().waitFor({ timeout: 5000 }).catch(async () => {
    const actual = await page.locator(`${host} ${selector}`).first().textContent().catch(() => '(missing)');
    assert.fail(`${host} ${selector}: expected ${JSON.stringify(text)}, saw ${JSON.stringify(actual)}`);
  });
}

describe('the demo page', () => {
  test('renders the widget from the bundled data, with no errors or foreign requests', async () => {
    const { page, context, problems } = await openPage(browser);
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${server.origin}/`);
    assert.equal(await widgetText(page, '#pay', '[data-testid=estimate]'), '$85,000');
    assert.equal(await widgetText(page, '#pay', '.cw-tier-title'), 'Customer Support Manager');
    const open = await page.evaluate(() => document.querySelector('#pay').shadowRoot?.mode);
    assert.equal(open, 'open');
    await page.locator('#skills .cw-skills').waitFor();
    assert.equal(await page.locator('#skills .cw-salary').count(), 0, 'the second widget shows only skills');
    assert.equal(await widgetText(page, '#preview', '[data-testid=estimate]'), '$85,000');
    const guest = await page.evaluate(() => ({ scrollY: window.scrollY, focus: document.activeElement.localName }));
    assert.deepEqual(guest, { scrollY: 0, focus: 'body' }, 'loading moves neither scroll nor focus');
    assert.deepEqual(problems, []);
    for (const url of requested) assert.ok(url.startsWith(server.origin), `foreign request: ${url}`);
    await context.close();
  });

  test('keyboard moves the slider: arrows, Home, End', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${server.origin}/`);
    const slider = page.locator('#pay input[type=range]');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await seeText(page, '#pay', '.cw-estimate-label', 'Estimated annual salary at 5.5 years');
    assert.equal(await page.locator('#pay input[type=number]').inputValue(), '5.5');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await seeText(page, '#pay', '.cw-estimate-label', 'Estimated annual salary at 4.5 years');
    await page.keyboard.press('PageUp');
    // Chromium's PageUp step on a 0–40 range is a tenth of it: 4 years.
    await seeText(page, '#pay', '.cw-estimate-label', 'Estimated annual salary at 8.5 years');
    await page.keyboard.press('End');
    await seeText(page, '#pay', '.cw-estimate-label', 'Estimated annual salary at 40 years');
    await seeText(page, '#pay', '[data-testid=estimate]', '$110,000');
    await seeText(page, '#pay', '.cw-tier-title', 'Director of Customer Support');
    await page.keyboard.press('Home');
    await seeText(page, '#pay', '[data-testid=estimate]', '$60,000');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('the embed-code generator updates the preview and the snippet', async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await page.locator('#preview [data-testid=estimate]').waitFor();
  // The generator knows the careers once it has read careers.json.
  await page.locator('#generator-form [name=career] option').first().waitFor({ state: 'attached' });
  // Once integrity.json has named this release, the script is that release on a CDN.
  const cdn = `https://cdn.jsdelivr.net/npm/career-widget@${projectVersion()}/career-widget.js`;
  await page.waitForFunction((url) => document.querySelector('#generator-form [name=script]').value === url, cdn);
  await page.locator('#generator-form [name=years]').fill('9.5');
  await page.locator('#generator-form [name=view]').selectOption('salary');
  await page.locator('#generator-form [name=locale]').selectOption('de-DE');
  // The bare two lines; the options have their own tests (kit.test.mjs).
  for (const option of ['reserve', 'fallback', 'jsonld', 'pin']) await page.locator(`#generator-form [name=${option}]`).setChecked(false);
  await seeText(page, '#preview', '[data-testid=estimate]', '102.500\u00a0$');
  assert.equal(await page.locator('#preview .cw-skills').count(), 0);
  const code = await page.locator('#snippet').textContent();
  assert.equal(
    code,
    `<script type="module" src="${cdn}"></script>\n` +
      '<career-widget career="customer-support-manager" years="9.5" view="salary" locale="de-DE"></career-widget>',
  );
  // The reader's slider in the preview flows back into the generator.
  await page.locator('#preview input[type=range]').fill('3');
  await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('years="3"'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('works on a page with a strict Content-Security-Policy, three independent instances', async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.origin}/pages/csp.html`);
  assert.equal(await widgetText(page, '#a', '[data-testid=estimate]'), '$67,500');
  assert.equal(await widgetText(page, '#b', '[data-testid=estimate]'), '$102,500');
  assert.equal(await page.locator('#b .cw-skills').count(), 0, 'view="salary" hides the skills');
  // The adopted stylesheet applies under style-src 'self': the card has its border radius.
  const radius = await page.locator('#a .cw').evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
  assert.equal(radius, '12px');
  // theme="dark" wins over the reader's light preference; the other instance follows it.
  const background = (id) => page.locator(`${id} .cw`).evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await background('#a'), 'rgb(255, 255, 255)');
  assert.equal(await background('#b'), 'rgb(21, 25, 30)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the demo page itself, with its generator, works under the strict policy', async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.origin}/strict/`);
  for (const id of ['#pay', '#preview']) await page.locator(`${id} [data-testid=estimate]`).waitFor();
  await page.locator('#skills .cw-skills').waitFor();
  await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('<career-widget'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the integrity hashes the build prints are the files it ships', async () => {
  const { createHash } = await import('node:crypto');
  const { readFile } = await import('node:fs/promises');
  const { version, ...hashes } = JSON.parse(await readFile(`${DIST}/integrity.json`, 'utf8'));
  assert.equal(version, projectVersion(), 'the release the hashes pin');
  assert.deepEqual(Object.keys(hashes).sort(), [
    'career-widget-app_bg.wasm',
    'career-widget.js',
    ...['ar', 'de', 'es', 'fr', 'ja', 'pt'].map((code) => `lang/${code}.json`),
  ]);
  for (const [file, hash] of Object.entries(hashes)) {
    const actual = `sha384-${createHash('sha384').update(await readFile(`${DIST}/${file}`)).digest('base64')}`;
    assert.equal(hash, actual, file);
  }
  // A page that pins the entry point with its hash loads; one with a wrong hash is refused.
  const { page, context } = await openPage(browser);
  await page.goto(`${server.origin}/pages/blank.html`);
  const loads = (integrity) =>
    page.evaluate(
      (i) =>
        new Promise((done) => {
          const s = document.createElement('script');
          s.type = 'module';
          s.src = `/dist/career-widget.js?pinned=${encodeURIComponent(i)}`;
          s.integrity = i;
          s.crossOrigin = 'anonymous';
          s.onload = () => done(true);
          s.onerror = () => done(false);
          document.head.append(s);
        }),
      integrity,
    );
  assert.equal(await loads(hashes['career-widget.js']), true);
  assert.equal(await loads('sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), false);
  await context.close();
});

test('loads from any path: everything is resolved relative to career-widget.js', async () => {
  const { page, context, problems } = await openPage(browser);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.origin}/pages/cdn.html`);
  assert.equal(await widgetText(page, 'career-widget', '[data-testid=estimate]'), '$107,000');
  assert.ok(requested.includes('/cdn/career-widget/v1/career-widget-app_bg.wasm'), requested.join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('skills by keyboard: Tab into the map, arrows, Enter opens, Escape closes without reaching the page', async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await page.locator('#skills button.cw-skill').first().waitFor();
  await page.evaluate(() => {
    window.hostKeys = [];
    document.addEventListener('keydown', (e) => window.hostKeys.push(e.key));
  });
  await page.locator('#skills #cw-skill-search').focus();
  await page.keyboard.press('Tab');
  const focusedSkill = () =>
    page.evaluate(() => document.querySelector('#skills').shadowRoot.activeElement?.dataset.skill ?? null);
  assert.equal(await focusedSkill(), 'empathy-and-active-listening', 'Tab from the search lands on the first skill');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focusedSkill(), 'basic-crm-technology-navigation');
  await page.keyboard.press('Enter');
  await seeText(page, '#skills', '.cw-detail-title', 'Basic CRM Technology Navigation');
  await page.keyboard.press('Escape');
  await page.locator('#skills [data-testid=skill-detail]').waitFor({ state: 'detached' });
  assert.equal(await focusedSkill(), 'basic-crm-technology-navigation', 'focus returns to the skill');
  const hostKeys = await page.evaluate(() => window.hostKeys);
  assert.ok(!hostKeys.includes('Escape') && !hostKeys.includes('ArrowRight'), `the page saw ${hostKeys}`);
  assert.ok(hostKeys.includes('Tab'), 'keys the widget does not handle still reach the page');
  assert.deepEqual(problems, []);
  await context.close();
});
