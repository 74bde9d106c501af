// "Never a broken box": what a host page and a dataset can do to the widget, end to end against
// the release dist/ (and, for forced traps, the test bundle of `make build-test`, which differs
// from the release only by its test-only trap hooks).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch, openPage } from './browser.mjs';
import { bundledDataset, testDatasets } from './datasets.mjs';
import { MAX_UNPINNED } from '../../assets/loader/failure.mjs';
import { serve } from './server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.DIST ?? here('../../dist');
const DIST_TEST = process.env.DIST_TEST ?? here('../../target/dist-test');

let browser;
let server;
let other; // a second origin, for cross-origin datasets
const seen = {}; // path -> request headers of the last request, for the privacy checks
const held = []; // responses the tests release themselves
let flaky = 0;
let endlessClosed = () => {}; // called when the client drops the endless response
let pageHtml = ''; // the page the current test asked open() for

// Answers after `release()`; until then the request hangs.
function hold(req, res) {
  held.push(() => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(datasets['two-careers.json']);
  });
}

let datasets;

before(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'career-widget-robust-'));
  const generated = await testDatasets();
  const bundled = await bundledDataset();
  const strange = structuredClone(bundled);
  // A related tool's name that is long and full of characters that must never reach a message as
  // such. (An unknown key no longer makes one: the widget passes over it.)
  const skill = strange.careers[0].skill_groups.flatMap((g) => g.skills).find((s) => s.related?.value?.tools?.length);
  skill.related.value.tools[0] = `x${'\u202e\u0000\n'.repeat(3)}${'k'.repeat(10_000)}`;
  datasets = Object.fromEntries(
    Object.entries({ ...generated, 'strange.json': strange }).map(([name, d]) => [name, JSON.stringify(d)]),
  );
  for (const [name, body] of Object.entries(datasets)) await writeFile(join(dir, name), body);
  browser = await launch();
  const routes = {
    '/gen/robust.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml),
    '/same/data.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(datasets['two-careers.json']);
    },
    '/slow/held.json': hold,
    '/slow/hang.json': () => {},
    '/flaky/data.json': (req, res) => {
      flaky += 1;
      if (flaky === 1) res.writeHead(503, 'Service Unavailable').end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(datasets['two-careers.json']);
    },
    // 20 MB of JSON, gzip-compressed to a few KB and sent in chunks without a Content-Length.
    '/big/chunked.json': (req, res) => {
      const huge = `{"schema_version":1,"careers":[],"padding":"${'x'.repeat(20_000_000)}"}`;
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      const body = gzipSync(huge);
      for (let at = 0; at < body.length; at += 1024) res.write(body.subarray(at, at + 1024));
      res.end();
    },
    '/hostile/status.json': (req, res) => {
      res.writeHead(404, `Not Found ${'\t<b>'.repeat(500)}`).end();
    },
    '/endless/503.json': (req, res) => {
      res.writeHead(503, 'Service Unavailable', { 'content-type': 'application/json' });
      const drip = setInterval(() => res.write(' '), 50);
      res.on('close', () => {
        clearInterval(drip);
        endlessClosed();
      });
    },
    '/html/page.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Log in</p>');
    },
  };
  for (const [path, handler] of Object.entries({ ...routes })) {
    routes[path] = (req, res) => {
      seen[path] = req.headers;
      handler(req, res);
    };
  }
  const mounts = { '/dist/': DIST, '/test-dist/': DIST_TEST, '/pages/': here('./pages'), '/data/': dir };
  server = await serve(mounts, () => ({}), { routes });
  other = await serve({ '/data/': dir }, (path) => (path.includes('cors') ? {} : { 'access-control-allow-origin': '*' }), {
    routes: {
      '/data/cookies.json': (req, res) => {
        seen.cross = req.headers;
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(datasets['two-careers.json']);
      },
      '/data/no-cors.json': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(datasets['two-careers.json']);
      },
    },
  });
});

after(async () => {
  for (const release of held.splice(0)) release();
  await browser?.close();
  await server?.close();
  await other?.close();
});

/** A page with the given body at /gen/robust.html on the test server (not a route of the
 * browser's: a page that Playwright fulfils has no address, and Chromium then treats requests
 * to the loopback servers as a public page reaching into the local network). */
async function open(body, { dist = '/dist/', head = '', ...options } = {}) {
  pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Robustness</title>
    <link rel="icon" href="/dist/favicon.svg">${head}
    <script type="module" src="${dist}career-widget.js"></script></head><body>${body}</body></html>`;
  return openPage(browser, options);
}

const text = (page, host, selector) =>
  page.evaluate(
    ([h, s]) => document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.trim() ?? null,
    [host, selector],
  );

async function see(page, host, selector, pattern) {
  await page.locator(`${host} ${selector}`).filter({ hasText: pattern }).first().waitFor({ timeout: 10_000 });
}

const setAttr = (page, host, name, value) =>
  page.evaluate(([h, n, v]) => (v === null ? document.querySelector(h).removeAttribute(n) : document.querySelector(h).setAttribute(n, v)), [host, name, value]);

/** `promise`, or a failure naming `what` after `ms`: nothing here waits for ever. */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`not within ${ms} ms: ${what}`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const ours = (problems) => problems.filter((p) => p.startsWith('warning: <career-widget>'));

// Exposes the wasm's memory to the test (an init script of the test's, not of the widget).
const CAPTURE_MEMORY = () => {
  // The loader instantiates its compiled module with `new WebAssembly.Instance` (the glue's
  // initSync); the release build shortens export names (scripts/minify-names.mjs), so the
  // memory is found by what it is.
  const Instance = WebAssembly.Instance;
  WebAssembly.Instance = function (...args) {
    const instance = new Instance(...args);
    window.__cwMemory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
    return instance;
  };
  WebAssembly.Instance.prototype = Instance.prototype;
};
const wasmBytes = (page) => page.evaluate(() => window.__cwMemory.buffer.byteLength);

function onlyTheWarnings(problems, ...patterns) {
  assert.equal(ours(problems).length, patterns.length, problems.join('\n'));
  patterns.forEach((p, i) => assert.match(ours(problems)[i], p));
  assert.deepEqual(problems.filter((p) => !p.startsWith('warning: <career-widget>')), [], 'no uncaught error reaches the page');
}

describe('per-career state', () => {
  test('changing career or removing src with a skill open leaves this widget, the others and later ones working', async () => {
    const { page, context, problems } = await open(
      `<career-widget id="a" src="/data/two-careers.json" career="fake-alpha" years="5" locale="en-US"></career-widget>
       <career-widget id="b" years="5" locale="en-US" view="salary"></career-widget>
       <main id="slot"></main>`,
    );
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '.cw-title', 'Fake Alpha');
    await page.locator('#a [role=tab]', { hasText: 'What to learn' }).click();
    // The last skill of the last group: Fake Beta's groups have one skill each.
    await page.locator('#a button.cw-skill').last().click();
    await page.locator('#a [data-testid=skill-detail]').waitFor();
    await setAttr(page, '#a', 'career', 'fake-beta');
    await see(page, '#a', '.cw-title', 'Fake Beta');
    assert.equal(await page.locator('#a [data-testid=skill-detail]').count(), 0, 'the open skill belonged to the other career');

    await page.locator('#a button.cw-skill').last().click();
    await page.locator('#a [data-testid=skill-detail]').waitFor();
    await setAttr(page, '#a', 'src', null);
    await see(page, '#a', '.cw-title', 'Customer Support Manager');

    await page.locator('#b input[type=range]').fill('9.5');
    await see(page, '#b', '[data-testid=estimate]', '$102,500');
    await page.evaluate(() => {
      const late = document.createElement('career-widget');
      late.id = 'late';
      late.setAttribute('years', '2');
      late.setAttribute('locale', 'en-US');
      document.querySelector('#slot').append(late);
    });
    await see(page, '#late', '[data-testid=estimate]', '$67,500');
    assert.deepEqual(problems, [
      'warning: <career-widget> career="fake-beta" is not in the dataset (it has: customer-support-manager); showing "customer-support-manager".',
    ]);
    await context.close();
  });
});

describe('a trap inside the wasm', () => {
  const page3 = `<career-widget id="a" years="5" locale="en-US"></career-widget>
    <career-widget id="b" years="2" locale="en-US" view="salary"></career-widget>
    <main id="slot"></main>`;

  async function addWidget(page, id, attrs = {}) {
    await page.evaluate(
      ([id, attrs]) => {
        const el = document.createElement('career-widget');
        el.id = id;
        for (const [k, v] of Object.entries({ locale: 'en-US', ...attrs })) el.setAttribute(k, v);
        document.querySelector('#slot').append(el);
      },
      [id, attrs],
    );
  }

  async function opened() {
    const opened = await open(page3, { dist: '/test-dist/' });
    await opened.page.goto(`${server.origin}/gen/robust.html`);
    await see(opened.page, '#a', '[data-testid=estimate]', '$85,000');
    await see(opened.page, '#b', '[data-testid=estimate]', '$67,500');
    // The reader moves #b: a restart mounts it again from its attribute, 2 years.
    await opened.page.locator('#b input[type=range]').fill('9.5');
    await see(opened.page, '#b', '[data-testid=estimate]', '$102,500');
    await allSettled(opened.page);
    return opened;
  }

  // Every widget rendered, the later tasks of its first view included (a restart mounts the
  // widgets one at a time, each once the one before has settled): a trap that comes now is
  // pinned on the widget whose work ran, never shared with one still being mounted.
  const allSettled = (page) =>
    page.waitForFunction(() =>
      [...document.querySelectorAll('career-widget')].every((el) => el.shadowRoot.querySelector('.cw-root > :not(.cwp)') && !el.shadowRoot.querySelector('.cw-panels[aria-busy]')),
    );

  const failed = (page, id) => page.locator(`${id} .cwp-failed[role=alert]`).filter({ hasText: 'could not load (an internal error). The rest of this page is not affected.' });

  // Marks every widget's rendering, then waits until each has a new one, settled (the skill map
  // included): the restart after a trap has mounted every widget again.
  const markRendered = (page) =>
    page.evaluate(() => {
      for (const el of document.querySelectorAll('career-widget')) el.shadowRoot.querySelector('.cw-root')?.setAttribute('data-before', '');
    });
  const renderedAfresh = (page) =>
    page.waitForFunction(() =>
      [...document.querySelectorAll('career-widget')].every((el) => {
        const root = el.shadowRoot.querySelector('.cw-root');
        return root && !root.hasAttribute('data-before') && root.querySelector(':scope > :not(.cwp)') && !el.shadowRoot.querySelector('.cw-panels[aria-busy]');
      }),
    );

  async function stillWorking(page) {
    await see(page, '#b', '[data-testid=estimate]', '$67,500');
    await page.locator('#b input[type=range]').fill('11');
    await see(page, '#b', '[data-testid=estimate]', '$107,000');
    await addWidget(page, 'late', { years: '9.5' });
    await see(page, '#late', '[data-testid=estimate]', '$102,500');
  }


  for (const [moment, trigger] of [
    ['in a task of its own', async (page) => {
      await setAttr(page, '#a', 'data-test-trap', 'task');
      await setAttr(page, '#a', 'years', '6');
    }],
    ['in an event handler', async (page) => {
      await setAttr(page, '#a', 'data-test-trap', 'input');
      await page.locator('#a input[type=range]').fill('7');
    }],
  ]) {
    test(`a trap ${moment}: a fresh instance mounts every widget again, and they keep working`, async () => {
      const { page, context, problems } = await opened();
      await trigger(page);
      await setAttr(page, '#a', 'data-test-trap', null);
      await see(page, '#a', '.cw-estimate-label', /at (5|6|7) years/);
      await stillWorking(page);
      await page.evaluate(() => document.querySelector('#a').remove());
      onlyTheWarnings(problems, /stopped after an internal error and was restarted/);
      await context.close();
    });
  }

  test('a trap in an event handler: the control the reader was on has the focus again after the restart', async () => {
    const { page, context, problems } = await opened();
    await setAttr(page, '#a', 'data-test-trap', 'input');
    await page.locator('#a input[type=range]').fill('7');
    await setAttr(page, '#a', 'data-test-trap', null);
    await page.waitForFunction(() => document.querySelector('#a').shadowRoot.activeElement?.matches('input[type=range]'));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'a');
    // And the reader's next key works on it.
    await page.keyboard.press('ArrowRight');
    await see(page, '#a', '.cw-estimate-label', /at 5\.5 years/);
    onlyTheWarnings(problems, /stopped after an internal error and was restarted/);
    await context.close();
  });

  test('a widget whose own work traps twice in a minute shows the message alone; the others restart', async () => {
    const { page, context, problems } = await opened();
    await setAttr(page, '#a', 'data-test-trap', 'update');
    await setAttr(page, '#a', 'years', '6');
    // The first time it is restarted with the others: a trap may be a one-off.
    await see(page, '#a', '.cw-estimate-label', 'at 6 years');
    assert.equal(await failed(page, '#a').count(), 0);
    await allSettled(page);
    await setAttr(page, '#a', 'years', '7');
    await failed(page, '#a').waitFor();
    await stillWorking(page);
    await addWidget(page, 'poison', { 'data-test-trap': 'mount' });
    await failed(page, '#poison').waitFor();
    await page.locator('#b input[type=range]').fill('2');
    await see(page, '#b', '[data-testid=estimate]', '$67,500');
    await page.evaluate(() => document.querySelector('#a').remove());
    onlyTheWarnings(problems, /stopped after an internal error and was restarted/);
    await context.close();
  });

  test('a widget whose own rendering traps is found on the restart and left out; the others work', async () => {
    const { page, context, problems } = await opened();
    await addWidget(page, 'poison', { 'data-test-trap': 'mount-task' });
    await failed(page, '#poison').waitFor();
    await stillWorking(page);
    await see(page, '#a', '[data-testid=estimate]', '$85,000');
    onlyTheWarnings(problems, /stopped after an internal error and was restarted/);
    await context.close();
  });

  test('a retired instance is never entered again: a dataset it was waiting for changes nothing', async () => {
    const { page, context, problems } = await open(
      `<career-widget id="a" src="/slow/held.json" locale="en-US"></career-widget>
       <career-widget id="b" years="2" locale="en-US" view="salary"></career-widget><main id="slot"></main>`,
      { dist: '/test-dist/' },
    );
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '.cw-notice', 'Loading career data');
    await see(page, '#b', '[data-testid=estimate]', '$67,500');
    await setAttr(page, '#a', 'data-test-trap', 'update');
    await setAttr(page, '#a', 'years', '6');
    await see(page, '#b', '[data-testid=estimate]', '$67,500');
    await see(page, '#a', '.cw-notice', 'Loading career data');
    await setAttr(page, '#a', 'years', '7');
    await failed(page, '#a').waitFor();
    await see(page, '#b', '[data-testid=estimate]', '$67,500');
    for (const release of held.splice(0)) release(); // the old instances' fetches end
    await page.locator('#b input[type=range]').fill('9.5');
    await see(page, '#b', '[data-testid=estimate]', '$102,500');
    onlyTheWarnings(problems, /stopped after an internal error and was restarted/);
    await context.close();
  });

  test('the page\'s own errors are left alone, even a RuntimeError thrown while handling the change event', async () => {
    const { page, context, problems } = await opened();
    await page.evaluate(() => {
      document.addEventListener('career-widget-change', () => {
        throw new WebAssembly.RuntimeError('the page\'s own');
      });
    });
    await page.locator('#b input[type=range]').fill('11');
    await see(page, '#b', '[data-testid=estimate]', '$107,000');
    await page.locator('#b input[type=range]').fill('2');
    await see(page, '#b', '[data-testid=estimate]', '$67,500');
    assert.deepEqual(ours(problems), [], 'no restart');
    assert.ok(problems.some((p) => p.includes("the page's own")), 'the page still sees its error');
    await context.close();
  });

  test('found without reading stacks: a wasm compiled from bytes and a page that turns stack traces off', async () => {
    const { page, context, problems } = await open(page3, { dist: '/test-dist/' });
    await page.addInitScript(() => {
      Error.stackTraceLimit = 0;
    });
    await page.route('**/test-dist/career-widget-app_bg.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#b', '[data-testid=estimate]', '$67,500');
    await setAttr(page, '#a', 'data-test-trap', 'task');
    await setAttr(page, '#a', 'years', '6');
    await setAttr(page, '#a', 'data-test-trap', null);
    await page.locator('#b input[type=range]').fill('11');
    await see(page, '#b', '[data-testid=estimate]', '$107,000');
    onlyTheWarnings(problems, /stopped after an internal error and was restarted/);
    await context.close();
  });

  test('one widget\'s traps that keep coming never stop the others or later ones; nothing throws', async () => {
    const { page, context, problems } = await opened();
    await setAttr(page, '#a', 'data-test-trap', 'task');
    for (let i = 0; i < 2; i++) {
      await page.locator('#a [data-testid=estimate]').waitFor();
      await allSettled(page);
      await setAttr(page, '#a', 'years', String(6 + i));
    }
    await failed(page, '#a').waitFor();
    await stillWorking(page);
    assert.equal(await failed(page, '#b').count(), 0);
    onlyTheWarnings(problems, /stopped after an internal error and was restarted/);
    await context.close();
  });

  test('traps pinned on no widget that keep coming: every widget, and every later one, shows the message', async () => {
    const { page, context, problems } = await opened();
    // Each update of #a arms a timer whose trap comes while no widget's work runs.
    await setAttr(page, '#a', 'data-test-trap', 'unpinned');
    for (let i = 0; i < MAX_UNPINNED; i++) {
      await markRendered(page);
      await setAttr(page, '#a', 'years', String(6 + i));
      await renderedAfresh(page);
    }
    await setAttr(page, '#a', 'years', '9');
    for (const id of ['#a', '#b']) await failed(page, id).waitFor();
    await addWidget(page, 'late');
    await failed(page, '#late').waitFor();
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('career-widget')) el.remove();
    });
    onlyTheWarnings(problems, /stopped after an internal error and was restarted/, /stopped after an internal error:/);
    assert.equal(await page.evaluate(() => document.title), 'Robustness', 'the page is alive');
    await context.close();
  });

  for (const [where, attrs] of [
    ['on the bundled data', ''],
    ['on a src dataset that arrives later', ' src="/data/two-careers.json" career="fake-alpha"'],
  ]) {
    test(`a fault in a later render (the skill map, ${where}) is pinned on its widget; the others keep working`, async () => {
      const { page, context, problems } = await open(
        `<career-widget id="a" years="5" locale="en-US"${attrs}></career-widget>
         <career-widget id="b" years="2" locale="en-US" view="salary"></career-widget>
         <main id="slot"></main>`,
      );
      // The host page's own script throws where only #a's skill map goes: Yew's setAttribute of
      // a skill button's data-skill, rendered a task after the rest (and, with src, later still).
      await page.addInitScript(() => {
        const setAttribute = Element.prototype.setAttribute;
        Element.prototype.setAttribute = function (name, value) {
          if (name === 'data-skill') throw new Error('the page\'s own script');
          return setAttribute.call(this, name, value);
        };
      });
      await page.goto(`${server.origin}/gen/robust.html`);
      await failed(page, '#a').waitFor();
      await see(page, '#b', '[data-testid=estimate]', '$67,500');
      await page.locator('#b input[type=range]').fill('9.5');
      await see(page, '#b', '[data-testid=estimate]', '$102,500');
      await addWidget(page, 'late', { years: '2', view: 'salary' });
      await see(page, '#late', '[data-testid=estimate]', '$67,500');
      assert.equal(await failed(page, '#b').count(), 0);
      onlyTheWarnings(problems, /stopped after an internal error and was restarted/);
      await context.close();
    });
  }
});

describe('restarts', () => {
  // Records every wasm instance the page makes (weakly) and every call into a retired one: the
  // loader's guard refuses such a call with an error the page still sees as an error event.
  const WATCH_INSTANCES = () => {
    const Instance = WebAssembly.Instance;
    window.__cwInstances = [];
    window.__cwRetiredCalls = 0;
    WebAssembly.Instance = function (...args) {
      const instance = new Instance(...args);
      window.__cwInstances.push(new WeakRef(instance));
      return instance;
    };
    WebAssembly.Instance.prototype = Instance.prototype;
    addEventListener('error', (e) => {
      if (String(e.error?.message).includes('a retired instance')) window.__cwRetiredCalls += 1;
    });
  };

  test('after three restarts one instance is live: a keystroke calls no retired one, and the retired ones are freed', async () => {
    const { page, context, problems } = await open(
      `<career-widget id="a" years="5" locale="en-US"></career-widget>
       <career-widget id="b" years="2" locale="en-US" view="salary"></career-widget>
       <career-widget id="c" years="2" locale="en-US" view="salary"></career-widget>`,
      { dist: '/test-dist/' },
    );
    await page.addInitScript(WATCH_INSTANCES);
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#c', '[data-testid=estimate]', '$67,500');
    // One trap for each widget, each in a task of its own after an update: three restarts.
    for (const [i, id] of ['#a', '#b', '#c'].entries()) {
      await setAttr(page, id, 'data-test-trap', 'task');
      await setAttr(page, id, 'years', '6');
      await setAttr(page, id, 'data-test-trap', null);
      await page.waitForFunction((n) => window.__cwInstances.length === n, i + 2);
      await see(page, id, '.cw-estimate-label', 'at 6 years');
    }
    for (const id of ['#a', '#b', '#c']) await see(page, id, '.cw-estimate-label', 'at 6 years');
    // Calls made while the instances were retired (their pending tasks) are counted apart.
    const before = await page.evaluate(() => window.__cwRetiredCalls);
    await page.locator('#b input[type=range]').focus();
    await page.keyboard.press('ArrowRight');
    await see(page, '#b', '.cw-estimate-label', 'at 6.5 years');
    await page.keyboard.type('x');
    assert.equal(await page.evaluate(() => window.__cwRetiredCalls), before, 'no keystroke reaches a retired instance');
    const cdp = await context.newCDPSession(page);
    let live;
    for (let i = 0; i < 5 && live !== 1; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      live = await page.evaluate(() => window.__cwInstances.filter((r) => r.deref()).length);
    }
    assert.equal(live, 1, 'the three retired instances are garbage once collected');
    onlyTheWarnings(problems, /stopped after an internal error and was restarted/);
    await context.close();
  });
});

describe('src requests', () => {
  test('an oversized dataset, chunked and gzip-compressed, stops at the cap without filling wasm memory', async () => {
    const { page, context, problems } = await open(`<career-widget id="a" years="5" locale="en-US"></career-widget>`);
    await page.addInitScript(CAPTURE_MEMORY);
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '[data-testid=estimate]', '$85,000');
    const before = await wasmBytes(page);
    await setAttr(page, '#a', 'src', '/big/chunked.json');
    await see(page, '#a', '.cw-notice', 'larger than the limit of 1000000 bytes');
    const grown = (await wasmBytes(page)) - before;
    console.log(`wasm memory grew by ${grown} bytes while refusing a 20 MB body`);
    assert.ok(grown < 2_000_000, `wasm memory grew by ${grown} bytes`);
    assert.equal(ours(problems).length, 1, problems.join('\n'));
    await context.close();
  });

  test('a dataset that never arrives times out with a message', async () => {
    const { page, context } = await open(`<career-widget id="a" src="/slow/hang.json" locale="en-US"></career-widget>`);
    await page.clock.install();
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '.cw-notice', 'Loading career data');
    await page.clock.runFor(16_000);
    await see(page, '#a', '.cw-notice', 'it did not arrive within 15 seconds; trying again in 2 seconds');
    assert.equal(await text(page, '#a', '[data-testid=estimate]'), null, 'no other career\'s figures meanwhile');
    await context.close();
  });

  test('a page whose fetch wrapper drops the abort signal still gets the timeout', async () => {
    const { page, context } = await open(`<career-widget id="a" src="/slow/hang.json" locale="en-US"></career-widget>`);
    await page.addInitScript(() => {
      const original = window.fetch;
      window.fetch = (input, init) => (String(input).includes('hang') ? new Promise(() => {}) : original(input, init));
    });
    await page.clock.install();
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '.cw-notice', 'Loading career data');
    await page.clock.runFor(16_000);
    await see(page, '#a', '.cw-notice', 'it did not arrive within 15 seconds');
    await context.close();
  });

  test('a refused response is aborted at once, even with a body that never ends', async () => {
    const { page, context } = await open(`<career-widget id="a" src="/endless/503.json" locale="en-US"></career-widget>`);
    const closed = new Promise((done) => (endlessClosed = done));
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '.cw-notice', 'the server answered 503');
    await within(closed, 10_000, 'the server saw the request closed');
    await context.close();
  });

  test('removing the last widget waiting for a dataset aborts its request', async () => {
    const { page, context } = await open(`<career-widget id="a" src="/slow/held.json" locale="en-US"></career-widget>`);
    const aborted = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/slow/held.json'));
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '.cw-notice', 'Loading career data');
    await page.evaluate(() => document.querySelector('#a').remove());
    assert.match((await aborted).failure().errorText, /ABORTED/);
    await context.close();
  });

  test('a 503 heals by itself: retried after its back-off with no other career shown meanwhile; changes while loading render once', async () => {
    const { page, context, problems } = await open(`<career-widget id="a" src="/flaky/data.json" career="fake-beta" locale="en-US"></career-widget>`);
    await page.clock.install();
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '.cw-notice', 'the server answered 503 Service Unavailable; trying again in 2 seconds');
    assert.equal(await text(page, '#a', '[data-testid=estimate]'), null, 'not the built-in career\'s figures');
    // The page's clock, flowing until now, stops a tenth of a second after the failure was seen.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 100));
    await setAttr(page, '#a', 'years', '6');
    await page.clock.runFor(900);
    assert.equal(flaky, 1, 'not again within the back-off (2 s)');
    await page.clock.runFor(1_200);
    for (let i = 0; i < 50; i++) await setAttr(page, '#a', 'years', String(5 + (i % 10) / 2));
    await see(page, '#a', '.cw-title', 'Fake Beta');
    assert.equal(flaky, 2, 'fetched once more, by itself, after the back-off');
    assert.equal(ours(problems).length, 1, problems.join('\n'));
    await context.close();
  });

  test('src "", " ", "#x", "?", data: and a dead blob: never request the page', async () => {
    const { page, context, problems } = await open(
      `<career-widget id="empty" src="" locale="en-US"></career-widget>
       <career-widget id="blank" src="  " locale="en-US"></career-widget>
       <career-widget id="hash" src="#x" locale="en-US"></career-widget>
       <career-widget id="query" src="?" locale="en-US"></career-widget>
       <career-widget id="data" src="data:application/json,{}" locale="en-US"></career-widget>
       <career-widget id="blob" src="blob:${'x'}" locale="en-US"></career-widget>`,
    );
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/gen/robust.html`);
    for (const id of ['#empty', '#blank']) {
      await see(page, id, '[data-testid=estimate]', '$85,000');
      assert.equal(await page.locator(`${id} .cw-notice`).count(), 0, `${id}: treated as absent`);
    }
    await see(page, '#hash', '.cw-notice', 'it names this page itself');
    await see(page, '#query', '.cw-notice', 'it names this page itself');
    await see(page, '#data', '.cw-notice', 'only http, https and blob URLs are allowed, not data:');
    // A blob: URL is read (the authoring page previews through one); this one names no blob.
    await see(page, '#blob', '.cw-notice', 'could not be fetched');
    assert.equal(requested.filter((p) => p === '/gen/robust.html').length, 1, requested.join('\n'));
    const warnings = ours(problems);
    assert.equal(warnings.filter((w) => w.includes('src="" is empty')).length, 2, warnings.join('\n'));
    assert.equal(warnings.length, 6, warnings.join('\n'));
    await context.close();
  });

  test('a relative src resolves against the page\'s base URL', async () => {
    const { page, context, problems } = await open(
      `<career-widget id="relative" src="two-careers.json" career="fake-beta" locale="en-US"></career-widget>`,
      { head: '<base href="/data/">' },
    );
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#relative', '.cw-title', 'Fake Beta');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('datasets are fetched without cookies or referrer; a cross-origin refusal is explained', async () => {
    const { page, context, problems } = await open(`<main id="slot"></main>`);
    await page.goto(`${server.origin}/gen/robust.html`);
    await page.evaluate(() => {
      document.cookie = 'session=secret; path=/';
    });
    const add = (id, src) =>
      page.evaluate(
        ([id, src]) => {
          const el = document.createElement('career-widget');
          Object.entries({ id, src, career: 'fake-beta', locale: 'en-US' }).forEach(([k, v]) => el.setAttribute(k, v));
          document.querySelector('#slot').append(el);
        },
        [id, src],
      );
    await add('cross', `${other.origin}/data/cookies.json`);
    await add('same', '/same/data.json');
    await see(page, '#cross', '.cw-title', 'Fake Beta');
    assert.equal(seen.cross.cookie, undefined, 'no cookie to the other origin');
    assert.equal(seen.cross.referer, undefined, 'no referrer');
    await page.locator('#same [data-testid=estimate]').waitFor();
    assert.equal(seen['/same/data.json'].cookie, undefined, 'no cookie to the page\'s own origin either');
    assert.equal(seen['/same/data.json'].referer, undefined);
    await add('blocked', `${other.origin}/data/no-cors.json`);
    await see(page, '#blocked', '.cw-notice', 'Access-Control-Allow-Origin');
    assert.ok(ours(problems).some((w) => w.includes('Access-Control-Allow-Origin')));
    await context.close();
  });

  test('a page served as HTML is refused by its content type', async () => {
    const { page, context } = await open(`<career-widget id="a" src="/html/page.json" locale="en-US"></career-widget>`);
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '.cw-notice', 'it was served as text/html, not as JSON');
    await context.close();
  });
});

describe('outside text in messages', () => {
  test('a huge name and a hostile status line are shortened and cleaned', async () => {
    const { page, context, problems } = await open(
      `<career-widget id="key" src="/data/strange.json" locale="en-US"></career-widget>
       <career-widget id="status" src="/hostile/status.json" locale="en-US"></career-widget>`,
    );
    await page.goto(`${server.origin}/gen/robust.html`);
    for (const [id, what] of [['#key', 'related.value.tools[0]: names "x'], ['#status', 'the server answered 404']]) {
      await see(page, id, '.cw-notice', what);
      const notice = await text(page, id, '.cw-notice');
      assert.ok(notice.length < 400, `${id}: ${notice.length} characters`);
      assert.doesNotMatch(notice, /[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/, id);
    }
    for (const warning of ours(problems)) {
      assert.ok(warning.length < 500, warning.length);
      assert.doesNotMatch(warning, /[\u0000-\u0008\u000a-\u001f\u202a-\u202e\u2066-\u2069]/);
    }
    assert.equal(ours(problems).length, 2, problems.join('\n'));
    await context.close();
  });

  test('a bad attribute value warns once per element, also after src changes', async () => {
    const { page, context, problems } = await open(`<career-widget id="a" years="lots" view="chart" locale="en-US"></career-widget>`);
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '[data-testid=estimate]', '$85,000');
    await setAttr(page, '#a', 'src', '/data/two-careers.json');
    await see(page, '#a', '.cw-title', 'Fake Alpha');
    await setAttr(page, '#a', 'src', null);
    await see(page, '#a', '.cw-title', 'Customer Support Manager');
    assert.deepEqual(ours(problems), [
      'warning: <career-widget> years="lots" is not a number of years; using 5.',
      'warning: <career-widget> view="chart" is not one of both, salary, skills; using both.',
    ]);
    await context.close();
  });
});

describe('the loader', () => {
  test('one element that cannot be mounted does not stop the others', async () => {
    const { page, context, problems } = await open(`<main id="slot"></main>`);
    await page.goto(`${server.origin}/gen/robust.html`);
    await page.evaluate(() => {
      const slot = document.querySelector('#slot');
      for (const id of ['one', 'closed', 'two']) {
        const el = document.createElement('career-widget');
        el.id = id;
        el.setAttribute('locale', 'en-US');
        if (id === 'closed') el.attachShadow({ mode: 'closed' });
        slot.append(el);
      }
    });
    await see(page, '#one', '[data-testid=estimate]', '$85,000');
    await see(page, '#two', '[data-testid=estimate]', '$85,000');
    assert.equal(ours(problems).length, 1, problems.join('\n'));
    assert.match(ours(problems)[0], /closed shadow root/);
    assert.deepEqual(problems.filter((p) => !p.startsWith('warning: <career-widget>')), []);
    await context.close();
  });

  test('typing in the widget\'s fields does not trigger the page\'s shortcuts; Tab and Escape still reach it', async () => {
    const { page, context, problems } = await open(`<career-widget id="a" locale="en-US"></career-widget>`);
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '[data-testid=estimate]', '$85,000');
    await page.evaluate(() => {
      window.pageKeys = [];
      for (const kind of ['keydown', 'keypress', 'keyup']) document.addEventListener(kind, (e) => window.pageKeys.push(`${kind} ${e.key}`));
    });
    await page.locator('#a [role=tab]', { hasText: 'What to learn' }).click();
    await page.locator('#a #cw-skill-search').click();
    await page.keyboard.type('sq/');
    await page.locator('#a [role=tab]', { hasText: 'What it pays' }).click();
    await page.locator('#a #cw-compare-input').click();
    await page.keyboard.type('85k');
    await page.locator('#a input[type=range]').focus();
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await page.evaluate(() => window.pageKeys), [], 'the page heard none of them');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const heard = await page.evaluate(() => window.pageKeys);
    assert.ok(heard.includes('keydown Escape') && heard.includes('keydown Tab'), heard.join(', '));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the page can hide the widget with its own CSS; hidden, it loads nothing until shown', async () => {
    const { page, context, problems } = await open(`<career-widget id="a" locale="en-US"></career-widget>`, {
      head: '<link rel="stylesheet" href="/pages/hide-widgets.css">',
    });
    const wasm = [];
    page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
    await page.goto(`${server.origin}/gen/robust.html`);
    await page.locator('#a .cwp').waitFor({ state: 'attached' });
    const shown = await page.evaluate(() => {
      const el = document.querySelector('#a');
      return { display: getComputedStyle(el).display, height: el.getBoundingClientRect().height };
    });
    assert.deepEqual(shown, { display: 'none', height: 0 });
    // Two frames: the observer that watches for the widget coming near has reported by then.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(wasm, [], 'a hidden widget fetches no wasm');
    await page.evaluate(() => document.querySelector('link[href$="hide-widgets.css"]').remove());
    await page.locator('#a [data-testid=estimate]').waitFor();
    assert.equal(wasm.length, 1, 'shown, it loads');
    assert.deepEqual(problems, []);
    await context.close();
  });


  test('included twice from two URLs it defines the element once, quietly', async () => {
    const { page, context, problems } = await open(`<career-widget id="a" years="5" locale="en-US"></career-widget>`, {
      head: `<script type="module" src="/dist/career-widget.js?copy=2"></script>`,
    });
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#a', '[data-testid=estimate]', '$85,000');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a name already taken by another script is reported, and that script keeps it', async () => {
    const { page, context, problems } = await open(`<career-widget id="a"></career-widget>`, {
      head: '<script src="/pages/taken.js"></script>',
    });
    await page.goto(`${server.origin}/gen/robust.html`);
    await page.waitForFunction(() => performance.getEntriesByName('career-widget:start').length === 1);
    await page.waitForFunction(() => document.readyState === 'complete');
    assert.deepEqual(ours(problems), [
      'warning: <career-widget> is already defined by another script on this page; this copy of career-widget.js does nothing.',
    ]);
    assert.equal(await page.evaluate(() => document.querySelector('#a').shadowRoot), null);
    await context.close();
  });
});

describe('memory', () => {
  test('1,000 attach/detach cycles and 1,000 notice↔widget switches leave memory bounded', async () => {
    const { page, context, problems } = await open(
      `<career-widget id="holder" src="/slow/held.json" locale="en-US"></career-widget><main id="slot"></main>`,
    );
    await page.addInitScript(CAPTURE_MEMORY);
    const cdp = await context.newCDPSession(page);
    // A paused clock: the held request never times out, so switching src to it always shows
    // the loading notice.
    await page.clock.install();
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#holder', '.cw-notice', 'Loading career data');
    await page.clock.pauseAt(Date.now() + 1_000);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return { js: usedSize, wasm: await wasmBytes(page) };
    };
    const cycles = (mode, count) =>
      page.evaluate(
        async ([mode, count]) => {
          const slot = document.querySelector('#slot');
          const el = document.createElement('career-widget');
          el.setAttribute('locale', 'en-US');
          // Waits on the DOM itself: timers and animation frames are the paused clock's.
          const rendered = () =>
            new Promise((done) => {
              const selector = mode === 'switch' && el.hasAttribute('src') ? '.cw-notice' : '.cw-title';
              const ready = () => el.shadowRoot?.querySelector(selector);
              if (ready()) return done();
              const seen = new MutationObserver(() => ready() && (seen.disconnect(), done()));
              seen.observe(el.shadowRoot, { childList: true, subtree: true });
            });
          if (mode === 'switch') slot.append(el);
          for (let i = 0; i < count; i++) {
            if (mode === 'attach') {
              slot.append(el);
              await rendered();
              el.remove();
            } else {
              if (i % 2) el.removeAttribute('src');
              else el.setAttribute('src', '/slow/held.json');
              await rendered();
            }
          }
          el.remove();
        },
        [mode, count],
      );
    const report = {};
    for (const mode of ['attach', 'switch']) {
      await cycles(mode, 100);
      const start = await measure();
      await cycles(mode, 1000);
      const end = await measure();
      report[mode] = { jsGrowth: end.js - start.js, wasmGrowth: end.wasm - start.wasm };
    }
    console.log(`memory after 1,000 cycles: ${JSON.stringify(report)}`);
    for (const [mode, r] of Object.entries(report)) {
      assert.ok(r.wasmGrowth <= 1_048_576, `${mode}: wasm memory grew by ${r.wasmGrowth} bytes`);
      assert.ok(r.jsGrowth <= 2_000_000, `${mode}: JavaScript heap grew by ${r.jsGrowth} bytes`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a widget moved in the page keeps its blob: dataset, though the page has revoked the URL', async () => {
    const { page, context, problems } = await open(`<career-widget id="moved" locale="en-US"></career-widget><main id="elsewhere"></main>`);
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#moved', '.cw-title', 'Customer Support Manager');
    const datasetText = JSON.stringify(await bundledDataset());
    await page.evaluate((text) => {
      const dataset = JSON.parse(text);
      dataset.careers[0].title = 'Shown from a blob';
      window.__url = URL.createObjectURL(new Blob([JSON.stringify(dataset)], { type: 'application/json' }));
      document.querySelector('#moved').setAttribute('src', window.__url);
    }, datasetText);
    await see(page, '#moved', '.cw-title', 'Shown from a blob');
    await page.evaluate(() => {
      URL.revokeObjectURL(window.__url);
      document.querySelector('#elsewhere').append(document.querySelector('#moved'));
    });
    await see(page, '#moved', '.cw-title', 'Shown from a blob');
    assert.equal(await text(page, '#moved', '.cw-notice'), null, 'no notice: the dataset was not fetched again');
    assert.deepEqual(ours(problems), []);
    await context.close();
  });

  test('a preview that makes a blob: dataset per version (as the authoring page does) keeps one in memory', async () => {
    const { page, context, problems } = await open(`<career-widget id="preview" locale="en-US"></career-widget>`);
    await page.addInitScript(CAPTURE_MEMORY);
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.origin}/gen/robust.html`);
    await see(page, '#preview', '.cw-title', 'Customer Support Manager');
    const versions = (from, count, text) =>
      page.evaluate(
        async ([from, count, text]) => {
          const el = document.querySelector('#preview');
          let previous;
          for (let i = from; i < from + count; i++) {
            const dataset = JSON.parse(text);
            dataset.careers[0].title = `Version ${i}`;
            const url = URL.createObjectURL(new Blob([JSON.stringify(dataset)], { type: 'application/json' }));
            const shown = new Promise((done) => {
              const ready = () => el.shadowRoot.querySelector('.cw-title')?.textContent === `Version ${i}`;
              const seen = new MutationObserver(() => ready() && (seen.disconnect(), done()));
              seen.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
            });
            el.setAttribute('src', url);
            await shown;
            if (previous) URL.revokeObjectURL(previous);
            previous = url;
          }
        },
        [from, count, text],
      );
    const text = JSON.stringify(await bundledDataset());
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return { js: usedSize, wasm: await wasmBytes(page) };
    };
    await versions(0, 20, text);
    const start = await measure();
    await versions(20, 200, text);
    const end = await measure();
    const r = { jsGrowth: end.js - start.js, wasmGrowth: end.wasm - start.wasm };
    console.log(`memory after 200 blob: versions: ${JSON.stringify(r)}`);
    // Kept, they were about 21 KB of wasm memory each.
    assert.ok(r.wasmGrowth <= 1_048_576, `wasm memory grew by ${r.wasmGrowth} bytes`);
    assert.ok(r.jsGrowth <= 2_000_000, `JavaScript heap grew by ${r.jsGrowth} bytes`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
