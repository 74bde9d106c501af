// Any career, not just one: the career picker, the embed snippet's fallback content and JSON-LD,
// its reservation under a strict CSP, print, and the authoring page, end to end against the
// release dist/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdRequests, launch, openPage } from './browser.mjs';
import { bundledDataset, testDatasets } from './datasets.mjs';
import { serve } from './server.mjs';
import { COMPACT_PX, fallbackHtml, FULL_PX } from '../../assets/snippet.js';
import { projectVersion } from '../../scripts/version.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.DIST ?? here('../../dist');
// The policy the README recommends a blog to send.
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let browser;
let server;
let pageHtml = '';
let blogCss = '';
let dataDir;

before(async () => {
  const dir = (dataDir = await mkdtemp(join(tmpdir(), 'career-widget-kit-')));
  for (const [name, d] of Object.entries(await testDatasets())) await writeFile(join(dir, name), JSON.stringify(d));
  browser = await launch();
  server = await serve({ '/dist/': DIST, '/data/': dir, '/pages/': here('./pages'), '/strict-dist/': DIST }, (path) =>
    path.startsWith('/strict-dist/') ? { 'content-security-policy': STRICT_CSP } : {}, {
    routes: {
      '/gen/kit.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml),
      '/gen/strict.html': (req, res) =>
        res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': STRICT_CSP }).end(pageHtml),
      '/gen/blog.css': (req, res) => res.writeHead(200, { 'content-type': 'text/css' }).end(blogCss),
    },
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
    await page.locator('#a [role=tab]', { hasText: 'What to learn' }).click();
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
      // A search leaves one group; the print shows the whole map anyway (and every tab).
      await page.locator('#a [role=tab]', { hasText: 'What to learn' }).click();
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

// The demo page's generator, with every option: what it prints (with `stylesheet`, the snippet
// and the rule for the blog's stylesheet), and that page, loaded.
async function demoCode({ view = 'both', layout = 'compact', jsonLd = true, stylesheet = false } = {}) {
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.origin}/dist/index.html`);
  await page.locator('#generator-form [name=career] option').first().waitFor({ state: 'attached' });
  await page.locator('#generator-form select[name=view]').selectOption(view);
  await page.locator('#generator-form select[name=layout]').selectOption(layout);
  await page.locator('#generator-form select[name=locale]').selectOption('en-US');
  await page.locator('#generator-form input[name=jsonld]').setChecked(jsonLd);
  const ruleBox = page.locator('.stylesheet-rule');
  assert.ok(await ruleBox.isHidden(), 'the inline form is the default');
  await page.locator('#generator-form input[name=stylesheet]').setChecked(stylesheet);
  if (stylesheet) await ruleBox.waitFor();
  // The integrity hash arrives with integrity.json, and with its version the release's URL on a
  // CDN as the default script; the author says where they host it instead (here, this server).
  await page.locator('#snippet').filter({ hasText: 'integrity="sha384-' }).waitFor();
  assert.equal(await page.locator('#generator-form input[name=script]').inputValue(), `https://cdn.jsdelivr.net/npm/career-widget@${projectVersion()}/career-widget.js`);
  await page.locator('#generator-form input[name=script]').fill(`${server.origin}/dist/career-widget.js`);
  const snippet = await page.locator('#snippet').textContent();
  const rule = stylesheet ? await ruleBox.locator('#rule').textContent() : null;
  assert.deepEqual(problems, []);
  await context.close();
  return { snippet, rule };
}

const demoSnippet = async (options) => (await demoCode(options)).snippet;

function post(snippet) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
    <link rel="icon" href="/dist/favicon.svg"></head>
    <body style="margin:0"><h1 style="margin:0;height:100px">A post</h1>\n${snippet}\n<p id="after">The post goes on.</p></body></html>`;
}

// The reservation the snippet writes is the widget's height in a 700-px column (the post's body
// has no margin).
const COLUMN_700 = { width: 700, height: 900 };

async function openPost(snippet, options = {}) {
  pageHtml = post(snippet);
  const opened = await openPage(browser, options);
  return opened;
}

describe('the embed snippet: fallback content, JSON-LD, pinned script', () => {
  test('the demo page\'s snippet pins this release: integrity from integrity.json, crossorigin', async () => {
    const snippet = await demoSnippet();
    const integrity = JSON.parse(await readFile(join(DIST, 'integrity.json'), 'utf8'))['career-widget.js'];
    assert.ok(
      snippet.includes(`<script type="module" src="${server.origin}/dist/career-widget.js" integrity="${integrity}" crossorigin="anonymous"></script>`),
      snippet,
    );
    assert.ok(
      snippet.startsWith(
        '<style>\ncareer-widget:not(:defined) { display: flow-root; min-height: 960px; }\n' +
          '@media (min-width: 640px) { career-widget:not(:defined) { min-height: 780px; } }\n</style>\n',
      ),
      snippet,
    );
  });

  test('without JavaScript the fallback shows the career, its median and range with currency and the source; nothing else does', async () => {
    const snippet = await demoSnippet({ view: 'salary' });
    const { page, context, problems } = await openPost(snippet, { javaScriptEnabled: false, viewport: COLUMN_700 });
    await page.goto(`${server.origin}/gen/kit.html`);
    const fallback = page.locator('career-widget p');
    assert.ok(await fallback.isVisible());
    assert.equal(
      await fallback.textContent(),
      'Customer Support Manager: median pay $85,000 a year (US), in a range of $60,000 to $110,000. Source: Customer Support Manager Career Path Guide (Jobicy).',
    );
    // The reservation holds the widget's space already, so mounting moves nothing below.
    assert.equal(await page.locator('career-widget').evaluate((e) => e.getBoundingClientRect().height), COMPACT_PX.wide);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with JavaScript the fallback is hidden from the first paint of the loader, with no layout jump, and the pinned script mounts', async () => {
    const snippet = await demoSnippet({ view: 'salary' });
    const noScript = await openPost(snippet, { javaScriptEnabled: false, viewport: COLUMN_700 });
    await noScript.page.goto(`${server.origin}/gen/kit.html`);
    const textTop = await noScript.page.evaluate(() => document.querySelector('#after').getBoundingClientRect().top);
    await noScript.context.close();
    const { page, context, problems } = await openPost(snippet, { viewport: COLUMN_700 });
    // Hold the wasm: the loader's placeholder stays until it is released.
    const release = await holdRequests(page, '**/career-widget-app_bg.wasm');
    await page.goto(`${server.origin}/gen/kit.html`);
    await page.waitForFunction(() => document.querySelector('career-widget').shadowRoot?.querySelector('.cwp'));
    const look = () =>
      page.evaluate(() => ({
        fallbackShown: document.querySelector('career-widget p').getClientRects().length > 0,
        height: document.querySelector('career-widget').getBoundingClientRect().height,
        after: document.querySelector('#after').getBoundingClientRect().top,
      }));
    const loading = await look();
    assert.deepEqual(loading, { fallbackShown: false, height: COMPACT_PX.wide, after: textTop }, 'the text below has not moved');
    release();
    await page.locator('career-widget [data-testid=estimate]').waitFor();
    assert.equal((await look()).fallbackShown, false, 'hidden after mount');
    // The light DOM is left as the author wrote it (crawlers and the page's own scripts read it).
    assert.match(await page.evaluate(() => document.querySelector('career-widget p').textContent), /^Customer Support Manager: median pay \$85,000/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a title ending in U+202E leaves the fallback\'s figures and words in order, as the browser lays them out', async () => {
    // Unisolated, the override would run on to the paragraph's end: "$85,000" shown as "000,58$".
    const career = structuredClone((await bundledDataset()).careers[0]);
    career.title += '\u202e';
    career.sources.find((s) => s.id === career.salary.source).title += '\u202e';
    const sentence = JSON.parse(await readFile(new URL('../../assets/lang/en.json', import.meta.url), 'utf8')).snippet.fallback;
    const { page, context, problems } = await openPost(`<career-widget>${fallbackHtml(career, { sentence, locale: 'en-US' })}</career-widget>`, {
      javaScriptEnabled: false,
    });
    await page.goto(`${server.origin}/gen/kit.html`);
    const backwards = await page.evaluate(() => {
      const found = [];
      const walker = document.createTreeWalker(document.querySelector('career-widget p'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('bdi')) continue;
        // Each visible character's box, in the text's order: on one line, each must lie right of the one before.
        const boxes = node.data.split('').flatMap((c, i) => {
          if (/\s/.test(c)) return [];
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return [{ c, ...range.getBoundingClientRect().toJSON() }];
        });
        const reversed = boxes.filter((box, i) => i > 0 && boxes[i - 1].top === box.top && box.left <= boxes[i - 1].left);
        if (reversed.length) found.push(`${reversed.length} characters left of the one before in "${node.data}"`);
      }
      return found;
    });
    assert.deepEqual(backwards, []);
    assert.match(await page.locator('career-widget p').textContent(), /median pay \$85,000 a year/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the JSON-LD is well-formed, an Occupation with exactly the dataset\'s figures, and nothing else', async () => {
    const snippet = await demoSnippet();
    const { page, context } = await openPost(snippet, { javaScriptEnabled: false });
    await page.goto(`${server.origin}/gen/kit.html`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    assert.equal(blocks.length, 1);
    const career = (await bundledDataset()).careers[0];
    assert.deepEqual(JSON.parse(blocks[0]), {
      '@context': 'https://schema.org',
      '@type': 'Occupation',
      inLanguage: 'en',
      name: career.title,
      description: career.summary,
      occupationLocation: [{ '@type': 'Country', name: career.salary.region }],
      estimatedSalary: [
        {
          '@type': 'MonetaryAmountDistribution',
          currency: career.salary.currency,
          duration: 'P1Y',
          percentile10: career.salary.low,
          median: career.salary.median,
          percentile90: career.salary.high,
        },
      ],
      skills: career.skill_groups.flatMap((g) => g.skills.map((s) => s.name)),
    });
    await context.close();
  });
});

// A post on a blog that sends the README's CSP: only its own stylesheet styles it, so the post's
// layout (no body margin, a 100-px heading) is there and not in style attributes.
const BLOG_CSS = 'body { margin: 0; } h1 { margin: 0; height: 100px; }\n';

function strictPost(snippet) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
    <link rel="icon" href="/dist/favicon.svg"><link rel="stylesheet" href="/gen/blog.css"></head>
    <body><h1>A post</h1>\n${snippet}\n<p id="after">The post goes on.</p></body></html>`;
}

// Until career-widget.js has run (held here), only the page's reservation holds the space.
async function openStrictPost(snippet, css) {
  pageHtml = strictPost(snippet);
  blogCss = css;
  const opened = await openPage(browser, { viewport: COLUMN_700 });
  const releaseEntry = await holdRequests(opened.page, '**/dist/career-widget.js');
  return { ...opened, releaseEntry };
}

async function goToStrictPost(page) {
  await page.goto(`${server.origin}/gen/strict.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('link[rel=stylesheet]')?.sheet && document.querySelector('#after'));
  return page.evaluate(() => ({
    defined: Boolean(customElements.get('career-widget')),
    height: document.querySelector('career-widget').getBoundingClientRect().height,
  }));
}

describe("the reservation under the README's strict Content-Security-Policy", () => {
  for (const [view, layout] of [['both', 'compact'], ['salary', 'compact'], ['both', 'full'], ['salary', 'full'], ['skills', 'full']]) {
    test(`view ${view}, layout ${layout}: the snippet without <style> and the rule in the blog's stylesheet reserve the space, with no violation`, async () => {
      const { snippet, rule } = await demoCode({ view, layout, stylesheet: true });
      assert.doesNotMatch(snippet, /<style|\sstyle=/i);
      const { page, context, problems, releaseEntry } = await openStrictPost(snippet, BLOG_CSS + rule);
      const reserved = layout === 'full' ? FULL_PX[view] : COMPACT_PX.wide;
      assert.deepEqual(await goToStrictPost(page), { defined: false, height: reserved });
      // The rest of the snippet runs under the policy too: the pinned script, the fallback, the JSON-LD.
      releaseEntry();
      await page.locator(view === 'skills' ? 'career-widget .cw-skills' : 'career-widget [data-testid=estimate]').waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the inline form: the policy refuses its <style> (a console error) and nothing is reserved before the script runs', async () => {
    const snippet = await demoSnippet();
    assert.ok(snippet.startsWith('<style>'), snippet);
    const { page, context, problems, releaseEntry } = await openStrictPost(snippet, BLOG_CSS);
    const refused = page.waitForEvent('console', (m) => m.type() === 'error' && m.text().includes('Content Security Policy'));
    const { height } = await goToStrictPost(page);
    assert.match((await refused).text(), /inline style.*style-src 'self'/i);
    assert.ok(height < COMPACT_PX.wide / 2, `only the fallback text's height: ${height}px`);
    assert.equal(problems.length, 1, problems.join('\n'));
    releaseEntry();
    await context.close();
  });
});

describe('the authoring page', () => {
  async function twoCareers() {
    return JSON.stringify((await testDatasets())['two-careers.json'], null, 2);
  }

  async function openAuthor(options) {
    const opened = await openPage(browser, options);
    const requests = [];
    opened.page.on('request', (r) => requests.push(r.url()));
    await opened.page.goto(`${server.origin}/dist/author.html`);
    return { ...opened, requests };
  }

  test('every problem with its path as the dataset changes, worded as a widget words it', async () => {
    const valid = await twoCareers();
    const broken = valid.replace('"median": 60000', '"median": 600000').replace('"id": "fake-beta"', '"id": "Fake Beta"');
    assert.notEqual(broken, valid);
    // What a widget says about the same text, given as its src.
    pageHtml = post(`<script type="module" src="/dist/career-widget.js"></script><career-widget src="/data/broken.json"></career-widget>`);
    await writeFile(join(dataDir, 'broken.json'), broken);
    const widget = await openPage(browser);
    await widget.page.goto(`${server.origin}/gen/kit.html`);
    const notice = await widget.page.locator('career-widget .cw-notice').filter({ hasText: 'could not be used' }).textContent();
    await widget.context.close();

    const { page, context, problems } = await openAuthor();
    await page.locator('#dataset').fill(broken);
    await page.locator('#verdict[data-state=invalid]').waitFor();
    const listed = await page.locator('#problems li').allTextContents();
    assert.deepEqual(listed, [
      'careers[0].salary.median: must lie between low and high',
      'careers[1].id: must be lowercase letters and digits joined by hyphens, e.g. "team-lead"',
    ]);
    for (const line of listed) assert.ok(notice.includes(line), `the widget says it too:\n${notice}`);
    assert.equal(await page.locator('#verdict').textContent(), '2 problems: a widget would show an error message instead of this dataset.');
    assert.ok(await page.locator('#preview-box').isHidden(), 'no preview of a dataset with problems');

    // Not JSON at all: the document's own problem.
    await page.locator('#dataset').fill('{"schema_version": 1,');
    await page.locator('#problems li').filter({ hasText: /^dataset: / }).waitFor();
    assert.equal(await page.locator('#problems li').count(), 1);

    await page.locator('#dataset').fill(valid);
    await page.locator('#verdict[data-state=valid]').waitFor();
    assert.equal(await page.locator('#problems li').count(), 0);
    await page.locator('#preview .cw-title').filter({ hasText: 'Fake Alpha (test data)' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('strict where the widget is lenient: a repeated key and an unknown key are problems here, as in career-data', async () => {
    const valid = await twoCareers();
    const { page, context, problems } = await openAuthor();
    const cases = [
      [valid.replace('"median": 60000', '"median": 60000, "median": 61000'), 'careers[0].salary.median: is given more than once'],
      [valid.replace('"median": 60000', '"median": 60000, "mean": 61000'), 'careers[0].salary.mean: is not a field of this schema'],
    ];
    for (const [text, problem] of cases) {
      assert.notEqual(text, valid);
      await page.locator('#dataset').fill(text);
      await page.locator('#problems li').filter({ hasText: problem }).waitFor();
      assert.equal(await page.locator('#problems li').count(), 1);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a 16 MB text is refused before it reaches the validator: its wasm is not even fetched', async () => {
    const { page, context, problems, requests } = await openAuthor();
    await page.waitForFunction(() => document.querySelector('#example'));
    await page.waitForLoadState('load');
    const fetched = () => requests.filter((url) => url.endsWith('/dist/validator/career-data_bg.wasm')).length;
    assert.equal(fetched(), 0, 'the validator loads when it is first needed');
    const refused = await page.evaluate(async () => {
      const { datasetProblems } = await import('/dist/validator.mjs');
      // 16 MB, three bytes a character in UTF-8.
      return datasetProblems(`{"x":"${'€'.repeat(16_000_000 / 3)}"}`);
    });
    assert.deepEqual(refused, ['dataset: is 16000007 bytes; the limit is 1000000 bytes']);
    assert.equal(fetched(), 0, 'refused before the wasm');
    const small = await page.evaluate(async () => (await import('/dist/validator.mjs')).datasetProblems('{}'));
    assert.deepEqual(small, ['schema_version: is required', 'careers: is required'], 'every problem, past the first');
    assert.equal(fetched(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the preview and the snippet follow the dataset: its careers, its figures, the hosted src', async () => {
    const { page, context, problems } = await openAuthor();
    await page.locator('#open').setInputFiles({ name: 'careers.json', mimeType: 'application/json', buffer: Buffer.from(await twoCareers()) });
    await page.locator('#verdict[data-state=valid]').waitFor();
    const career = page.locator('#generator-form select[name=career]');
    assert.deepEqual(await career.locator('option').allTextContents(), ['Fake Alpha (test data)', 'Fake Beta (test data)']);
    await career.selectOption('fake-beta');
    await page.locator('#generator-form input[name=src]').fill('https://blog.example/data/careers.json');
    await page.locator('#generator-form select[name=locale]').selectOption('en-US');
    await page.locator('#generator-form input[name=jsonld]').check();
    await page.locator('#preview .cw-title').filter({ hasText: 'Fake Beta (test data)' }).waitFor();
    const snippet = await page.locator('#snippet').textContent();
    assert.ok(snippet.includes('<career-widget src="https://blog.example/data/careers.json" career="fake-beta" years="5" locale="en-US">'), snippet);
    // Fake Beta: low 30,000, median 36,000, high 42,000.
    assert.ok(
      snippet.includes(
        '<p lang="en"><strong><bdi>Fake Beta (test data)</bdi></strong>: median pay $36,000 a year (<bdi>Testland</bdi>), in a range of $30,000 to $42,000. ' +
          'Source: <bdi>Made-up test source (guide)</bdi>.</p>',
      ),
      snippet,
    );
    const jsonLd = JSON.parse(snippet.slice(snippet.indexOf('<script type="application/ld+json">') + 35, snippet.lastIndexOf('</script>')));
    assert.deepEqual(jsonLd.estimatedSalary[0], { '@type': 'MonetaryAmountDistribution', currency: 'USD', duration: 'P1Y', percentile10: 30000, median: 36000, percentile90: 42000 });
    assert.deepEqual(jsonLd.occupationLocation, [{ '@type': 'AdministrativeArea', name: 'Testland' }]);
    assert.equal(jsonLd.skills.length, 4);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the snippet\'s JSON-LD and fallback text are in the language the dataset gives for its text; the page\'s field sets it', async () => {
    const dataset = JSON.parse(await twoCareers());
    dataset.lang = 'de';
    const { page, context, problems } = await openAuthor();
    await page.locator('#dataset').fill(JSON.stringify(dataset, null, 2));
    await page.locator('#verdict[data-state=valid]').waitFor();
    assert.equal(await page.locator('#dataset-lang').inputValue(), 'de', 'the field shows the dataset\'s language');
    await page.locator('#generator-form input[name=jsonld]').check();
    const read = async () => {
      const snippet = await page.locator('#snippet').textContent();
      return {
        jsonLd: JSON.parse(snippet.slice(snippet.indexOf('<script type="application/ld+json">') + 35, snippet.lastIndexOf('</script>'))),
        fallback: snippet.slice(snippet.indexOf('<p '), snippet.indexOf('</p>') + 4),
      };
    };
    await page.locator('#snippet').filter({ hasText: 'Mediangehalt' }).waitFor();
    let { jsonLd, fallback } = await read();
    assert.equal(jsonLd.inLanguage, 'de');
    // Fake Alpha: the first career; figures as a German reader writes them.
    assert.match(fallback, /^<p lang="de"><strong><bdi>Fake Alpha \(test data\)<\/bdi><\/strong>: Mediangehalt [\d.]+\u00a0\$ im Jahr/);
    // The author changes the language in the page's field: the dataset says it, and so does the snippet.
    await page.locator('#dataset-lang').fill('es');
    await page.locator('#dataset-lang').dispatchEvent('change');
    await page.locator('#snippet').filter({ hasText: 'salario mediano' }).waitFor();
    assert.equal(JSON.parse(await page.locator('#dataset').inputValue()).lang, 'es');
    ({ jsonLd, fallback } = await read());
    assert.equal(jsonLd.inLanguage, 'es');
    assert.match(fallback, /^<p lang="es">.*salario mediano de/);
    // Emptied, the field removes the dataset's `lang`: English, the default.
    await page.locator('#dataset-lang').fill('');
    await page.locator('#dataset-lang').dispatchEvent('change');
    await page.locator('#snippet').filter({ hasText: 'median pay' }).waitFor();
    assert.equal('lang' in JSON.parse(await page.locator('#dataset').inputValue()), false);
    // A tag that is none is the validator's to refuse.
    await page.locator('#dataset-lang').fill('not a tag');
    await page.locator('#dataset-lang').dispatchEvent('change');
    await page.locator('#problems li').filter({ hasText: 'lang' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the snippet loads the widget from where the author hosts it, kept while the dataset changes', async () => {
    const { page, context, problems } = await openAuthor();
    const script = page.locator('#generator-form input[name=script]');
    const cdn = `https://cdn.jsdelivr.net/npm/career-widget@${projectVersion()}/career-widget.js`;
    await page.locator('#snippet').filter({ hasText: cdn }).waitFor();
    assert.equal(await script.inputValue(), cdn, 'this release on a CDN, by default');
    await script.fill('https://blog.example/assets/career-widget.js');
    await page.locator('#open').setInputFiles({ name: 'careers.json', mimeType: 'application/json', buffer: Buffer.from(await twoCareers()) });
    await page.locator('#verdict[data-state=valid]').waitFor();
    await page.locator('#generator-form select[name=career]').selectOption('fake-beta');
    const snippet = await page.locator('#snippet').textContent();
    assert.ok(snippet.includes('<script type="module" src="https://blog.example/assets/career-widget.js" integrity="sha384-'), snippet);
    assert.equal(await script.inputValue(), 'https://blog.example/assets/career-widget.js');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('opened from disk, the page says how to open it instead', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`file://${join(DIST, 'author.html')}`);
    const note = page.locator('#opened-from-disk[role=alert]');
    await note.waitFor();
    assert.match(await note.textContent(), /does not work opened from a file.*npx serve.*python3 -m http\.server/s);
    await context.close();
    const served = await openAuthor();
    await served.page.locator('#generator-form input[name=script]').waitFor();
    assert.equal(await served.page.locator('#opened-from-disk').count(), 0, 'served, no such note');
    await served.context.close();
  });

  test("under the README's strict policy the page says the preview needs blob: in connect-src; checks and snippet still work", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${server.origin}/strict-dist/author.html`);
    await page.locator('#open').setInputFiles({ name: 'careers.json', mimeType: 'application/json', buffer: Buffer.from(await twoCareers()) });
    await page.locator('#verdict[data-state=valid]').waitFor();
    const note = page.locator('#preview-note[data-state=invalid]');
    await note.waitFor();
    assert.match(await note.textContent(), /Content-Security-Policy.*blob:.*connect-src 'self' blob:/);
    assert.ok(await page.locator('#preview-box').isHidden(), 'no preview showing something else');
    await page.locator('#snippet').filter({ hasText: 'career="fake-alpha"' }).waitFor();
    // In the console, only the policy's report of the refused blob: fetch and the widget's
    // warning to the page's developer about that src.
    assert.ok(problems.length > 0, 'the policy reports the refusal');
    for (const p of problems) assert.match(p, /blob:.*(Content Security Policy|was not used: it could not be fetched)/);
    await context.close();
  });

  test('text typed before the page\'s script has run is checked when it runs', async () => {
    const { page, context, problems } = await openPage(browser);
    const release = await holdRequests(page, '**/dist/author.js');
    await page.goto(`${server.origin}/dist/author.html`, { waitUntil: 'commit' });
    await page.locator('#dataset').fill('{"schema_version": 1}');
    release();
    await page.locator('#problems li').filter({ hasText: 'careers: is required' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('nothing leaves the page, and once loaded it works offline', async () => {
    const { page, context, problems, requests } = await openAuthor();
    await page.locator('#example').click();
    await page.locator('#preview .cw-title').filter({ hasText: 'Customer Support Manager' }).waitFor();
    await context.setOffline(true);
    const text = await page.locator('#dataset').inputValue();
    await page.locator('#dataset').fill(text.replace('"high": 110000', '"high": 1'));
    await page.locator('#verdict[data-state=invalid]').waitFor();
    await page.locator('#dataset').fill(text.replace('"title": "Customer Support Manager"', '"title": "Support Lead (edited)"'));
    await page.locator('#preview .cw-title').filter({ hasText: 'Support Lead (edited)' }).waitFor();
    const elsewhere = requests.filter((url) => !url.startsWith(`${server.origin}/dist/`) && !url.startsWith(`blob:${server.origin}/`));
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
