// The embed snippet's pure parts (assets/snippet.js), natively in Node: escaping of hostile
// dataset strings, the JSON-LD's shape, the reservation rule. The end-to-end tests
// (tests/e2e/kit.test.mjs) load what it writes in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { embedSnippet, fallbackHtml, occupation, RESERVED_PX, skillNames } from '../../assets/snippet.js';

const bundled = JSON.parse(await readFile(new URL('../../assets/careers.json', import.meta.url), 'utf8'));
const real = bundled.careers[0];
const SCRIPT = 'https://cdn.example/career-widget.js';

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
    name: 'Customer Support Manager',
    description: real.summary,
    occupationLocation: [{ '@type': 'Country', name: 'US' }],
    estimatedSalary: [
      { '@type': 'MonetaryAmountDistribution', currency: 'USD', duration: 'P1Y', percentile10: 60000, median: 85000, percentile90: 110000 },
    ],
    skills: real.skill_groups.flatMap((g) => g.skills.map((s) => s.name)),
  });
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
    fallback: true,
    jsonLd: true,
  });
  // Exactly the tags the snippet means to write, and no others.
  assert.deepEqual(snippet.match(/<[a-z!/][^\s>]*/gi), [
    '<style', '</style', '<script', '</script', '<career-widget', '<p', '<strong', '</strong', '<a', '</a', '</p', '</career-widget', '<script', '</script',
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
    fallbackHtml(real, 'en-US'),
    '<p><strong>Customer Support Manager</strong>: median pay $85,000 a year (US), in a range of $60,000 to $110,000. ' +
      'Source: Customer Support Manager Career Path Guide (Jobicy).</p>',
  );
  const euro = structuredClone(real);
  euro.salary.currency = 'EUR';
  assert.match(fallbackHtml(euro, 'de-DE'), /85\.000\s€/);
  assert.match(fallbackHtml(euro, 'not a locale!'), /€85,000/, 'a bad locale falls back to en-US');
});

test('the reservation follows the view; without options, two lines', () => {
  const base = { scriptUrl: SCRIPT, integrity: null, career: real, locale: 'en-US' };
  for (const view of ['salary', 'skills']) {
    const snippet = embedSnippet({ ...base, attributes: [['view', view]], reserve: true });
    assert.ok(snippet.startsWith(`<style>career-widget[view="${view}"]:not(:defined) { display: flow-root; min-height: ${RESERVED_PX[view]}px; }</style>`));
  }
  assert.match(embedSnippet({ ...base, attributes: [], reserve: true }), /^<style>career-widget:not\(:defined\) \{ display: flow-root; min-height: 3460px; \}/);
  assert.equal(
    embedSnippet({ ...base, attributes: [['career', 'customer-support-manager'], ['years', '5']] }),
    `<script type="module" src="${SCRIPT}"></script>\n<career-widget career="customer-support-manager" years="5"></career-widget>`,
  );
});

test('the reserved heights are the loading placeholder\'s heights in a 700-px column', async () => {
  const reserve = await readFile(new URL('../../assets/reserve.css', import.meta.url), 'utf8');
  for (const [view, px] of Object.entries(RESERVED_PX)) {
    const host = view === 'both' ? '' : `:host([view="${view}" i]) `;
    const rule = `@container (min-width: 700px) { ${host}.cwp { min-height: calc(${px}px + `;
    assert.ok(reserve.includes(rule), `${view}: ${rule}`);
  }
});
