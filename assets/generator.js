// The embed-code generator of the demo page and of the authoring page: a form of the author's
// choices → the preview widget's attributes and a snippet to copy (assets/snippet.js writes it).
// Demo-page code, never loaded by a widget. A module file, not inline script, so both pages work
// under a strict CSP too.
import { embedSnippet, fallbackSentence, stylesheetReservation } from './snippet.js';

// Where the snippet loads the widget from, until the author says: this page's own copy, or, once
// integrity.json names the release, that release on a CDN that mirrors npm (the README's URL).
const SCRIPT_URL = new URL('career-widget.js', document.baseURI).href;
const releaseUrl = (version) => `https://cdn.jsdelivr.net/npm/career-widget@${version}/career-widget.js`;

// The fields both generators share, after any of a page's own (the authoring page's dataset URL).
// Constant markup: nothing of a dataset or of the reader goes into it.
const FIELDS = `
  <label>Where the widget is hosted (its <code>career-widget.js</code>)
    <input name="script" type="url" spellcheck="false" autocomplete="url" />
  </label>
  <label>Career <select name="career"></select></label>
  <label>Years of experience
    <input name="years" type="number" min="0" max="40" step="0.5" value="5" />
  </label>
  <label>Show
    <select name="view">
      <option value="both">Salary and skills</option>
      <option value="salary">Salary only</option>
      <option value="skills">Skills only</option>
    </select>
  </label>
  <label>Layout
    <select name="layout">
      <option value="compact">Compact, with tabs</option>
      <option value="full">The whole guide</option>
    </select>
  </label>
  <label>Theme
    <select name="theme">
      <option value="auto">Follow the reader</option>
      <option value="light">Light</option>
      <option value="dark">Dark</option>
    </select>
  </label>
  <label>Number format
    <select name="locale">
      <option value="">Reader's language</option>
      <option value="en-US">English (US)</option>
      <option value="en-GB">English (UK)</option>
      <option value="de-DE">German</option>
      <option value="fr-FR">French</option>
      <option value="es-ES">Spanish</option>
      <option value="ja-JP">Japanese</option>
    </select>
  </label>
  <fieldset class="generator-extras">
    <legend>Also include</legend>
    <label><input type="checkbox" name="reserve" checked /> A style rule that holds the widget's space while it loads</label>
    <label class="generator-sub"><input type="checkbox" name="stylesheet" /> Put the reservation in my stylesheet (for a strict Content-Security-Policy)</label>
    <label><input type="checkbox" name="fallback" checked /> The pay and its source as text, for readers without JavaScript and for search engines</label>
    <label><input type="checkbox" name="jsonld" /> Salary facts for search engines (schema.org Occupation, JSON-LD)</label>
    <label><input type="checkbox" name="pin" checked /> Pin this release of the widget (integrity hash)</label>
    <p class="pin-note" hidden>Pinning needs <code>integrity.json</code>, which <code>make build</code> writes next to the widget.</p>
  </fieldset>
`;

// dist/integrity.json, written by `make build` (not by `make serve`): the release's version and
// the entry's SRI hash, so a pasted snippet loads and pins the release it was made from.
async function release() {
  try {
    const response = await fetch(new URL('integrity.json', document.baseURI), { cache: 'no-store' });
    const found = response.ok ? await response.json() : {};
    return { version: found.version ?? null, integrity: found['career-widget.js'] ?? null };
  } catch {
    return { version: null, integrity: null };
  }
}

// lang/snippet.json, written by `make build`: the fallback text in every language the widget
// speaks. Until it is here (or if it cannot be had) the snippet has no fallback text.
async function snippetWords() {
  try {
    const response = await fetch(new URL('lang/snippet.json', document.baseURI));
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

// Beside the snippet: the reservation for the blog's stylesheet, when the author chooses it. Constant
// markup, as FIELDS.
const RULE_BOX = `
  <div class="snippet stylesheet-rule" hidden>
    <p class="snippet-label">And this in your site's stylesheet, for every post with a widget (a
      Content-Security-Policy with <code>style-src 'self'</code> refuses a <code>&lt;style&gt;</code> in the post):</p>
    <pre><code id="rule"></code></pre>
    <button id="copy-rule" type="button">Copy the rule</button>
    <span id="copy-rule-status" class="copy-status" role="status"></span>
  </div>
`;

// Clipboard refused (permissions, an insecure page): the text is selected for a manual copy.
async function copy(code, status) {
  try {
    await navigator.clipboard.writeText(code.textContent);
    status.textContent = 'Copied.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
}

const PREVIEWED = ['career', 'years', 'view', 'layout', 'theme', 'locale'];

/** Gives the preview widget the snippet's attributes (all but `src`). */
export function setPreviewAttributes(preview, attrs) {
  for (const name of PREVIEWED) {
    const value = attrs.find(([n]) => n === name)?.[1];
    if (value === undefined) preview.removeAttribute(name);
    else if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  }
}

/**
 * Wires a generator form. `careers()` gives the dataset's careers (none while it is invalid);
 * `datasetUrl()`, on the authoring page, where the author will host the dataset (the snippet's
 * `src`); `showInPreview(attrs)`, how the preview takes the attributes (the authoring page holds
 * them back until the preview has the dataset they name). Returns `refresh`, to call when the
 * careers or the URL change.
 */
export function generator({
  form,
  snippet,
  copyButton,
  copyStatus,
  preview,
  careers,
  language = () => 'en',
  datasetUrl = () => null,
  showInPreview = (attrs) => setPreviewAttributes(preview, attrs),
}) {
  form.insertAdjacentHTML('beforeend', FIELDS);
  const fields = form.elements;
  snippet.closest('.snippet').insertAdjacentHTML('afterend', RULE_BOX);
  const ruleBox = snippet.closest('.snippet').nextElementSibling;
  const rule = ruleBox.querySelector('#rule');
  const ruleStatus = ruleBox.querySelector('#copy-rule-status');
  rule.textContent = stylesheetReservation();
  fields.script.value = SCRIPT_URL;
  let integrity = null;
  let words = null;

  function chosenCareer() {
    const list = careers();
    return list.find((c) => c.id === fields.career.value) ?? list[0];
  }

  function attributes() {
    const attrs = [];
    const src = datasetUrl();
    if (src) attrs.push(['src', src]);
    const career = chosenCareer();
    if (career) attrs.push(['career', career.id]);
    attrs.push(['years', fields.years.value]);
    if (fields.view.value !== 'both') attrs.push(['view', fields.view.value]);
    if (fields.layout.value !== 'compact') attrs.push(['layout', fields.layout.value]);
    if (fields.theme.value !== 'auto') attrs.push(['theme', fields.theme.value]);
    if (fields.locale.value) attrs.push(['locale', fields.locale.value]);
    return attrs.filter(([, value]) => value !== '');
  }

  function syncCareers() {
    const list = careers();
    const select = fields.career;
    const ids = list.map((c) => c.id).join('\n');
    if (select.dataset.ids === ids) return;
    const keep = select.value;
    select.replaceChildren(...list.map((c) => new Option(c.title, c.id, false, c.id === keep)));
    select.dataset.ids = ids;
    select.disabled = list.length < 2;
  }

  function refresh() {
    syncCareers();
    const attrs = attributes();
    const career = chosenCareer();
    showInPreview(attrs);
    fields.pin.disabled = !integrity;
    fields.stylesheet.disabled = !fields.reserve.checked;
    const inStylesheet = fields.reserve.checked && fields.stylesheet.checked;
    ruleBox.hidden = !inStylesheet;
    snippet.textContent = embedSnippet({
      scriptUrl: fields.script.value.trim() || SCRIPT_URL,
      integrity: fields.pin.checked && integrity,
      attributes: attrs,
      career,
      lang: language(),
      locale: fields.locale.value,
      reserve: fields.reserve.checked && !inStylesheet,
      fallback: fields.fallback.checked && words && fallbackSentence(words, language()),
      jsonLd: fields.jsonld.checked,
    });
    copyStatus.textContent = '';
  }

  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
  form.addEventListener('submit', (e) => e.preventDefault());

  copyButton.addEventListener('click', () => copy(snippet, copyStatus));
  ruleBox.querySelector('#copy-rule').addEventListener('click', () => copy(rule, ruleStatus));

  // Keep the generator in step when the reader moves the preview's own slider.
  preview.addEventListener('career-widget-change', (e) => {
    fields.years.value = String(e.detail.years);
    if (e.detail.career && careers().some((c) => c.id === e.detail.career)) fields.career.value = e.detail.career;
    refresh();
  });

  Promise.all([release(), snippetWords()]).then(([{ version, integrity: hash }, found]) => {
    integrity = hash;
    words = found;
    // Unless the author has already said where (their URL stays while the page is open).
    if (version && fields.script.value === SCRIPT_URL) fields.script.value = releaseUrl(version);
    form.querySelector('.pin-note').hidden = Boolean(hash);
    refresh();
  });
  refresh();
  return refresh;
}
