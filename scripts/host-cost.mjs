// What the widget costs a blog that embeds it: the same page with and without the widget near
// its top, served with brotli, measured by Lighthouse (default mobile settings: slowed network
// and 4× slowed CPU), runs alternating so the machine's drift hits both. Two pages: a plain
// article (scripts/host-article/), and a heavier documentation page with its own web fonts,
// stylesheet and script (scripts/host-docs/; the fonts are the system's DejaVu, copied in).
//
// Served as blog hosts serve today, over HTTPS with HTTP/2 (a self-signed certificate made for
// the run), and also over plain HTTP/1.1, where the widget's script, requested while the
// article's stylesheet is in flight, needs a second connection of its own: Lighthouse's model
// charges its set-up (one round trip of 150 ms) to any paint the script makes.
// Part of `make bench`; alone: node scripts/host-cost.mjs [dist] [runs]. A measurement, never a test.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';

const root = new URL('../', import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const SITES = {
  article: { html: 'scripts/host-article/article.html', files: ['scripts/host-article/article.css'] },
  docs: {
    html: 'scripts/host-docs/docs.html',
    files: ['scripts/host-docs/docs.css', 'scripts/host-docs/docs.js'],
    fonts: { 'body.ttf': 'DejaVuSans.ttf', 'mono.ttf': 'DejaVuSansMono.ttf' },
  },
};

async function writePages(dir, site) {
  await mkdir(`${dir}fonts/`, { recursive: true });
  const { html, files, fonts = {} } = SITES[site];
  const article = await readFile(path(html), 'utf8');
  for (const file of files) await copyFile(path(file), `${dir}${file.split('/').pop()}`);
  for (const [name, system] of Object.entries(fonts)) await copyFile(`/usr/share/fonts/truetype/dejavu/${system}`, `${dir}fonts/${name}`);
  const page = (script, element) =>
    article.replace('<!--WIDGET-SCRIPT-->', script).replace('<!--WIDGET-ELEMENT-->', element);
  await writeFile(`${dir}without.html`, page('', ''));
  await writeFile(
    `${dir}with.html`,
    page(
      '<script type="module" src="/dist/career-widget.js"></script>',
      '<career-widget career="customer-support-manager" years="5"></career-widget>',
    ),
  );
}

/** A certificate for 127.0.0.1, for this run only (the browser is told to accept it). */
async function localCertificate() {
  const { default: selfsigned } = await import('selfsigned');
  const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    days: 1,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * Lighthouse on `site` ('article' or 'docs') without and with the widget, `runs` times each,
 * alternating; `protocol` is 'h2' (HTTPS with HTTP/2) or 'http/1.1'.
 */
export async function measureHostCost(dist, runs = 5, protocol = 'h2', site = 'article') {
  const dir = path(`target/host-cost/${site}/`);
  await writePages(dir, site);
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const tls = protocol === 'h2' ? await localCertificate() : undefined;
  const server = await serve({ '/': dir, '/dist/': dist }, () => ({ 'cache-control': 'no-cache' }), { brotli: true, tls });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(tls ? ['--ignore-certificate-errors'] : [])],
  });
  const results = { without: [], with: [] };
  try {
    const order = [];
    for (let i = 0; i < runs; i++) order.push(...(i % 2 ? ['with', 'without'] : ['without', 'with']));
    for (const variant of order) {
      const { lhr } = await lighthouse(`${server.origin}/${variant}.html`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
      const protocols = new Set(lhr.audits['network-requests'].details.items.map((r) => r.protocol));
      if (protocols.size !== 1 || !protocols.has(protocol)) throw new Error(`${variant}.html was served over ${[...protocols]}, not ${protocol}`);
      results[variant].push({
        score: lhr.categories.performance.score,
        tbt: audit('total-blocking-time'),
        lcp: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '',
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  const summary = (list) => ({
    score: median(list.map((r) => r.score)),
    tbt_ms: Math.round(median(list.map((r) => r.tbt))),
    lcp_ms: Math.round(median(list.map((r) => r.lcp))),
    cls: Math.round(median(list.map((r) => r.cls)) * 1000) / 1000,
    lcp_elements: [...new Set(list.map((r) => r.lcpElement))],
    runs: list.map((r) => ({ score: r.score, tbt_ms: Math.round(r.tbt), lcp_ms: Math.round(r.lcp), lcp_element: r.lcpElement })),
  });
  const without = summary(results.without);
  const withWidget = summary(results.with);
  return {
    runs,
    protocol,
    site,
    without,
    with: withWidget,
    cost: {
      score: Math.round((without.score - withWidget.score) * 100) / 100,
      tbt_ms: withWidget.tbt_ms - without.tbt_ms,
      lcp_pct: Math.round(((withWidget.lcp_ms - without.lcp_ms) / without.lcp_ms) * 1000) / 10,
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? path('dist/');
  for (const [protocol, site] of [['h2', 'article'], ['http/1.1', 'article'], ['h2', 'docs']]) {
    console.log(JSON.stringify(await measureHostCost(dist, Number(process.argv[3] ?? 5), protocol, site), null, 2));
  }
}
