// The widget's language for an element: the element's `lang` as HTML defines it (its own, else
// the nearest ancestor's), matched by BCP 47 lookup among the languages the widget speaks;
// without any, the reader's browser languages; then English. The loader draws its summary in it
// (English's words are in the entry, LOADER_WORDS; another language's come in lang/<code>.json,
// fetched once per page), and the wasm gets the language's widget words (English's are compiled
// in).
/* global LOADER_WORDS, LANG_INTEGRITY */

// The languages the widget speaks (assets/lang/*.json), by BCP 47 primary language subtag.
export const LANGUAGES = ['en', 'de', 'es', 'fr', 'pt', 'ja', 'ar'];
const RIGHT_TO_LEFT = ['ar', 'he', 'fa', 'ur'];

/** The best of LANGUAGES for a BCP 47 tag by lookup ("de-AT" → "de"), or undefined. */
export function lookup(tag) {
  let range = String(tag ?? '').trim().toLowerCase();
  while (range) {
    if (LANGUAGES.includes(range)) return range;
    const cut = range.lastIndexOf('-');
    range = cut < 0 ? '' : range.slice(0, cut).replace(/-[a-z0-9]$/, '');
  }
  return undefined;
}

/**
 * The language for a page language (`lang` of the element or an ancestor; undefined when none
 * says) and the browser's languages: `{ code, tag, rtl }`, where `code` is the widget's language
 * and `tag` the locale its numbers follow (the page's own tag when the widget speaks it).
 */
export function chooseLanguage(pageTag, browserTags = []) {
  const tags = pageTag === undefined ? browserTags : [pageTag];
  for (const tag of tags) {
    const code = lookup(tag);
    if (code) return { code, tag: String(tag).trim(), rtl: RIGHT_TO_LEFT.includes(code) };
  }
  return { code: 'en', tag: 'en', rtl: false };
}

/** The element's language: its `lang` or the nearest ancestor's (`lang=""` says "unknown"). */
export function languageOf(host) {
  const marked = host.closest('[lang]');
  const pageTag = marked?.getAttribute('lang').trim() || undefined;
  return chooseLanguage(pageTag, navigator.languages ?? [navigator.language]);
}

const packs = new Map(); // code -> its words { loader, widget }, null (none: English), or a Promise
const PACKS_URL = new URL('./lang/', import.meta.url);

/**
 * The words of `code` other than English (lang/<code>.json: `loader`, the summary's and the
 * failure message's; `widget`, the list the wasm reads), fetched once per page with their SRI
 * hash: the pack, null when it could not be loaded (English is used), or undefined while it is on
 * its way, when `ready` is called once it has arrived or failed.
 */
function pack(code, ready) {
  const known = packs.get(code);
  if (known === null || (known && !(known instanceof Promise))) return known;
  if (!known) {
    const integrity = LANG_INTEGRITY[code];
    const loading = fetch(new URL(`${code}.json`, PACKS_URL), integrity ? { integrity } : {})
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json();
      })
      .then(
        (words) => packs.set(code, words),
        (error) => {
          packs.set(code, null);
          console.warn(`<career-widget> could not load its words for lang="${code}" (${error.message}); using English.`);
        },
      );
    packs.set(code, loading);
  }
  packs.get(code).then(ready);
  return undefined;
}

/**
 * The loader's words for `code` (the summary and the failure message): English's are in the
 * entry, another language's come with its pack. Undefined while that pack is on its way
 * (`ready` is called when it is here).
 */
export function loaderWords(code, ready = () => {}) {
  if (code === 'en') return LOADER_WORDS.en;
  const words = pack(code, ready);
  return words === undefined ? undefined : (words?.loader ?? LOADER_WORDS.en);
}

/**
 * What the wasm is given for the element: `{ code, tag, words }`, `words` undefined for English.
 * Null while the language's words are on their way: `ready` is called once they have arrived
 * (or could not, and English is used).
 */
export function wasmLanguage(host, ready) {
  const { code, tag } = languageOf(host);
  if (code === 'en') return { code, tag };
  const words = pack(code, ready);
  if (words === undefined) return null;
  return words ? { code, tag, words: words.widget } : { code: 'en', tag };
}
