// docs/embedding.md's platform recipes and theme, as written: each code block marked
// `<!-- recipe: NAME -->` is read from the document, a page is built from it by the platform's
// own tool (Hugo, Jekyll, WordPress's PHP through stubs of the three WordPress functions it
// calls) or by hand (a static site), served with the policy the recipe sends, and loaded in
// Chromium with the CDN's URL answered from dist/. The widget must render with no console
// problem. The theme's colours are checked for the contrast the table asks.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './browser.mjs';
import { contrast } from './colours.mjs';
import { serve } from './server.mjs';
import { projectVersion } from '../../scripts/version.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const ROOT = here('../..');
const DIST = process.env.DIST ?? join(ROOT, 'dist');
const CDN = `https://cdn.jsdelivr.net/npm/career-widget@${projectVersion()}/`;
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml' };

let recipes;
let sites;
let browser;
let server;
const policies = {}; // path prefix -> the policy its recipe sends

/** The document's code blocks, by the name in the comment before each. */
function readRecipes(markdown) {
  const found = {};
  for (const [, name, body] of markdown.matchAll(/<!-- recipe: (\S+) -->\n```[a-z-]*\n([\s\S]*?)\n```/g)) found[name] = body;
  return found;
}

/** A recipe with the placeholder hash replaced by this build's. */
const pinned = (text, integrity) => text.replaceAll('sha384-…', integrity);

/** The policy in a server configuration line: the quoted value after the header's name. */
const policyIn = (line) => line.match(/Content-Security-Policy:? "?([^"\n]+)"?/)[1].trim();

async function write(path, text) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

before(async () => {
  recipes = readRecipes(await readFile(join(ROOT, 'docs', 'embedding.md'), 'utf8'));
  const { 'career-widget.js': integrity } = JSON.parse(await readFile(join(DIST, 'integrity.json'), 'utf8'));
  sites = await mkdtemp(join(tmpdir(), 'career-widget-recipes-'));
  const css = recipes['reservation.css'];
  const element = recipes['wordpress-block.html'];
  const head = pinned(recipes['head.html'], integrity);

  // A plain static site: the script in the head, the element, the rule in the stylesheet; the
  // policy nginx would send.
  await write(join(sites, 'static', 'site.css'), css);
  await write(
    join(sites, 'static', 'post.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="stylesheet" href="site.css">${head}</head><body><h1>A post</h1>${element}</body></html>`,
  );
  policies['/static/'] = policyIn(recipes['nginx.conf']);

  // WordPress: functions.php run by PHP with the three WordPress functions it calls stubbed,
  // printing the tag as WordPress prints an enqueued script; the post's Custom HTML block.
  await write(join(sites, 'wp', 'functions.php'), `<?php\n${pinned(recipes['wordpress-functions.php'], integrity)}\n`);
  await write(
    join(sites, 'wp', 'run.php'),
    `<?php
$actions = []; $filters = []; $scripts = [];
function add_action($hook, $callback) { global $actions; $actions[$hook][] = $callback; }
function add_filter($hook, $callback, $priority = 10, $args = 1) { global $filters; $filters[$hook][] = $callback; }
function wp_enqueue_script($handle, $src = '', $deps = [], $ver = false, $args = []) { global $scripts; $scripts[$handle] = $src; }
require __DIR__ . '/functions.php';
foreach ($actions['wp_enqueue_scripts'] as $callback) $callback();
foreach ($scripts as $handle => $src) {
    $tag = sprintf("<script src=\\"%s\\" id=\\"%s-js\\"></script>\\n", htmlspecialchars($src), $handle);
    foreach ($filters['script_loader_tag'] ?? [] as $callback) $tag = $callback($tag, $handle, $src);
    echo $tag;
}
`,
  );
  const footer = execFileSync('php', [join(sites, 'wp', 'run.php')], { encoding: 'utf8' });
  await write(join(sites, 'wp', 'site.css'), css);
  await write(
    join(sites, 'wp', 'post.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="stylesheet" href="site.css"></head><body><h1>A post</h1>${element}${footer}</body></html>`,
  );
  policies['/wp/'] = policyIn(recipes['apache.htaccess']);

  // Hugo: a site whose base template has the script, the shortcode as written, a post using it.
  const hugo = join(sites, 'hugo-src');
  await write(join(hugo, 'hugo.toml'), 'baseURL = "/hugo/"\ndisableKinds = ["home", "taxonomy", "term", "RSS", "sitemap", "404"]\n');
  await write(
    join(hugo, 'layouts', '_default', 'baseof.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="stylesheet" href="/hugo/site.css">${head}</head><body>{{ block "main" . }}{{ end }}</body></html>`,
  );
  await write(join(hugo, 'layouts', '_default', 'single.html'), '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}');
  await write(join(hugo, 'layouts', 'shortcodes', 'career-widget.html'), recipes['hugo-shortcode.html']);
  await write(join(hugo, 'content', 'post.md'), `---\ntitle: A post\n---\n\nWhat it pays.\n\n${recipes['hugo-post.md']}\n`);
  await write(join(hugo, 'static', 'site.css'), css);
  await write(join(hugo, 'static', '_headers'), recipes['netlify-headers']);
  execFileSync('hugo', ['--quiet', '--source', hugo, '--destination', join(sites, 'hugo')], { stdio: 'inherit' });
  policies['/hugo/'] = policyIn(recipes['netlify-headers']);

  // Jekyll: the include as written, a layout with the script and the meta policy, a post.
  const jekyll = join(sites, 'jekyll-src');
  await write(join(jekyll, '_config.yml'), 'baseurl: /jekyll\nmarkdown: kramdown\n');
  await write(
    join(jekyll, '_layouts', 'default.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${recipes['meta-csp.html']}<title>{{ page.title }}</title><link rel="stylesheet" href="{{ '/site.css' | relative_url }}">${head}</head><body>{{ content }}</body></html>`,
  );
  await write(join(jekyll, '_includes', 'career-widget.html'), recipes['jekyll-include.html']);
  await write(join(jekyll, 'post.md'), `---\nlayout: default\ntitle: A post\n---\n\n# A post\n\n${recipes['jekyll-post.md']}\n`);
  await write(join(jekyll, 'site.css'), css);
  execFileSync('jekyll', ['build', '--quiet', '--source', jekyll, '--destination', join(sites, 'jekyll')], { stdio: 'inherit' });

  // The theme: the stylesheet as written, a widget in the long form.
  await write(join(sites, 'theme', 'theme.css'), `${css}\n${recipes['theme.css']}`);
  await write(
    join(sites, 'theme', 'post.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A themed post</title><link rel="stylesheet" href="theme.css">${head}</head><body>${element.replace('<career-widget ', '<career-widget layout="full" ')}</body></html>`,
  );
  policies['/theme/'] = policyIn(recipes['nginx.conf']);

  browser = await launch();
  server = await serve({ '/': sites }, (path) => {
    const prefix = Object.keys(policies).find((p) => path.startsWith(p));
    return prefix ? { 'content-security-policy': policies[prefix] } : {};
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (sites) await rm(sites, { recursive: true, force: true });
});

/** A page whose requests to the CDN are answered from dist/, as the CDN would (with CORS). */
async function openSite(options) {
  const opened = await openPage(browser, options);
  await opened.page.route(`${CDN}**`, async (route) => {
    const file = route.request().url().slice(CDN.length).split('?')[0];
    route.fulfill({
      body: await readFile(join(DIST, file)),
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' },
    });
  });
  // The pages' favicon requests are the host's business, not the widget's.
  await opened.page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  return opened;
}

test('every recipe names this version and the same policy', () => {
  const policy = policyIn(`Content-Security-Policy: "${recipes.csp}"`);
  for (const name of ['nginx.conf', 'apache.htaccess', 'netlify-headers']) assert.equal(policyIn(recipes[name]), policy, name);
  assert.equal(recipes['meta-csp.html'].match(/content="([^"]+)"/)[1], policy);
  for (const name of ['head.html', 'wordpress-functions.php']) assert.ok(recipes[name].includes(CDN), `${name} loads ${CDN}`);
});

for (const [site, path] of [
  ['a plain static site', '/static/post.html'],
  ['WordPress (functions.php and a Custom HTML block)', '/wp/post.html'],
  ['Hugo (a shortcode in Markdown)', '/hugo/post/'],
  ['Jekyll (an include; the policy in a meta tag)', '/jekyll/post.html'],
]) {
  test(`${site}: the page built from the recipe shows the widget under the recipe's policy`, async () => {
    const { page, context, problems } = await openSite();
    await page.goto(`${server.origin}${path}`);
    assert.equal((await page.locator('career-widget [data-testid=estimate]').textContent()).trim(), '$85,000');
    assert.equal(await page.locator('career-widget').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
}


for (const colorScheme of ['light', 'dark']) {
  test(`the theme example, ${colorScheme}: its colours reach the widget with the contrast the table asks`, async () => {
    const { page, context, problems } = await openSite({ colorScheme });
    await page.goto(`${server.origin}/theme/post.html`);
    await page.locator('career-widget .cw-explainer summary').waitFor();
    const seen = await page.locator('career-widget .cw').evaluate((card) => {
      const style = (el) => getComputedStyle(el);
      return {
        background: style(card).backgroundColor,
        text: style(card).color,
        font: style(card).fontFamily,
        muted: style(card.querySelector('.cw-estimate-label')).color,
        accent: style(card.querySelector('.cw-explainer summary')).color,
        control: style(card.querySelector('.cw-years-number')).borderTopColor,
      };
    });
    const want = colorScheme === 'light' ? 'rgb(255, 250, 243)' : 'rgb(29, 25, 21)';
    assert.equal(seen.background, want, 'the theme\'s background');
    assert.match(seen.font, /^Georgia/);
    assert.ok(contrast(seen.text, seen.background) >= 7, `text ${seen.text}`);
    for (const what of ['muted', 'accent']) assert.ok(contrast(seen[what], seen.background) >= 4.5, `${what} ${seen[what]}`);
    assert.ok(contrast(seen.control, seen.background) >= 3, `control border ${seen.control}`);
    await page.locator('career-widget').screenshot({ path: join(ROOT, 'target', 'screenshots', `theme-example-${colorScheme}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  });
}
