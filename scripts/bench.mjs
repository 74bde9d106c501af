// `make bench`: what one widget costs a host page, measured on this machine. Prints a table and
// writes the same figures to target/bench.json. Figures are measurements, never test assertions.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';
import { RENDER_PROBE, watchRenders } from './probe.mjs';
import { measureHostCost } from './host-cost.mjs';
import { widgetSizes } from './sizes.mjs';

const root = new URL('../', import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));
const OUT = path('target/bench/');
const LOADS = Number(process.env.BENCH_LOADS ?? 10);
// Another build to measure, e.g. an older commit's, for a before/after on the same machine.
const DIST = process.env.BENCH_DIST ? `${process.env.BENCH_DIST.replace(/\/$/, '')}/` : path('dist/');
const STEPS = 500;

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const ms = (v) => Math.round(v * 100) / 100;

const PROBE = `
${RENDER_PROBE}
  // Sets an input's value as typing does and resolves with the time from the input event to the
  // last DOM mutation it causes (mutations are watched until two frames after the input, which
  // covers a render the scheduler split across tasks).
  window.__cwInput = (shadow, input, value) =>
    new Promise((done) => {
      let last;
      const seen = new MutationObserver(() => {
        last = performance.now();
      });
      seen.observe(shadow, { childList: true, subtree: true, characterData: true, attributes: true });
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          seen.disconnect();
          done(last === undefined ? 0 : last - t0);
        }),
      );
    });
`;

async function page(html) {
  await writeFile(`${OUT}${html.name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>
<link rel="icon" href="/dist/favicon.svg"><script type="module" src="/dist/career-widget.js"></script></head>
<body>${html.body}</body></html>`);
  return `/${html.name}`;
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const dataset = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'large_dataset']);
  await writeFile(`${OUT}skills-2000.json`, dataset);

  const sizes = await widgetSizes(new URL(`file://${DIST}`));
  const one = await page({ name: 'one.html', body: '<career-widget id="w" years="5" locale="en-US"></career-widget>' });
  const twenty = await page({
    name: 'twenty.html',
    body: Array.from({ length: 20 }, (_, i) => `<career-widget id="w${i}" years="${i * 2}" locale="en-US"></career-widget>`).join('\n'),
  });
  const skills = await page({
    name: 'skills.html',
    body: '<career-widget id="big" src="/skills-2000.json" view="skills" locale="en-US"></career-widget>',
  });

  const server = await serve({ '/': OUT, '/dist/': DIST }, () => ({}), { brotli: true });
  const browser = await launch();
  const fresh = async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-US' });
    await context.addInitScript(PROBE);
    const waitFor = await watchRenders(context);
    const tab = await context.newPage();
    return { context, tab, rendered: (count) => waitFor(tab, count) };
  };
  const start = (tab) => tab.evaluate(() => performance.getEntriesByName('career-widget:start')[0].startTime);

  // Startup: the loader's first line to the first widget fully rendered, cold cache each time.
  // Also split into: the wasm's first byte arriving, the wasm compiled and instantiated, and
  // from there (mount and first render) to the widget in the DOM. And, for the whole picture,
  // the page's navigation to that render (the loader and the page's own loading included).
  const startup = [];
  const fromNavigation = [];
  const phases = { first_byte: [], instantiated: [], mount_and_render: [] };
  for (let i = 0; i < LOADS; i++) {
    const { context, tab, rendered } = await fresh();
    await tab.goto(server.origin + one, { waitUntil: 'commit' });
    await rendered(1);
    const t0 = await start(tab);
    const t = await tab.evaluate(() => ({
      rendered: window.__cw[0].at,
      ready: window.__cwReady,
      firstByte: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseStart,
    }));
    startup.push(t.rendered - t0);
    fromNavigation.push(t.rendered);
    phases.first_byte.push(t.firstByte - t0);
    phases.instantiated.push(t.ready - t0);
    phases.mount_and_render.push(t.rendered - t.ready);
    await context.close();
  }

  // Interaction: slider input event → the last DOM mutation it causes. Three page loads each of
  // 60 steps alternating across a tier boundary (5 ↔ 9.5 years: Manager ↔ Senior, so the tier
  // card, the focus badges and the chart marker all change), and of 60 half-year steps inside
  // one tier (3 ↔ 6.5); and 500 steps sweeping the whole range.
  const sliderRuns = { crossing: [], inside: [], sweep: [] };
  const paths = {
    crossing: Array.from({ length: 60 }, (_, i) => (i % 2 ? '5' : '9.5')),
    inside: Array.from({ length: 60 }, (_, i) => String(3 + ((i % 8) + 1) / 2)),
    sweep: Array.from({ length: STEPS }, (_, i) => String(((i + 1) % 81) / 2)),
  };
  for (let load = 0; load < 3; load++) {
    const { context, tab, rendered } = await fresh();
    await tab.goto(server.origin + one);
    await rendered(1);
    for (const [name, values] of Object.entries(paths)) {
      if (name === 'sweep' && load > 0) continue;
      const times = await tab.evaluate(async (values) => {
        const shadow = document.querySelector('#w').shadowRoot;
        const input = shadow.querySelector('input[type=range]');
        const out = [];
        for (const v of values) out.push(await window.__cwInput(shadow, input, v));
        return out;
      }, values);
      sliderRuns[name].push(...times);
    }
    await context.close();
  }

  // Scale: the 2,000-skill dataset. First render includes fetching and validating it; a second
  // element then renders from the shared, already validated copy.
  const { context: c2, tab: t2, rendered: r2 } = await fresh();
  await t2.goto(server.origin + skills, { waitUntil: 'commit' });
  await r2(1);
  const firstMap = (await t2.evaluate(() => window.__cw[0].at)) - (await start(t2));
  const cachedMap = await t2.evaluate(async () => {
    const el = document.createElement('career-widget');
    el.id = 'again';
    el.setAttribute('src', '/skills-2000.json');
    el.setAttribute('view', 'skills');
    const t0 = performance.now();
    document.body.prepend(el);
    await new Promise((done) => {
      const check = () => (window.__cw.some((r) => r.id === 'again') ? done() : requestAnimationFrame(check));
      check();
    });
    return window.__cw.find((r) => r.id === 'again').at - t0;
  });
  const search = await t2.evaluate(async () => {
    const shadow = document.querySelector('#big').shadowRoot;
    const input = shadow.querySelector('#cw-skill-search');
    const words = ['c', 'cr', 'crm', 'crm 1', 'crm 12', 'crm 1', 'crm', 'cr', 'c', '', 'q', 'qu', 'qua', 'quality', 'quality 7', 'quality', 'qua', '', 'practice 19', 'practice 1', 'practice', 'p', ''];
    const times = [];
    for (let round = 0; round < 3; round++) {
      for (const w of words) times.push(await window.__cwInput(shadow, input, w));
    }
    return times;
  });
  await c2.close();

  // Twenty instances on one page: the loader's start to the last of them rendered.
  const all20 = [];
  for (let i = 0; i < Math.min(LOADS, 5); i++) {
    const { context, tab, rendered } = await fresh();
    await tab.goto(server.origin + twenty, { waitUntil: 'commit' });
    await rendered(20);
    all20.push((await tab.evaluate(() => Math.max(...window.__cw.map((r) => r.at)))) - (await start(tab)));
    await context.close();
  }
  // Heights: the bundled career at 5 years, each layout and view, at a 360-px viewport and in a
  // 700-px column (the page's 8-px margins around it), once the skill map has rendered too.
  const heights = {};
  for (const layout of ['compact', 'full']) {
    for (const view of ['both', 'salary', 'skills']) {
      const at = {};
      for (const [label, viewport] of [['phone_360', 360], ['column_700', 716]]) {
        const tab = await browser.newPage({ viewport: { width: viewport, height: 900 }, locale: 'en-US' });
        const url = await page({ name: `height-${layout}-${view}.html`, body: `<career-widget years="5" locale="en-US" layout="${layout}" view="${view}"></career-widget>` });
        await tab.goto(server.origin + url);
        await tab.locator('career-widget .cw-sources').waitFor({ state: 'attached' });
        if (view !== 'salary') await tab.locator('career-widget .cw-skills:not([aria-busy])').waitFor({ state: 'attached' });
        at[label] = Math.round(await tab.evaluate(() => document.querySelector('career-widget').getBoundingClientRect().height));
        await tab.close();
      }
      heights[`${layout}/${view}`] = at;
    }
  }
  await browser.close();
  await server.close();

  // Lighthouse, default mobile settings, on the demo page served with brotli; and what the
  // widget costs a blog article of our own (scripts/host-cost.mjs).
  const lighthouse = await runLighthouse();
  const hostRuns = Number(process.env.BENCH_HOST_RUNS ?? 5);
  const host = await measureHostCost(DIST, hostRuns, 'h2');
  const hostHttp1 = await measureHostCost(DIST, hostRuns, 'http/1.1');
  const hostDocs = await measureHostCost(DIST, hostRuns, 'h2', 'docs');

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    sizes,
    startup_ms: {
      median: ms(median(startup)),
      runs: startup.map(ms),
      from_navigation_median: ms(median(fromNavigation)),
      phases_median: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, ms(median(v))])),
    },
    slider_ms: Object.fromEntries(
      Object.entries(sliderRuns).map(([k, v]) => [k, { steps: v.length, p50: ms(quantile(v, 0.5)), p95: ms(quantile(v, 0.95)), max: ms(Math.max(...v)) }]),
    ),
    skills_2000: {
      first_render_ms: ms(firstMap),
      render_from_shared_dataset_ms: ms(cachedMap),
      search_keystrokes: search.length,
      search_p50_ms: ms(quantile(search, 0.5)),
      search_p95_ms: ms(quantile(search, 0.95)),
    },
    twenty_instances_ms: { median: ms(median(all20)), runs: all20.map(ms) },
    heights_px: heights,
    lighthouse,
    host,
    host_http1: hostHttp1,
    host_docs: hostDocs,
  };
  await writeFile(path('target/bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  print(result);
}

async function runLighthouse() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  // no-cache rather than the test server's no-store, which alone fails Lighthouse's bf-cache audit.
  const server = await serve({ '/': DIST }, () => ({ 'cache-control': 'no-cache' }), { brotli: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const { lhr } = await lighthouse(`${server.origin}/`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const score = (c) => lhr.categories[c]?.score ?? null;
    const audit = (a) => lhr.audits[a]?.numericValue ?? null;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
      seo: score('seo'),
      lcp_ms: Math.round(audit('largest-contentful-paint')),
      tbt_ms: Math.round(audit('total-blocking-time')),
      cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
    await server.close();
  }
}

function print(r) {
  const rows = [
    ['what', 'figure', 'target'],
    ...r.sizes.files.map((f) => [`bytes ${f.name} (raw / gzip / brotli)`, `${f.raw} / ${f.gzip} / ${f.brotli}`, '']),
    [`bytes total (raw / gzip / brotli)`, `${r.sizes.total.raw} / ${r.sizes.total.gzip} / ${r.sizes.total.brotli}`, '≤ 140000 brotli'],
    ...r.sizes.languages
      .filter((l) => l.pack)
      .map((l) => [`bytes with ${l.code} words (pack brotli / total brotli)`, `${l.pack.brotli} / ${l.total.brotli}`, '≤ 140000 brotli']),
    [`startup to first widget (median of ${r.startup_ms.runs.length})`, `${r.startup_ms.median} ms`, '≤ 100 ms'],
    [
      '  of which: wasm first byte / compiled and instantiated / mount and render',
      `${r.startup_ms.phases_median.first_byte} / ${r.startup_ms.phases_median.instantiated} / ${r.startup_ms.phases_median.mount_and_render} ms`,
      '',
    ],
    ['  page navigation to first widget: the slider usable (median)', `${r.startup_ms.from_navigation_median} ms`, ''],
    ...[['crossing', 'slider across a tier boundary → last mutation', 'p95 ≤ 4, max ≤ 16 ms'], ['inside', 'slider inside a tier → last mutation', 'p95 ≤ 2, max ≤ 16 ms'], ['sweep', 'slider 0–40 sweep → last mutation', '']].map(([k, label, target]) => [
      `${label}, ${r.slider_ms[k].steps} steps (p50 / p95 / max)`,
      `${r.slider_ms[k].p50} / ${r.slider_ms[k].p95} / ${r.slider_ms[k].max} ms`,
      target,
    ]),
    ['2,000 skills: first render (fetch + validate + render)', `${r.skills_2000.first_render_ms} ms`, ''],
    ['2,000 skills: render from the shared dataset', `${r.skills_2000.render_from_shared_dataset_ms} ms`, '≤ 150 ms'],
    [`2,000 skills: search keystroke → DOM (p50 / p95 of ${r.skills_2000.search_keystrokes})`, `${r.skills_2000.search_p50_ms} / ${r.skills_2000.search_p95_ms} ms`, 'p95 ≤ 16 ms'],
    [`20 instances all rendered (median of ${r.twenty_instances_ms.runs.length})`, `${r.twenty_instances_ms.median} ms`, '≤ 300 ms'],
    ...Object.entries(r.heights_px).map(([what, h]) => [
      `height, ${what} (360-px viewport / 700-px column)`,
      `${h.phone_360} / ${h.column_700} px`,
      what === 'compact/both' ? '≤ 1000 / ≤ 800 px' : '',
    ]),
    ['Lighthouse performance / accessibility / best practices / SEO', [r.lighthouse.performance, r.lighthouse.accessibility, r.lighthouse.best_practices, r.lighthouse.seo].join(' / '), '≥ 0.95 / 1 / 1 / 1'],
    ['Lighthouse LCP / TBT / CLS', `${r.lighthouse.lcp_ms} ms / ${r.lighthouse.tbt_ms} ms / ${r.lighthouse.cls}`, 'TBT ≤ 150 ms, CLS 0'],
    ...[
      [r.host, 'host article', 'HTTPS, HTTP/2', ['loses ≤ 0.03', 'gains ≤ 50 ms', 'moves ≤ 10%']],
      [r.host_http1, 'host article', 'plain HTTP/1.1', ['', '', '']],
      [r.host_docs, 'documentation page (fonts, script)', 'HTTPS, HTTP/2', ['loses ≤ 0.03', 'gains ≤ 50 ms', '']],
    ].flatMap(([h, page, how, targets]) => [
      [`${page} without → with the widget, ${how}: score (median of ${h.runs})`, `${h.without.score} → ${h.with.score}`, targets[0]],
      ['  total blocking time', `${h.without.tbt_ms} → ${h.with.tbt_ms} ms`, targets[1]],
      ['  largest contentful paint', `${h.without.lcp_ms} → ${h.with.lcp_ms} ms (${h.cost.lcp_pct > 0 ? '+' : ''}${h.cost.lcp_pct}%; with: ${h.with.lcp_elements.join(', ')})`, targets[2]],
      ['  cumulative layout shift', `${h.without.cls} → ${h.with.cls}`, ''],
    ]),
  ];
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((row) => String(row[i]).length)));
  for (const row of rows) console.log(row.map((c, i) => String(c).padEnd(width[i])).join('  '));
  if (r.lighthouse.failing.length) console.log(`Lighthouse audits not passed: ${r.lighthouse.failing.join(', ')}`);
  console.log(`\n${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGiB} GiB, ${r.date}; written to target/bench.json`);
}

await main();
