// Any career, not just one: the career picker, the embed snippet's fallback content and JSON-LD,
// print, and the authoring page, end to end against the release dist/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './browser.mjs';
import { testDatasets } from './datasets.mjs';
import { serve } from './server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.DIST ?? here('../../dist');

let browser;
let server;
let pageHtml = '';

before(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'career-widget-kit-'));
  for (const [name, d] of Object.entries(await testDatasets())) await writeFile(join(dir, name), JSON.stringify(d));
  browser = await launch();
  server = await serve({ '/dist/': DIST, '/data/': dir, '/pages/': here('./pages') }, () => ({}), {
    routes: { '/gen/kit.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml) },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(body, options = {}) {
  pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kit</title>
    <link rel="icon" href="/dist/favicon.svg"><script type="module" src="/dist/career-widget.js"></script>
    </head><body>${body}</body></html>`;
  const opened = await openPage(browser, options);
  await opened.page.goto(`${server.origin}/gen/kit.html`);
  return opened;
}

const text = (page, host, selector) =>
  page.evaluate(([h, s]) => document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.trim() ?? null, [host, selector]);

describe('the career picker', () => {
  test('a dataset of several careers and no career attribute: a labelled select; choosing updates both views and tells the page', async () => {
    const { page, context, problems } = await open(
      `<career-widget id="a" src="/data/two-careers.json" years="5" locale="en-US"></career-widget>`,
    );
    const picker = page.locator('#a [data-testid=career-picker]');
    await picker.waitFor();
    assert.equal(await page.locator('#a label[for=cw-picker]').textContent(), 'Career');
    assert.deepEqual(await picker.locator('option').allTextContents(), ['Fake Alpha (test data)', 'Fake Beta (test data)']);
    assert.equal(await text(page, '#a', '.cw-title'), 'Fake Alpha (test data)');
    await page.locator('#a input[type=range]').fill('9.5');
    await page.evaluate(() => {
      window.changes = [];
      document.addEventListener('career-widget-change', (e) => window.changes.push(e.detail));
    });
    await picker.selectOption({ label: 'Fake Beta (test data)' });
    await page.locator('#a .cw-title').filter({ hasText: 'Fake Beta (test data)' }).waitFor();
    // Fake Beta: low 30,000, senior 39,000 (the figure at 9.5 years); its groups have one skill each.
    await page.locator('#a [data-testid=estimate]').filter({ hasText: '$39,000' }).waitFor();
    await page.locator('#a button.cw-skill').first().waitFor();
    assert.equal(await page.locator('#a button.cw-skill').count(), 4, 'the skill map follows');
    assert.deepEqual(await page.evaluate(() => window.changes), [
      { career: 'fake-beta', years: 9.5, tier: 'senior', estimateUsd: 39000 },
    ]);
    assert.equal(await page.locator('#a .cw-estimate-label').textContent(), 'Estimated annual salary at 9.5 years', "the reader's years stay");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with career set, or with one career, there is no picker', async () => {
    const { page, context, problems } = await open(
      `<career-widget id="set" src="/data/two-careers.json" career="fake-beta" locale="en-US"></career-widget>
       <career-widget id="one" locale="en-US"></career-widget>`,
    );
    await page.locator('#set .cw-title').filter({ hasText: 'Fake Beta' }).waitFor();
    await page.locator('#one [data-testid=estimate]').waitFor();
    assert.equal(await page.locator('#set [data-testid=career-picker]').count(), 0);
    assert.equal(await page.locator('#one [data-testid=career-picker]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('print', () => {
  for (const width of [360, 1000]) {
    test(`printed at ${width}px: a static summary without controls, black on white, every group open`, async () => {
      const { page, context, problems } = await open(
        `<career-widget id="a" src="/data/two-careers.json" years="5" locale="en-US" theme="dark"></career-widget>`,
        { viewport: { width, height: 900 } },
      );
      await page.locator('#a button.cw-skill').first().waitFor({ state: 'attached' });
      // A search leaves one group; the print shows the whole map anyway.
      await page.locator('#a #cw-skill-search').fill('crm');
      await page.emulateMedia({ media: 'print' });
      const look = await page.evaluate(() => {
        const root = document.querySelector('#a').shadowRoot;
        const shown = (el) => el.getClientRects().length > 0;
        // Skill names and the shown list's name stay, as text; nothing else that takes input.
        const controls = [...root.querySelectorAll('input, select, button:not(.cw-skill):not(.cw-tab[aria-selected=true]), summary')].filter(shown);
        const card = getComputedStyle(root.querySelector('.cw'));
        return {
          controls: controls.map((c) => c.outerHTML.slice(0, 60)),
          estimate: shown(root.querySelector('[data-testid=estimate]')) && root.querySelector('[data-testid=estimate]').textContent,
          tier: shown(root.querySelector('.cw-tier-title')),
          colour: card.color,
          background: card.backgroundColor,
          groups: [...root.querySelectorAll('.cw-group-body')].map(shown),
          skills: [...root.querySelectorAll('button.cw-skill')].filter(shown).length,
        };
      });
      assert.deepEqual(look.controls, [], 'no controls print');
      assert.equal(look.estimate, '$60,000');
      assert.ok(look.tier);
      assert.equal(look.colour, 'rgb(0, 0, 0)');
      assert.equal(look.background, 'rgb(255, 255, 255)');
      assert.deepEqual(look.groups, [true, true, true, true], 'every group open');
      assert.equal(look.skills, 20, 'every skill listed');
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10_000, 'it prints');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
