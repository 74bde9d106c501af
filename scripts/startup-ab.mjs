// Startup of two builds compared on one machine, page loads interleaved (A B, B A, …) so that
// the machine's drift hits both alike. Usage: node scripts/startup-ab.mjs <distA> <distB> [loads]
// Prints the median time from the loader's start to the wasm instantiated and to the first
// widget rendered, and from the page's navigation to that render, for each build. With
// AB_LATENCY_MS=<ms>, Chromium adds that much latency to every request, as a far CDN would;
// then the navigation figure is the one to compare. A measurement, never a test.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';
import { RENDER_PROBE, watchRenders } from './probe.mjs';

const [A, B, loads = '25'] = process.argv.slice(2);
const LATENCY = Number(process.env.AB_LATENCY_MS ?? 0);
if (!A || !B) {
  console.error('usage: node scripts/startup-ab.mjs <distA> <distB> [loads]');
  process.exit(2);
}
const dir = fileURLToPath(new URL('../target/startup-ab/', import.meta.url));
await mkdir(dir, { recursive: true });
for (const name of ['a', 'b']) {
  await writeFile(`${dir}${name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>startup ${name}</title>
<script type="module" src="/${name}/career-widget.js"></script></head>
<body><career-widget years="5" locale="en-US"></career-widget></body></html>`);
}

const server = await serve({ '/': dir, '/a/': A, '/b/': B }, () => ({}), { brotli: true });
// The server compresses each file on its first request; do that before anything is timed.
for (const name of ['a', 'b']) {
  for (const file of ['career-widget.js', 'career-widget-app.js', 'career-widget-app_bg.wasm']) {
    await (await fetch(`${server.origin}/${name}/${file}`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
  }
}
const browser = await launch();
const runs = { a: [], b: [] };
for (let i = 0; i < Number(loads); i++) {
  for (const name of i % 2 ? ['a', 'b'] : ['b', 'a']) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-US' });
    await context.addInitScript(RENDER_PROBE);
    const rendered = await watchRenders(context);
    const tab = await context.newPage();
    if (LATENCY) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await tab.goto(`${server.origin}/${name}.html`, { waitUntil: 'commit' });
    await rendered(tab, 1);
    runs[name].push(
      await tab.evaluate(() => {
        const t0 = performance.getEntriesByName('career-widget:start')[0].startTime;
        return { ready: window.__cwReady - t0, rendered: window.__cw[0].at - t0, navigation: window.__cw[0].at };
      }),
    );
    await context.close();
  }
}
await browser.close();
await server.close();

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
for (const [name, dist] of [['a', A], ['b', B]]) {
  const ready = median(runs[name].map((r) => r.ready)).toFixed(1);
  const rendered = median(runs[name].map((r) => r.rendered)).toFixed(1);
  const navigation = median(runs[name].map((r) => r.navigation)).toFixed(1);
  console.log(
    `${name.toUpperCase()} ${dist}: from the loader's start, wasm instantiated ${ready} ms and first widget rendered ` +
      `${rendered} ms; from navigation, rendered ${navigation} ms (medians of ${loads}${LATENCY ? `, ${LATENCY} ms latency` : ''})`,
  );
}
