// How a `src` dataset travels: redirects, a body that never ends, transient failures and their
// back-off, refusals that are never asked for again. End to end against a copy of the release
// dist/ (DIST), with the page's clock under the test's control (Playwright's clock fakes
// setTimeout and performance.now, which the widget's timeout and back-off use) and every request
// counted on the server, per path.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './browser.mjs';
import { testDatasets } from './datasets.mjs';
import { serve } from './server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.DIST ?? here('../../dist');

// Every response closes its connection: Chromium resends a request by itself when a reused
// keep-alive connection fails without an answer (or answers 408), which would make the server
// count two requests where the widget made one.
const CLOSE = { connection: 'close' };

let browser;
let server;
let datasets;
let pageHtml = '';
const routes = {}; // filled per test: serve() looks a path up at each request
const counts = {}; // path -> requests seen
const waiters = []; // { path, n, done }

/** Answers `path` with `handler(req, res, n)`, n counting this path's requests from 1. */
function route(path, handler) {
  counts[path] = 0;
  routes[path] = (req, res) => {
    counts[path] += 1;
    const n = counts[path];
    for (const w of waiters.filter((w) => w.path === path && n >= w.n)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.done();
    }
    handler(req, res, n);
  };
}

/** Resolves once the server has seen `n` requests to `path` (fails after 10 s of real time). */
function arrived(path, n) {
  if (counts[path] >= n) return Promise.resolve();
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${path}: ${counts[path]} requests, waited for ${n}`)), 10_000);
    waiters.push({ path, n, done: () => (clearTimeout(timer), done()) });
  });
}

/** A promise and the function that resolves it. */
function gate() {
  let open;
  const opened = new Promise((ok) => (open = ok));
  return { opened, open };
}

const dataset = (res) =>
  res.writeHead(200, { 'content-type': 'application/json', ...CLOSE }).end(datasets['two-careers.json']);

before(async () => {
  datasets = Object.fromEntries(Object.entries(await testDatasets()).map(([name, d]) => [name, JSON.stringify(d)]));
  browser = await launch();
  route('/gen/transport.html', (req, res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store', ...CLOSE }).end(pageHtml),
  );
  route('/gen/ping', (req, res) => res.writeHead(200, { 'content-type': 'text/plain', ...CLOSE }).end('pong'));
  server = await serve({ '/dist/': DIST }, () => CLOSE, { routes });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page with `body` at /gen/transport.html of the test server (see `open()` in
 * robust.test.mjs for why not a page that Playwright fulfils). */
function open(body) {
  pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Transport</title>
    <link rel="icon" href="/dist/favicon.svg">
    <script type="module" src="/dist/career-widget.js"></script></head><body>${body}</body></html>`;
  return openPage(browser);
}

/** Installs the clock and loads the page; the clock runs on until `pause`. */
async function load(page) {
  await page.clock.install();
  await page.goto(`${server.origin}/gen/transport.html`);
}

/** Stops the page's clock (a moment on): from now on only `runFor` moves it. */
async function pause(page) {
  for (let attempt = 1; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 200);
      return;
    } catch (e) {
      // The page's clock ran past `now + 200` on the way there (a busy machine): again.
      if (attempt === 5 || !/fast-forward to the past/.test(e.message)) throw e;
    }
  }
}

/**
 * A barrier for "no request was made": a request the widget started before this call (from a
 * timer that `runFor` fired, or a render) reaches the server before the page's own fetch of
 * /gen/ping has come and gone, twice.
 */
async function settled(page) {
  for (let i = 0; i < 2; i++) await page.evaluate(() => fetch('/gen/ping', { cache: 'no-store' }).then((r) => r.text()));
}

const text = (page, host, selector) =>
  page.evaluate(
    ([h, s]) => document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.trim() ?? null,
    [host, selector],
  );

async function see(page, host, selector, pattern) {
  try {
    await page.locator(`${host} ${selector}`).filter({ hasText: pattern }).first().waitFor({ timeout: 10_000 });
  } catch (e) {
    const shown = await text(page, host, '.cw-notice').catch(() => null);
    throw new Error(`${host} ${selector} never showed ${pattern}; its notice: ${shown}\n${e.message}`);
  }
}

const setAttr = (page, host, name, value) =>
  page.evaluate(([h, n, v]) => document.querySelector(h).setAttribute(n, v), [host, name, value]);

const addWidget = (page, id, src) =>
  page.evaluate(
    ([id, src]) => {
      const el = document.createElement('career-widget');
      Object.entries({ id, src, career: 'fake-alpha', locale: 'en-US' }).forEach(([k, v]) => el.setAttribute(k, v));
      document.body.append(el);
    },
    [id, src],
  );

const widget = (id, src) => `<career-widget id="${id}" src="${src}" career="fake-alpha" locale="en-US"></career-widget>`;

async function noFigures(page, host) {
  assert.equal(await text(page, host, '[data-testid=estimate]'), null, `${host}: no career figures`);
}

/** `/chain/<name>/0` redirects to …/1 and so on: `hops` redirects, then `last(req, res)` at
 * `/chain/<name>/<hops>`; hop `hold` (if any) waits for the returned gate before answering. */
function chain(name, hops, last, hold) {
  const at = (i) => `/chain/${name}/${i}`;
  const held = gate();
  for (let i = 0; i < hops; i++) {
    route(at(i), async (req, res) => {
      if (i === hold) await held.opened;
      res.writeHead(302, { location: at(i + 1), 'cache-control': 'no-store', ...CLOSE }).end();
    });
  }
  route(at(hops), async (req, res) => {
    if (hops === hold) await held.opened;
    last(req, res);
  });
  return { at, held };
}

describe('redirects', () => {
  test('a chain of 20 redirects is followed to its dataset, each hop once', async () => {
    const { at } = chain('ok20', 20, (req, res) => dataset(res));
    const { page, context, problems } = await open(widget('a', at(0)));
    await load(page);
    await see(page, '#a', '.cw-title', 'Fake Alpha');
    await see(page, '#a', '[data-testid=estimate]', '$');
    await settled(page);
    for (let i = 0; i <= 20; i++) assert.equal(counts[at(i)], 1, `${at(i)}: requests`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a chain of 21 redirects fails like the network (retried) and never shows figures', async () => {
    // The 21st redirect waits until the clock is paused, so the back-off can be stepped through.
    const { at, held } = chain('bad21', 21, (req, res) => dataset(res), 20);
    const { page, context, problems } = await open(widget('a', at(0)));
    await load(page);
    await arrived(at(20), 1);
    await pause(page);
    held.open();
    await see(page, '#a', '.cw-notice', /it could not be fetched.*; trying again in 2 seconds\./);
    assert.equal(await text(page, '#a', '.cw-notice-title'), 'Loading career data');
    await noFigures(page, '#a');
    await settled(page);
    assert.equal(counts[at(0)], 1);
    assert.equal(counts[at(20)], 1, 'the browser followed the chain to its 21st redirect');
    assert.equal(counts[at(21)], 0, 'and not beyond it');
    // Transient: tried again by itself after the back-off, with a longer one after that.
    await page.clock.runFor(2_100);
    await arrived(at(20), 2);
    await see(page, '#a', '.cw-notice', /it could not be fetched.*; trying again in 4 seconds\./);
    await noFigures(page, '#a');
    assert.equal(counts[at(0)], 2);
    assert.equal(counts[at(21)], 0);
    assert.equal(problems.filter((p) => p.includes('was not used')).length, 1, problems.join('\n'));
    await context.close();
  });

  test('a chain ending in text/html is refused with its reason and never fetched again', async () => {
    const { at } = chain('html', 5, (req, res) =>
      res.writeHead(200, { 'content-type': 'text/html', ...CLOSE }).end('<!doctype html><p>Log in</p>'),
    );
    const { page, context } = await open(widget('a', at(0)));
    await load(page);
    await see(page, '#a', '.cw-notice', `The dataset at “${at(0)}” could not be used: it was served as text/html, not as JSON.`);
    assert.equal(await text(page, '#a', '.cw-notice-title'), 'Career widget unavailable');
    await noFigures(page, '#a');
    await page.clock.runFor(10 * 60_000);
    await setAttr(page, '#a', 'years', '7');
    await addWidget(page, 'b', at(0));
    await see(page, '#b', '.cw-notice', 'it was served as text/html, not as JSON');
    await page.clock.runFor(10 * 60_000);
    await settled(page);
    assert.equal(counts[at(5)], 1, 'the HTML answer was asked for once');
    assert.equal(counts[at(0)], 1, 'and the chain entered once');
    await noFigures(page, '#a');
    await noFigures(page, '#b');
    await context.close();
  });
});

test('a body that drips past 15 s is cut off at 15 s and its connection closed', async () => {
  const path = '/drip/data.json';
  let firstClosed;
  const closed = new Promise((done) => (firstClosed = done));
  route(path, (req, res, n) => {
    res.writeHead(200, { 'content-type': 'application/json', ...CLOSE });
    res.write(' ');
    const drip = setInterval(() => res.write(' '), 200);
    res.on('close', () => {
      clearInterval(drip);
      if (n === 1) firstClosed();
    });
  });
  const { page, context } = await open(widget('a', path));
  const headers = page.waitForResponse((r) => r.url().endsWith(path));
  await load(page);
  await arrived(path, 1);
  await pause(page);
  await headers; // the response has begun: only its body is still coming
  let isClosed = false;
  closed.then(() => (isClosed = true));
  // The fetch began at most a moment before the pause: 13 s on, its 15 s are not over.
  await page.clock.runFor(13_000);
  await settled(page);
  assert.equal(isClosed, false, 'still reading at 13 s');
  assert.match(await text(page, '#a', '.cw-notice'), /Loading career data from \/drip\/data\.json…/);
  await page.clock.runFor(2_100);
  await see(page, '#a', '.cw-notice', 'it did not arrive within 15 seconds; trying again in 2 seconds');
  await noFigures(page, '#a');
  await Promise.race([
    closed,
    new Promise((_, fail) => setTimeout(() => fail(new Error('the server never saw the connection close')), 10_000)),
  ]);
  assert.equal(counts[path], 1);
  await context.close();
});

describe('transient failures are retried by themselves after their back-off', () => {
  const failures = {
    408: ['the server answered 408 Request Timeout', (req, res) => res.writeHead(408, CLOSE).end()],
    429: ['the server answered 429 Too Many Requests', (req, res) => res.writeHead(429, CLOSE).end()],
    500: ['the server answered 500 Internal Server Error', (req, res) => res.writeHead(500, CLOSE).end()],
    'a network error': ['it could not be fetched (a network error', (req) => req.socket.destroy()],
  };
  for (const [name, [reason, fail]] of Object.entries(failures)) {
    test(name, async () => {
      const path = `/retry/${name.replaceAll(' ', '-')}.json`;
      const first = gate();
      route(path, async (req, res, n) => {
        if (n > 1) return dataset(res);
        await first.opened; // until the clock is paused: the back-off then starts at a known time
        fail(req, res);
      });
      const { page, context, problems } = await open(widget('a', path));
      await load(page);
      await arrived(path, 1);
      await pause(page);
      first.open();
      await see(page, '#a', '.cw-notice', `${reason}`);
      await see(page, '#a', '.cw-notice', 'trying again in 2 seconds.');
      await noFigures(page, '#a');
      await page.clock.runFor(1_900);
      await settled(page);
      assert.equal(counts[path], 1, 'not again within the back-off');
      await page.clock.runFor(200);
      await arrived(path, 2);
      await see(page, '#a', '.cw-title', 'Fake Alpha');
      await see(page, '#a', '[data-testid=estimate]', '$');
      await settled(page);
      assert.equal(counts[path], 2, 'once more, by itself, after the back-off');
      assert.equal(problems.filter((p) => p.includes('was not used')).length, 1, problems.join('\n'));
      await context.close();
    });
  }
});

test('a 404 is never fetched again: not later, not on a re-render, not for a new element', async () => {
  const path = '/gone/data.json';
  route(path, (req, res) => res.writeHead(404, { 'content-type': 'text/plain', ...CLOSE }).end('not found'));
  const { page, context } = await open(widget('a', path));
  await load(page);
  await see(page, '#a', '.cw-notice', `The dataset at “${path}” could not be used: the server answered 404 Not Found.`);
  assert.equal(await text(page, '#a', '.cw-notice-title'), 'Career widget unavailable');
  await noFigures(page, '#a');
  await page.clock.runFor(5 * 60_000);
  await setAttr(page, '#a', 'years', '7');
  await addWidget(page, 'b', path);
  await see(page, '#b', '.cw-notice', 'the server answered 404 Not Found');
  await page.clock.runFor(5 * 60_000);
  await settled(page);
  assert.equal(counts[path], 1);
  await noFigures(page, '#a');
  await noFigures(page, '#b');
  await context.close();
});

test('a retry nobody waits for is not made; the next element naming the URL makes it', async () => {
  const path = '/unavailable/data.json';
  const first = gate();
  route(path, async (req, res, n) => {
    if (n > 1) return dataset(res);
    await first.opened;
    res.writeHead(503, CLOSE).end();
  });
  const { page, context } = await open(widget('a', path));
  await load(page);
  await arrived(path, 1);
  await pause(page);
  first.open();
  await see(page, '#a', '.cw-notice', 'the server answered 503 Service Unavailable; trying again in 2 seconds.');
  await page.clock.runFor(1_000);
  await page.evaluate(() => document.querySelector('#a').remove());
  await page.clock.runFor(1_100); // past the back-off
  await settled(page);
  assert.equal(counts[path], 1, 'nobody names it: no retry');
  await page.clock.runFor(60_000);
  await settled(page);
  assert.equal(counts[path], 1, 'nor later');
  await addWidget(page, 'b', path);
  await arrived(path, 2);
  await see(page, '#b', '.cw-title', 'Fake Alpha');
  await see(page, '#b', '[data-testid=estimate]', '$');
  await settled(page);
  assert.equal(counts[path], 2, 'exactly one request for the new element');
  await context.close();
});
