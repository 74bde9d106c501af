// Bytes of every file one widget loads, raw, gzip and brotli (shared by the size guard and
// the benchmark).
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const WIDGET_FILES = ['career-widget.js', 'career-widget-app_bg.wasm'];

export async function widgetSizes(distUrl) {
  const files = [];
  for (const name of WIDGET_FILES) {
    const bytes = await readFile(new URL(name, distUrl));
    files.push({
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = { name: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of ['raw', 'gzip', 'brotli']) total[k] += f[k];
  return { files, total };
}
