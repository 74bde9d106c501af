// The authoring page (author.html): a dataset typed, pasted or opened here is checked by
// `career-data validate`'s own validator (validator.mjs) as it changes; the last
// version without problems drives the preview widget, through a blob: URL as its `src`, and the
// embed-code generator. Nothing leaves the page: no request is made but for this page's own files.
import './career-widget.js'; // defines the preview's <career-widget>
import { datasetProblems } from './validator.mjs';
import { generator, setPreviewAttributes } from './generator.js';

const input = document.querySelector('#dataset');
const verdict = document.querySelector('#verdict');
const problemList = document.querySelector('#problems');
const previewBox = document.querySelector('#preview-box');
const langField = document.querySelector('#dataset-lang');
const preview = document.querySelector('#preview');
const previewNote = document.querySelector('#preview-note');
const form = document.querySelector('#generator-form');

// A file this large is refused before it is read (the validator's own limit is far lower): a
// textarea holding hundreds of megabytes would freeze the page.
const MAX_OPEN_BYTES = 16 * 1024 * 1024;

let accepted = []; // the careers of the last version without problems
let acceptedLang = 'en'; // and the language of its text
let previewUrl; // its blob: URL, the preview's `src`
let checks = 0; // numbers the checks, so that a slower, older one cannot overwrite a newer one
let queued = false;
let previewing; // the timer that updates the preview
let previewAttrs = []; // the generator's latest attributes for it
let behind = false; // whether the preview still shows an older dataset than `accepted`
const PREVIEW_PAUSE_MS = 400;

const refresh = generator({
  form,
  snippet: document.querySelector('#snippet'),
  copyButton: document.querySelector('#copy'),
  copyStatus: document.querySelector('#copy-status'),
  preview,
  careers: () => accepted,
  language: () => acceptedLang,
  datasetUrl: () => form.elements.src.value.trim() || null,
  // Held back while the preview has an older dataset: it may lack the career they name.
  showInPreview: (attrs) => {
    previewAttrs = attrs;
    if (!behind) setPreviewAttributes(preview, attrs);
  },
});

function show(state, message, problems = []) {
  verdict.dataset.state = state;
  verdict.textContent = message;
  problemList.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement('li');
      item.textContent = problem;
      return item;
    }),
  );
}

async function check() {
  const number = ++checks;
  const text = input.value;
  if (!text.trim()) {
    show('empty', 'Paste a dataset, open a file, or start from the example.');
    return;
  }
  let problems;
  try {
    problems = await datasetProblems(text);
  } catch (error) {
    if (number === checks) show('invalid', error.message);
    return;
  }
  if (number !== checks) return;
  if (problems.length) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    show('invalid', `${count}: a widget would show an error message instead of this dataset.`, problems);
    return;
  }
  show('valid', 'No problems: a widget shows this dataset.');
  const dataset = JSON.parse(text.replace(/^\uFEFF/, ''));
  accepted = dataset.careers;
  acceptedLang = dataset.lang ?? 'en';
  // Unless the author is typing in it.
  if (document.activeElement !== langField) langField.value = acceptedLang;
  behind = true;
  refresh();
  clearTimeout(previewing);
  previewing = setTimeout(() => showPreview(text), PREVIEW_PAUSE_MS);
}

// The preview follows once typing pauses, not at every key: each version is a new dataset for
// the widget to read and check (it lets go of a `blob:` one once no widget names it).
function showPreview(text) {
  const old = previewUrl;
  previewUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  // The src first: while its dataset loads, the career it names is not looked up yet.
  preview.setAttribute('src', previewUrl);
  behind = false;
  setPreviewAttributes(preview, previewAttrs);
  if (old) URL.revokeObjectURL(old);
  previewBox.hidden = previewNote.dataset.state === 'invalid';
}

// A Content-Security-Policy without blob: in connect-src (the README's strict one, say) refuses
// the preview's dataset: say so, and what to add, instead of a widget that cannot show it.
document.addEventListener('securitypolicyviolation', (event) => {
  if (!event.blockedURI.startsWith('blob') || !/^(connect-src|default-src)/.test(event.effectiveDirective)) return;
  previewBox.hidden = true;
  previewNote.dataset.state = 'invalid';
  previewNote.setAttribute('role', 'status');
  previewNote.textContent =
    "This site's Content-Security-Policy does not let the page read the preview's dataset (a blob: URL), " +
    "so there is no preview here: add blob: to the policy's connect-src (for example connect-src 'self' blob:) " +
    'to preview on this site. The problems above and the embed code below work without it.';
});

// One check per frame however fast the typing.
function checkSoon() {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    check();
  });
}

input.addEventListener('input', checkSoon);

// The language field writes `lang` into the dataset (after `schema_version`, where `career-data
// new` puts it), reformatted; an empty field removes it (English, the default). The validator
// then says whether the tag is one.
langField.addEventListener('change', () => {
  let dataset;
  try {
    dataset = JSON.parse(input.value.replace(/^\uFEFF/, ''));
  } catch {
    dataset = undefined;
  }
  if (!dataset || typeof dataset !== 'object' || Array.isArray(dataset)) {
    show('invalid', 'The language is written into the dataset once the dataset is JSON: fix it first.');
    return;
  }
  const { schema_version, lang, ...rest } = dataset;
  const tag = langField.value.trim();
  input.value = JSON.stringify({ schema_version, ...(tag ? { lang: tag } : {}), ...rest }, null, 2);
  check();
});

document.querySelector('#open').addEventListener('change', async (event) => {
  const [file] = event.target.files;
  if (!file) return;
  if (file.size > MAX_OPEN_BYTES) {
    show('invalid', `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB: too large to be a dataset.`);
    return;
  }
  input.value = await file.text();
  check();
});

document.querySelector('#example').addEventListener('click', async () => {
  try {
    const response = await fetch(new URL('careers.json', document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    input.value = await response.text();
    check();
  } catch (error) {
    show('invalid', `The example (careers.json, next to this page) could not be loaded: ${error.message}.`);
  }
});

// Text already there when this module runs (typed or pasted before it loaded, or restored by the
// browser on going back to the page) is checked too.
if (input.value.trim()) check();
