// The embed snippet, as pure functions of a career and the author's choices: the demo page's
// and the authoring page's generators (assets/generator.js) print it, tests/js/snippet.test.mjs
// checks it. Demo-page code, never loaded by a widget.
//
// The career is one entry of a dataset that the authoring tools' validator has accepted
// (datasetProblems in validator.mjs); nothing here checks the dataset again, and nothing here
// adds a figure the dataset does not hold.

// The reservation's `display: flow-root` keeps the fallback's margins inside the reserved box:
// with `block`, a paragraph's top margin would show through it and vanish when the widget mounts.

/**
 * The space a widget takes while it loads. The compact layout's height, below and from
 * `COMPACT_WIDE_FROM` px wide (assets/widget.css, --cw-height), whatever the view.
 */
export const COMPACT_PX = { narrow: 960, wide: 780 };
export const COMPACT_WIDE_FROM = 640;
/**
 * The long form's (layout="full") height in a 700-px column, by `view`, as assets/reserve.css
 * has it (the loader's placeholder then takes the height for its own width).
 */
export const FULL_PX = { both: 3518, salary: 1741, skills: 1992 };

// Bidi controls are written as character references: the browser reads the same text, but the
// snippet's source shows no invisible character that reorders the code around it, in the
// generator's box or in the editor the author pastes it into.
const escapeHtml = (text) =>
  String(text).replace(/[&<>"']|\p{Bidi_Control}/gu, (c) =>
    ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? `&#x${c.codePointAt(0).toString(16).toUpperCase()};`,
  );

// Dataset text in running text goes in an isolate: a bidi control in it (a title ending in U+202E)
// would otherwise reorder the words and figures around it ("$85,000" shown as "000,58$").
const isolate = (text) => `<bdi>${escapeHtml(text)}</bdi>`;

// JSON inside <script>: no "</script>", "<!--" or "]]>" can end or bend the block; bidi controls
// as \u escapes, for the same reason as in escapeHtml (JSON.parse reads them back unchanged).
const scriptJson = (value) =>
  JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]|\p{Bidi_Control}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

// For `locale`, else for `fallback` (the dataset's language), as the widget formats money.
function money(amount, currency, locale, fallback) {
  const options = { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 };
  try {
    return new Intl.NumberFormat(locale || fallback, options).format(amount);
  } catch {
    return new Intl.NumberFormat(fallback, options).format(amount);
  }
}

/** Every skill of the career's skill map, foundational first, each name once. */
export function skillNames(career) {
  return [...new Set(career.skill_groups.flatMap((group) => group.skills.map((skill) => skill.name)))];
}

/**
 * The schema.org Occupation a search engine can read from the page: the career's title and
 * summary, the salary region, the salary range as a yearly MonetaryAmountDistribution (the
 * dataset's low and high are its 10th and 90th percentiles, docs/dataset.md) and the skill map's
 * skills. Nothing else: no occupation codes, no base/bonus split, no date the dataset lacks.
 */
export function occupation(career, lang = 'en') {
  const { salary } = career;
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    // The language of the dataset's text (its `lang`, English when it names none).
    inLanguage: lang,
    name: career.title,
    description: career.summary,
    // A two-letter code is an ISO 3166 country (as the bundled "US"); any other region is named as given.
    occupationLocation: [{ '@type': /^[A-Z]{2}$/.test(salary.region) ? 'Country' : 'AdministrativeArea', name: salary.region }],
    estimatedSalary: [
      {
        '@type': 'MonetaryAmountDistribution',
        currency: salary.currency,
        duration: 'P1Y',
        percentile10: salary.low,
        median: salary.median,
        percentile90: salary.high,
      },
    ],
    skills: skillNames(career),
  };
}

/**
 * The text readers without JavaScript, and crawlers, see inside the element, in the dataset's
 * language `lang`: `sentence` is that language's `snippet.fallback` (assets/lang/), and the
 * figures are formatted for `locale`, else for `lang`, as the widget formats them.
 */
export function fallbackHtml(career, { sentence, lang = 'en', locale }) {
  const { salary } = career;
  const source = career.sources.find((s) => s.id === salary.source) ?? career.sources[0];
  const figure = (amount) => escapeHtml(money(amount, salary.currency, locale, lang));
  // The validator accepts only http(s) URLs, so the link cannot run script.
  const title = source.url ? `<a href="${escapeHtml(source.url)}">${isolate(source.title)}</a>` : isolate(source.title);
  const parts = {
    title: `<strong>${isolate(career.title)}</strong>`,
    median: figure(salary.median),
    region: isolate(salary.region),
    low: figure(salary.low),
    high: figure(salary.high),
    source: source.publisher ? `${title} (${isolate(source.publisher)})` : title,
  };
  const text = escapeHtml(sentence).replace(/\{(\w+)\}/g, (whole, name) => parts[name] ?? whole);
  return `<p lang="${escapeHtml(lang)}">${text}</p>`;
}

/** The fallback sentence for a dataset in `lang`, from lang/snippet.json's `words`: the
 * language's by its primary subtag (de-AT → de), else English. */
export function fallbackSentence(words, lang = 'en') {
  const primary = String(lang).toLowerCase().split('-')[0];
  return (Object.hasOwn(words, primary) ? words[primary] : words.en).fallback;
}

const viewOf = (view) => (Object.hasOwn(FULL_PX, view) ? view : 'both');
const fullRule = (view, display) => {
  const only = view === 'both' ? '' : `[view="${view}"]`;
  return `career-widget[layout="full"]${only}:not(:defined) { ${display ? 'display: flow-root; ' : ''}min-height: ${FULL_PX[view]}px; }`;
};

/**
 * The rules that hold the space of a widget with this `view` and `layout` while it loads (inside
 * the snippet's `<style>`).
 */
export function reservationRule(view, layout) {
  if (layout === 'full') return fullRule(viewOf(view), true);
  return [
    `career-widget:not(:defined) { display: flow-root; min-height: ${COMPACT_PX.narrow}px; }`,
    `@media (min-width: ${COMPACT_WIDE_FROM}px) { career-widget:not(:defined) { min-height: ${COMPACT_PX.wide}px; } }`,
  ].join('\n');
}

/**
 * The reservation for the blog's own stylesheet, for a page whose Content-Security-Policy
 * (`style-src 'self'`) refuses the snippet's inline `<style>`: the rules for every layout and
 * view, as the README gives them, since a stylesheet serves every post. For each it reserves what
 * `reservationRule` does (the first rule's `display` applies to all; a long form's rule is more
 * specific, so its height wins).
 */
export function stylesheetReservation() {
  return [reservationRule('both', 'compact'), ...Object.keys(FULL_PX).map((view) => fullRule(view, false))].join('\n');
}

/**
 * The snippet to paste into a page.
 * - `scriptUrl`: where career-widget.js is served; `integrity`: its SRI hash, or none.
 * - `attributes`: [name, value] pairs for the element, in order (`src` among them for a hosted dataset).
 * - `career`: the career it shows, for `fallback` and `jsonLd`; `locale` formats the fallback's figures.
 * - `fallback`: the fallback sentence in the dataset's language (`fallbackSentence`), or none for
 *   no fallback text; `lang`: the dataset's language.
 * - `reserve`: a `<style>` that holds the widget's space while it loads, so nothing below it
 *   moves. Leave it out when the reservation goes in the blog's stylesheet (`stylesheetReservation`).
 */
export function embedSnippet({ scriptUrl, integrity, attributes, career, lang = 'en', locale, reserve, fallback, jsonLd }) {
  const lines = [];
  const value = (attribute) => attributes.find(([name]) => name === attribute)?.[1];
  if (reserve) lines.push(`<style>\n${reservationRule(value('view'), value('layout'))}\n</style>`);
  const pin = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  lines.push(`<script type="module" src="${escapeHtml(scriptUrl)}"${pin}></script>`);
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  if (fallback && career) {
    lines.push(`<career-widget${attrs}>`, `  ${fallbackHtml(career, { sentence: fallback, lang, locale })}`, '</career-widget>');
  } else {
    lines.push(`<career-widget${attrs}></career-widget>`);
  }
  if (jsonLd && career) lines.push(`<script type="application/ld+json">\n${scriptJson(occupation(career, lang))}\n</script>`);
  return lines.join('\n');
}
