// The embed snippet's pure parts (assets/snippet.js), natively in Node: escaping and isolation of
// hostile dataset strings, the JSON-LD's shape, the reservation in both forms. The end-to-end tests
// (tests/e2e/kit.test.mjs) load what it writes in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { COMPACT_PX, COMPACT_WIDE_FROM, embedSnippet, fallbackHtml, fallbackSentence, FULL_PX, occupation, reservationRule, skillNames, stylesheetReservation } from '../../assets/snippet.js';

const bundled = JSON.parse(await readFile(new URL('../../assets/careers.json', import.meta.url), 'utf8'));
const real = bundled.careers[0];
const SCRIPT = 'https://cdn.example/career-widget.js';
const words = async (code) => JSON.parse(await readFile(new URL(`../../assets/lang/${code}.json`, import.meta.url), 'utf8'));
const EN = (await words('en')).snippet.fallback;

function hostile() {
  const career = structuredClone(real);
  career.title = 'Boss</script><img src=x onerror=alert(1)> & "co"';
  career.summary = 'Ends a block: </script><!-- and ]]> and \u2028';
  career.salary.region = '<b>Nowhere</b>';
  career.sources[0].title = '<script>alert(2)</script>';
  career.sources[0].url = 'https://example.com/?a=1&b="2"';
  career.skill_groups[0].skills[0].name = '</SCRIPT><script>alert(3)</script>';
  return career;
}

test('the JSON-LD holds exactly the dataset\'s figures, names and skills', () => {
  assert.deepEqual(occupation(real), {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    inLanguage: 'en',
    name: 'Customer Support Manager',
    description: real.summary,
    occupationLocation: [{ '@type': 'Country', name: 'US' }],
    estimatedSalary: [
      { '@type': 'MonetaryAmountDistribution', currency: 'USD', duration: 'P1Y', percentile10: 60000, median: 85000, percentile90: 110000 },
    ],
    skills: real.skill_groups.flatMap((g) => g.skills.map((s) => s.name)),
  });
});

test('the JSON-LD names the language of the dataset\'s text', () => {
  assert.equal(occupation(real, 'he').inLanguage, 'he');
  const snippet = embedSnippet({ scriptUrl: 'https://cdn.example/career-widget.js', attributes: [], career: real, lang: 'de-CH', jsonLd: true });
  assert.match(snippet, /"inLanguage": ?"de-CH"/);
});

test('a region that is not a two-letter country code is an administrative area, named as given', () => {
  const career = structuredClone(real);
  career.salary.region = 'Greater London';
  assert.deepEqual(occupation(career).occupationLocation, [{ '@type': 'AdministrativeArea', name: 'Greater London' }]);
});

test('a skill listed in two groups is named once', () => {
  const career = structuredClone(real);
  career.skill_groups[1].skills.push({ ...career.skill_groups[0].skills[0] });
  assert.equal(skillNames(career).length, skillNames(real).length);
});

test('hostile strings stay text: no tag in the fallback, nothing that ends the JSON-LD block', () => {
  const snippet = embedSnippet({
    scriptUrl: `${SCRIPT}?"><script>`,
    integrity: 'sha384-"x"',
    attributes: [['src', '/d.json?a=1&b="2"'], ['career', 'x']],
    career: hostile(),
    locale: 'en-US',
    reserve: true,
    fallback: EN,
    jsonLd: true,
  });
  // Exactly the tags the snippet means to write, and no others.
  assert.deepEqual(snippet.match(/<[a-z!/][^\s>]*/gi), [
    '<style', '</style', '<script', '</script', '<career-widget', '<p', '<strong', '<bdi', '</bdi', '</strong', '<bdi', '</bdi',
    '<a', '<bdi', '</bdi', '</a', '<bdi', '</bdi', '</p', '</career-widget', '<script', '</script',
  ]);
  assert.match(snippet, /src="\/d\.json\?a=1&amp;b=&quot;2&quot;"/);
  assert.match(snippet, /href="https:\/\/example\.com\/\?a=1&amp;b=&quot;2&quot;"/);
  const json = snippet.slice(snippet.indexOf('<script type="application/ld+json">') + 35, snippet.lastIndexOf('</script>'));
  assert.doesNotMatch(json, /[<>\u2028]/);
  assert.equal(JSON.parse(json).name, hostile().title, 'escaped, the JSON still reads back as the title');
  assert.equal(JSON.parse(json).skills[0], '</SCRIPT><script>alert(3)</script>');
});

test('the fallback: title, median and range with currency, region and the salary\'s source', () => {
  assert.equal(
    fallbackHtml(real, { sentence: EN, locale: 'en-US' }),
    '<p lang="en"><strong><bdi>Customer Support Manager</bdi></strong>: median pay $85,000 a year (<bdi>US</bdi>), in a range of $60,000 to $110,000. ' +
      'Source: <bdi>Customer Support Manager Career Path Guide</bdi> (<bdi>Jobicy</bdi>).</p>',
  );
  const euro = structuredClone(real);
  euro.salary.currency = 'EUR';
  assert.match(fallbackHtml(euro, { sentence: EN, locale: 'de-DE' }), /85\.000\s€/);
  assert.match(fallbackHtml(euro, { sentence: EN, locale: 'not a locale!' }), /€85,000/, 'a bad locale falls back to the dataset\'s language');
});

test('the fallback is written in the dataset\'s language, its figures formatted for it, unless a locale is given', async () => {
  const snippetWords = Object.fromEntries(await Promise.all(['en', 'de', 'ja', 'ar'].map(async (c) => [c, (await words(c)).snippet])));
  assert.equal(fallbackSentence(snippetWords, 'de-AT'), snippetWords.de.fallback, 'de-AT: German');
  const german = fallbackHtml(real, { sentence: fallbackSentence(snippetWords, 'de'), lang: 'de' });
  assert.equal(
    german,
    '<p lang="de"><strong><bdi>Customer Support Manager</bdi></strong>: Mediangehalt 85.000\u00a0$ im Jahr (<bdi>US</bdi>), Spanne von 60.000\u00a0$ bis 110.000\u00a0$. ' +
      'Quelle: <bdi>Customer Support Manager Career Path Guide</bdi> (<bdi>Jobicy</bdi>).</p>',
  );
  assert.match(fallbackHtml(real, { sentence: fallbackSentence(snippetWords, 'de'), lang: 'de', locale: 'en-US' }), /Mediangehalt \$85,000 im Jahr/, 'the locale, when given, formats the figures');
  assert.match(fallbackHtml(real, { sentence: fallbackSentence(snippetWords, 'ja'), lang: 'ja' }), /年収の中央値 \$85,000（<bdi>US<\/bdi>）/);
  assert.match(fallbackHtml(real, { sentence: fallbackSentence(snippetWords, 'ar'), lang: 'ar' }), /^<p lang="ar"><strong>.*الأجر الوسيط/);
  assert.equal(fallbackSentence(snippetWords, 'he'), snippetWords.en.fallback, 'a language the widget does not speak: English');
  // A translator's sentence is text: markup in it is escaped, as dataset text is.
  assert.equal(fallbackHtml(real, { sentence: '<b>{title}</b> {nope}', lang: 'en' }), '<p lang="en">&lt;b&gt;<strong><bdi>Customer Support Manager</bdi></strong>&lt;/b&gt; {nope}</p>');
});

const COMPACT_RULE =
  `career-widget:not(:defined) { display: flow-root; min-height: ${COMPACT_PX.narrow}px; }\n` +
  `@media (min-width: ${COMPACT_WIDE_FROM}px) { career-widget:not(:defined) { min-height: ${COMPACT_PX.wide}px; } }`;

test('the reservation follows the layout, and in the long form the view; without options, two lines', () => {
  const base = { scriptUrl: SCRIPT, integrity: null, career: real, locale: 'en-US' };
  for (const view of ['both', 'salary', 'skills']) {
    const only = view === 'both' ? [] : [['view', view]];
    assert.ok(embedSnippet({ ...base, attributes: only, reserve: true }).startsWith(`<style>\n${COMPACT_RULE}\n</style>\n`), view);
    const selector = `career-widget[layout="full"]${view === 'both' ? '' : `[view="${view}"]`}`;
    assert.ok(
      embedSnippet({ ...base, attributes: [...only, ['layout', 'full']], reserve: true }).startsWith(
        `<style>\n${selector}:not(:defined) { display: flow-root; min-height: ${FULL_PX[view]}px; }\n</style>\n`,
      ),
      view,
    );
  }
  assert.equal(
    embedSnippet({ ...base, attributes: [['career', 'customer-support-manager'], ['years', '5']] }),
    `<script type="module" src="${SCRIPT}"></script>\n<career-widget career="customer-support-manager" years="5"></career-widget>`,
  );
});

test('the reserved heights are the compact layout\'s own and the long form\'s placeholder heights in a 700-px column', async () => {
  const widgetCss = await readFile(new URL('../../assets/widget.css', import.meta.url), 'utf8');
  assert.ok(widgetCss.includes(`.cw {\n  --cw-height: ${COMPACT_PX.narrow}px;\n}`));
  assert.ok(widgetCss.includes(`@container (min-width: ${COMPACT_WIDE_FROM}px) {\n  .cw {\n    --cw-height: ${COMPACT_PX.wide}px;`));
  const reserve = await readFile(new URL('../../assets/reserve.css', import.meta.url), 'utf8');
  assert.ok(reserve.includes('.cwp { min-height: var(--cw-height); }'));
  for (const [view, px] of Object.entries(FULL_PX)) {
    const host = `:host([layout="full" i]${view === 'both' ? '' : `[view="${view}" i]`}) `;
    const rule = `@container (min-width: 700px) { ${host}.cwp { min-height: calc(${px}px + `;
    assert.ok(reserve.includes(rule), `${view}: ${rule}`);
  }
});

// What an HTML parser reads back from text and attribute values escapeHtml wrote.
const unescape = (html) =>
  html.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot));/gi, (_, hex, dec, name) =>
    hex || dec ? String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10)) : { amp: '&', lt: '<', gt: '>', quot: '"' }[name.toLowerCase()],
  );

// The fallback's isolates (their text, as read back) and what lies outside them; escaped text
// holds no "<", so each <bdi> ends at the first </bdi>.
function isolates(html) {
  const inside = [...html.matchAll(/<bdi>(.*?)<\/bdi>/g)].map((m) => unescape(m[1]));
  return { inside, outside: html.replace(/<bdi>.*?<\/bdi>/g, '<bdi></bdi>') };
}

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

test('every dataset string of the fallback is in its own isolate; the figures and the sentence are outside', () => {
  const career = structuredClone(real);
  career.sources[0].url = 'https://example.com/guide';
  const { inside, outside } = isolates(fallbackHtml(career, { sentence: EN, locale: 'en-US' }));
  assert.deepEqual(inside, [career.title, career.salary.region, career.sources[0].title, career.sources[0].publisher]);
  assert.equal(
    outside,
    '<p lang="en"><strong><bdi></bdi></strong>: median pay $85,000 a year (<bdi></bdi>), in a range of $60,000 to $110,000. ' +
      'Source: <a href="https://example.com/guide"><bdi></bdi></a> (<bdi></bdi>).</p>',
  );
});

test('a right-to-left override ending a title cannot reverse the figures: it stays in the isolate, written as a reference', () => {
  // U+202E ending a title, unisolated, shows "$85,000" as "000,58$" and the rest of the line backwards.
  const career = structuredClone(real);
  career.title = 'Support Manager\u202e';
  career.salary.region = '\u2067US';
  career.sources[0].title = 'Guide\u202e';
  career.sources[0].publisher = 'Jobicy\u202d\u200f';
  const html = fallbackHtml(career, { sentence: EN, locale: 'en-US' });
  const { inside, outside } = isolates(html);
  assert.deepEqual(inside, ['Support Manager\u202e', '\u2067US', 'Guide\u202e', 'Jobicy\u202d\u200f'], 'the text is kept, inside its isolate');
  assert.match(outside, /median pay \$85,000 a year \(<bdi><\/bdi>\), in a range of \$60,000 to \$110,000\. Source: /);
  assert.doesNotMatch(unescape(outside), BIDI, 'no bidi control outside an isolate');
  // As characters they would be invisible in the snippet's source and reorder the code around them.
  const snippet = embedSnippet({ scriptUrl: SCRIPT, integrity: null, attributes: [['src', '/d.json\u202e']], career, locale: 'en-US', reserve: true, fallback: EN, jsonLd: true });
  assert.doesNotMatch(snippet, BIDI);
  assert.ok(snippet.includes('<strong><bdi>Support Manager&#x202E;</bdi></strong>'), snippet);
  assert.ok(snippet.includes('src="/d.json&#x202E;"'), snippet);
  const json = JSON.parse(snippet.slice(snippet.indexOf('<script type="application/ld+json">') + 35, snippet.lastIndexOf('</script>')));
  assert.equal(json.name, 'Support Manager\u202e', 'the JSON-LD reads back the same data');
  assert.equal(json.occupationLocation[0].name, '\u2067US');
});

test('markup characters in every dataset string are escaped and read back as the same text', () => {
  const career = structuredClone(real);
  career.title = '<script>alert(1)</script> "Lead" & co';
  career.salary.region = 'R&D "<b>"';
  career.sources[0].title = '</bdi><script>alert(2)</script>';
  career.sources[0].publisher = "Tom & Jerry's \"<i>\"";
  career.sources[0].url = 'https://example.com/?a=1&b="<2>"';
  const html = fallbackHtml(career, { sentence: EN, locale: 'en-US' });
  assert.deepEqual(html.match(/<[a-z!/][^\s>]*/gi), ['<p', '<strong', '<bdi', '</bdi', '</strong', '<bdi', '</bdi', '<a', '<bdi', '</bdi', '</a', '<bdi', '</bdi', '</p']);
  assert.deepEqual(isolates(html).inside, [career.title, career.salary.region, career.sources[0].title, career.sources[0].publisher]);
  assert.equal(unescape(html.match(/href="([^"]*)"/)[1]), career.sources[0].url);
});

// The reservation's two forms: a <style> in the snippet, or rules for the blog's own stylesheet
// (a page with the README's CSP, style-src 'self', refuses the <style>).

test('the stylesheet form holds every inline form\'s heights, and is the README\'s rule', async () => {
  const css = stylesheetReservation();
  // The compact rules as they are; each long form's rule with its height (its display comes from
  // the first rule, which matches every widget).
  assert.ok(css.startsWith(`${reservationRule('both', 'compact')}\n`));
  for (const view of Object.keys(FULL_PX)) {
    const inline = reservationRule(view, 'full');
    assert.ok(css.includes(inline.replace('display: flow-root; ', '')), view);
  }
  assert.equal(css.split('\n').length, 5);
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(`\`\`\`css\n${css}\n\`\`\``), `the README's rule:\n${css}`);
  // The demo page and the bench's host pages reserve as the README says.
  for (const page of ['assets/demo.css', 'scripts/host-article/article.css', 'scripts/host-docs/docs.css']) {
    const text = await readFile(new URL(`../../${page}`, import.meta.url), 'utf8');
    assert.ok(text.includes(css), `${page} has the README's rules`);
  }
});

test('the snippet of the stylesheet form is the inline form without its <style>, for every view', () => {
  const base = { scriptUrl: SCRIPT, integrity: 'sha384-x', career: real, locale: 'en-US', fallback: true, jsonLd: true };
  for (const [view, layout] of Object.keys(FULL_PX).flatMap((v) => [[v, 'compact'], [v, 'full']])) {
    const attributes = [['career', real.id], ...(view === 'both' ? [] : [['view', view]]), ...(layout === 'full' ? [['layout', 'full']] : [])];
    const inline = embedSnippet({ ...base, attributes, reserve: true });
    const forStylesheet = embedSnippet({ ...base, attributes, reserve: false });
    assert.equal(inline, `<style>\n${reservationRule(view, layout)}\n</style>\n${forStylesheet}`, view);
    assert.doesNotMatch(forStylesheet, /<style|\sstyle=/i, 'nothing a style-src \'self\' policy refuses');
  }
});
