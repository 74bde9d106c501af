import { serve } from '../tests/e2e/server.mjs';
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const server = await serve({ '/': '/work/main/target/host-cost/', '/dist/': '/work/main/dist/' }, () => ({'cache-control':'no-cache'}), { brotli: true });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (let i = 0; i < 2; i++) {
  const { lhr, artifacts } = await lighthouse(`${server.origin}/with.html`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const ev = artifacts.Trace.traceEvents;
  const nav = ev.find(e => e.name === 'navigationStart').ts;
  const main = ev.find(e => e.name === 'TracingStartedInBrowser');
  const tasks = ev.filter(e => e.name === 'RunTask' && e.dur > 5000 && e.ts > nav);
  for (const t of tasks) {
    const kids = ev.filter(e => e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts + (e.dur||0) <= t.ts + t.dur && e !== t && e.dur > 1000 && e.ph === 'X').map(e => `${e.name}${e.args?.data?.url ? '('+e.args.data.url.split('/').pop()+')' : ''}${e.args?.data?.functionName ? '['+e.args.data.functionName+']' : ''}:${(e.dur/1000).toFixed(1)}`);
    console.log(`task at ${((t.ts-nav)/1000).toFixed(0)} ms: ${(t.dur/1000).toFixed(1)} ms tid ${t.tid} :: ${kids.slice(0,12).join(', ')}`);
  }
  console.log('TBT', lhr.audits['total-blocking-time'].numericValue, 'LCP', lhr.audits['largest-contentful-paint'].numericValue);
  const lt = lhr.audits['long-tasks']?.details?.items ?? [];
  console.log('long tasks (simulated):', lt.map(x => `${x.url?.split('/').pop()} start ${Math.round(x.startTime)} dur ${Math.round(x.duration)}`).join(' | '));
}
await chrome.kill(); await server.close();
