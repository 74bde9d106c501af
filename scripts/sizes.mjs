// Bytes of every file one widget loads, raw, gzip and brotli (shared by the size guard and
// the benchmark).
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { LANGUAGES } from '../assets/loader/language.mjs';

export const WIDGET_FILES = ['career-widget.js', 'career-widget-app_bg.wasm'];

async function sizeOf(name, distUrl) {
  const bytes = await readFile(new URL(name, distUrl));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (name, files) => {
  const total = { name, raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of ['raw', 'gzip', 'brotli']) total[k] += f[k];
  return total;
};

/**
 * What one reader loads: the entry and the wasm (`files`, `total`: an English reader's), and for
 * each other language its words file on top (`languages`: `{ code, pack, total }`); `largest` is
 * the language whose reader loads the most.
 */
export async function widgetSizes(distUrl) {
  const files = await Promise.all(WIDGET_FILES.map((name) => sizeOf(name, distUrl)));
  const total = sum('total', files);
  const languages = [{ code: 'en', pack: null, total }];
  for (const code of LANGUAGES.filter((c) => c !== 'en')) {
    const pack = await sizeOf(`lang/${code}.json`, distUrl);
    languages.push({ code, pack, total: sum(`total (${code})`, [...files, pack]) });
  }
  const largest = languages.reduce((a, b) => (b.total.brotli > a.total.brotli ? b : a));
  return { files, total, languages, largest };
}
