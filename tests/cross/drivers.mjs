// Firefox and WebKit (Safari's engine) through WebDriver, for the cross-browser smoke test:
// Debian's Firefox ESR through geckodriver, and WebKitGTK's MiniBrowser through WebKitWebDriver
// on an Xvfb display. Each driver runs as our own child process on a free port, and selenium-webdriver
// only connects to it (usingServer), so Selenium Manager never looks for or downloads anything.
// scripts/setup.sh test installs all of it.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder } from 'selenium-webdriver';
import getLogInspector from 'selenium-webdriver/bidi/logInspector.js';

const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER_BIN ?? 'geckodriver';
const WEBKITDRIVER = process.env.WEBKITWEBDRIVER ?? 'WebKitWebDriver';
const START_TIMEOUT_MS = 30_000;

/** Every child we started, so none outlives the test process even if it dies early. */
const children = new Set();
process.on('exit', () => {
  for (const child of children) killGroup(child, 'SIGKILL');
});

function killGroup(child, signal) {
  // Each child leads its own process group (detached), so this also ends the browser it started.
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Starts `command` in its own process group; `stop()` ends the group and waits for it. */
function start(command, args, env = {}) {
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  children.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((ok) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      ok({ code, signal });
    });
    child.once('error', (error) => {
      children.delete(child);
      output += `\n${error.message}`;
      ok({ code: null, signal: null, error });
    });
  });
  const stop = async () => {
    if (!children.has(child)) return;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return { child, exited, stop, output: () => output };
}

/** A TCP port that nothing listens on right now. */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/**
 * Polls a WebDriver server's /status until it says ready; fails as soon as the process exits
 * or after START_TIMEOUT_MS.
 */
async function waitReady(url, proc, name) {
  let gone = null;
  proc.exited.then((e) => {
    gone = e;
  });
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${name} exited (${gone.code ?? gone.signal}) before it was ready:\n${proc.output()}`);
    try {
      const res = await fetch(`${url}/status`, { signal: AbortSignal.timeout(2000) });
      const body = await res.json();
      if (res.ok && (body.value?.ready ?? true)) return;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 50)); // poll interval
  }
  throw new Error(`${name} did not answer ${url}/status within ${START_TIMEOUT_MS} ms:\n${proc.output()}`);
}

/** Starts a WebDriver server on a free port, trying again on another port if that one was taken. */
async function startDriver(name, command, argsFor, env) {
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const proc = start(command, argsFor(port), env);
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitReady(url, proc, name);
      return { url, stop: proc.stop };
    } catch (error) {
      lastError = error;
      await proc.stop();
    }
  }
  throw lastError;
}

/**
 * An Xvfb server on a display number it picks itself (-displayfd): it writes the number once it
 * accepts connections, which is what we wait for.
 */
export async function startXvfb() {
  const proc = start('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  const display = await new Promise((ok, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`Xvfb gave no display within ${START_TIMEOUT_MS} ms:\n${proc.output()}`)), START_TIMEOUT_MS);
    proc.child.stdout.on('data', (chunk) => {
      text += chunk;
      const match = /^(\d+)\n/.exec(text);
      if (match) {
        clearTimeout(timer);
        ok(`:${match[1]}`);
      }
    });
    proc.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      fail(new Error(`Xvfb exited (${code ?? signal}):\n${proc.output()}`));
    });
  });
  return { display, stop: proc.stop };
}

/** WebKitGTK's MiniBrowser: its path comes from the package that ships it. */
export function miniBrowserPath() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  for (const pkg of ['libwebkit2gtk-4.1-0', 'libwebkitgtk-6.0-4']) {
    try {
      const files = execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const path = files.split('\n').find((f) => f.endsWith('/MiniBrowser'));
      if (path && existsSync(path)) return path;
    } catch {
      // not installed
    }
  }
  throw new Error('MiniBrowser not found (package libwebkit2gtk-4.1-0); run scripts/setup.sh test');
}

/**
 * A browser session. `name` is 'firefox' or 'webkit'. Returns the selenium driver, a list that
 * collects console errors the browser reports (Firefox, through WebDriver BiDi; WebKitWebDriver
 * exposes no console log), and `stop()`, which ends the session and every process it started.
 */
export async function openBrowser(name, { lang = 'en_US.UTF-8' } = {}) {
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => {});
  };
  try {
    if (name === 'firefox') return await openFirefox(stops, stopAll);
    if (name === 'webkit') return await openWebKit(stops, stopAll, lang);
    throw new Error(`unknown browser ${name}`);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function openFirefox(stops, stopAll) {
  const bidiPort = await freePort();
  const server = await startDriver('geckodriver', GECKODRIVER, (port) => [
    '--host', '127.0.0.1', '--port', String(port), '--websocket-port', String(bidiPort),
  ]);
  stops.push(server.stop);
  const driver = await new Builder()
    .disableEnvironmentOverrides()
    .usingServer(server.url)
    .withCapabilities({
      browserName: 'firefox',
      webSocketUrl: true,
      'moz:firefoxOptions': {
        binary: FIREFOX,
        args: ['-headless'],
        prefs: { 'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US' },
      },
    })
    .build();
  stops.push(() => driver.quit()); // also closes the BiDi connection
  const consoleErrors = [];
  const inspector = await getLogInspector(driver);
  await inspector.onLog((entry) => {
    if (entry.level === 'error') consoleErrors.push(`${entry.type}: ${entry.text}`);
  });
  await driver.manage().window().setRect({ width: 1280, height: 1024 });
  return { driver, consoleErrors, consoleLogged: true, stop: stopAll };
}

async function openWebKit(stops, stopAll, lang) {
  const binary = miniBrowserPath();
  const xvfb = await startXvfb();
  stops.push(xvfb.stop);
  // Under the POSIX locale (LANG=C) WebKit reports the language "C", which Intl refuses; the
  // smoke test uses en_US, and one test checks what the widget does under C.
  const env = { DISPLAY: xvfb.display, LANG: lang, LANGUAGE: lang.startsWith('C') ? '' : 'en_US', LC_ALL: '' };
  const server = await startDriver('WebKitWebDriver', WEBKITDRIVER, (port) => [`--port=${port}`], env);
  stops.push(server.stop);
  const driver = await new Builder()
    .disableEnvironmentOverrides()
    .usingServer(server.url)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    })
    .build();
  stops.push(() => driver.quit());
  await driver.manage().window().setRect({ width: 1280, height: 1024 });
  return { driver, consoleErrors: [], consoleLogged: false, stop: stopAll };
}
