// What an element shows before the wasm is ready, and instead of the widget when it cannot run:
// the career's name and median in the space the widget will take, or the failure message.
/* global WIDGET_CSS */
import { languageOf, loaderWords } from './language.mjs';

// The bundled career's headline. tests/loader_summary.rs checks it against assets/careers.json,
// so the two cannot disagree.
export const SUMMARY = {"id":"customer-support-manager","title":"Customer Support Manager","summary":"A Customer Support Manager is responsible for leading and overseeing customer service teams to ensure outstanding support experiences. They develop customer service strategies, manage daily operations, and act as a bridge between customers and internal departments, driving satisfaction, retention, and brand loyalty.","median":85000,"currency":"USD","region":"US"};

// One constructed stylesheet for every shadow root, widget and summary alike: no <style>
// element and no style attribute, so a strict CSP is fine. The wasm keeps it adopted.
let sheet;

// Attribute values as the widget reads them (src/embed/attrs.rs): trimmed, ASCII letters in any
// case. tests/fixtures/attribute-mirrors.json holds both sides to the same answers.
const plain = (value) => value.trim().replace(/[A-Z]/g, (c) => c.toLowerCase());

export function themeOf(value) {
  const theme = plain(value ?? '');
  return theme === 'light' || theme === 'dark' ? theme : 'auto';
}

export function isFullLayout(value) {
  return plain(value ?? '') === 'full';
}

/** The widget's top heading level (`heading-level`): one digit from 1 to 6, else 2. */
export function headingLevelOf(value) {
  const level = (value ?? '').trim();
  return /^[1-6]$/.test(level) ? Number(level) : 2;
}

export function isBundledCareer(value) {
  return plain(value ?? SUMMARY.id) === SUMMARY.id;
}

/** The median as the widget writes money (src/embed/intl.rs; a test in tests/e2e compares them):
 * for `locale` if the browser takes it, else for the widget's language (`fallback`). */
export function money(amount, currency, locale, fallback) {
  const options = { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 };
  let format;
  try {
    format = new Intl.NumberFormat(locale || fallback, options);
  } catch {
    format = new Intl.NumberFormat(fallback, options);
  }
  // A browser with no language of its own (LANG=C) reports a POSIX locale that does not group
  // digits; the widget reads that as no preference, and so does this.
  if (format.resolvedOptions().locale.includes('-u-va-posix')) format = new Intl.NumberFormat('en-US', options);
  return format.format(amount);
}

function text(tag, className, content) {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
}

/** Runs `fn` once the next frame has been painted. */
export function afterPaint(fn) {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/**
 * Shows the loading summary in `host`'s shadow root (attaching an open one if needed) and
 * returns its card. Throws when the element already has a closed shadow root (someone else's);
 * the caller then leaves that element alone. `equip` is called with a shadow root the first time
 * it is taken.
 */
export function showSummary(host, equip) {
  let root = host.shadowRoot;
  if (!root) {
    root = host.attachShadow({ mode: 'open' });
    equip(root);
  }
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
  }
  root.adoptedStyleSheets = [sheet];
  const card = document.createElement('article');
  const language = languageOf(host);
  const full = isFullLayout(host.getAttribute('layout'));
  // In the compact layout the card takes the widget's own height (widget.css), and the summary
  // its first lines, as the widget shows them.
  card.className = full ? 'cw cwp' : 'cw cwp cw-compact';
  const title = `h${headingLevelOf(host.getAttribute('heading-level'))}`;
  card.dataset.theme = themeOf(host.getAttribute('theme'));
  const header = document.createElement('header');
  header.className = 'cw-header';
  if (!host.getAttribute('src')?.trim() && isBundledCareer(host.getAttribute('career'))) {
    header.append(text(title, 'cw-title', SUMMARY.title), text('p', full ? 'cw-summary' : 'cw-summary cw-clamp', SUMMARY.summary));
    // The bundled career is in English, as the widget marks it.
    if (language.code !== 'en') for (const el of header.children) el.lang = 'en';
    card.append(header);
    // The figure comes a frame later: the page's first Intl.NumberFormat costs tens of
    // milliseconds (ICU starting up) that the summary's first paint should not wait for.
    card.append(text('p', 'cwp-figure', '\u00a0'));
  } else {
    header.append(text(title, 'cw-title', '\u00a0'));
    card.append(header);
  }
  card.append(text('p', 'cwp-status', '\u00a0'));
  // The words at once in English, in another language once its words are here (the lines keep
  // their place meanwhile); the figure a frame later: the page's first Intl.NumberFormat costs
  // tens of milliseconds (ICU starting up) that the summary's first paint should not wait for.
  const say = () => {
    const words = loaderWords(language.code, say);
    if (!words || card.classList.contains('cwp-failed')) return;
    const figure = card.querySelector('.cwp-figure');
    if (!figure) card.querySelector('.cw-title').textContent = words.title;
    card.querySelector('.cwp-status').textContent = words.loading;
    afterPaint(() => {
      const amount = figure && money(SUMMARY.median, SUMMARY.currency, host.getAttribute('locale')?.trim(), language.tag);
      if (figure) figure.textContent = words.median.replace('{amount}', amount).replace('{region}', SUMMARY.region);
    });
  };
  say();
  const frame = document.createElement('div');
  frame.className = 'cw-root';
  // As the widget's own root (src/embed/element.rs): its language and direction, whatever the
  // page's.
  frame.lang = language.code;
  frame.dir = language.rtl ? 'rtl' : 'ltr';
  frame.append(card);
  root.replaceChildren(frame);
  return card;
}

/** Shows the failure message in place of the widget; false when the element is not ours. */
export function showFailure(host, reason, equip) {
  try {
    const card = showSummary(host, equip);
    card.classList.add('cwp-failed');
    card.setAttribute('role', 'alert');
    // In English until the language's words are here (a failure does not wait).
    const words = loaderWords(languageOf(host).code) ?? loaderWords('en');
    const why = { 'an internal error': words.failed_internal, 'a file failed to load': words.failed_load }[reason] ?? reason;
    card.querySelector('.cwp-status').textContent = words.failed.replace('{reason}', why);
    return true;
  } catch {
    return false;
  }
}
