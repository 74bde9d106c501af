// The demo page's embed-code generator: form → live preview attributes → copyable snippet.
// A module file, not inline script, so the demo page works under a strict CSP too.
const form = document.querySelector('#generator-form');
const preview = document.querySelector('#preview');
const snippet = document.querySelector('#snippet');
const status = document.querySelector('#copy-status');
const scriptUrl = new URL('career-widget.js', document.baseURI).href;

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attributes() {
  const data = new FormData(form);
  const attrs = [['career', data.get('career')], ['years', data.get('years')]];
  if (data.get('view') !== 'both') attrs.push(['view', data.get('view')]);
  if (data.get('theme') !== 'auto') attrs.push(['theme', data.get('theme')]);
  if (data.get('locale')) attrs.push(['locale', data.get('locale')]);
  return attrs.filter(([, v]) => v !== null && v !== '');
}

function update() {
  const attrs = attributes();
  for (const name of ['view', 'theme', 'locale']) preview.removeAttribute(name);
  for (const [name, value] of attrs) preview.setAttribute(name, value);
  const list = attrs.map(([n, v]) => ` ${n}="${escapeAttr(String(v))}"`).join('');
  snippet.textContent = `<script type="module" src="${scriptUrl}"></script>\n<career-widget${list}></career-widget>`;
  status.textContent = '';
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());

document.querySelector('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    status.textContent = 'Copied.';
  } catch {
    // Clipboard refused (permissions, an insecure page): select the text for a manual copy.
    const range = document.createRange();
    range.selectNodeContents(snippet);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
});

// Keep the generator in step when the reader moves the preview's own slider.
preview.addEventListener('career-widget-change', (e) => {
  form.elements.years.value = String(e.detail.years);
  update();
});

update();
