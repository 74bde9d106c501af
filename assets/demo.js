// The demo page's embed-code generator, for the bundled dataset (dist/careers.json, the same
// file the wasm embeds): its careers fill the picker, the fallback text and the JSON-LD.
import { generator } from './generator.js';

async function bundledCareers() {
  try {
    const response = await fetch(new URL('careers.json', document.baseURI));
    return response.ok ? (await response.json()).careers : [];
  } catch {
    return [];
  }
}

const careers = [];
const refresh = generator({
  form: document.querySelector('#generator-form'),
  snippet: document.querySelector('#snippet'),
  copyButton: document.querySelector('#copy'),
  copyStatus: document.querySelector('#copy-status'),
  preview: document.querySelector('#preview'),
  careers: () => careers,
});
careers.push(...(await bundledCareers()));
refresh();
