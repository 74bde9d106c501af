// Headless Debian Chromium through playwright-core (no browser download).
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A page that records console messages and page errors, for "nothing went wrong" checks. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { context, page, problems };
}

/**
 * Holds the page's requests that match `pattern` until the returned function is called; then
 * they go on, or fail with `{ abort: true }` (a wasm that never arrives).
 */
export async function holdRequests(page, pattern, { abort = false } = {}) {
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(pattern, async (route) => {
    await held;
    await (abort ? route.abort() : route.continue());
  });
  return release;
}
