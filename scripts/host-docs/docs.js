// The documentation theme's own script, doing what such scripts do when a page loads: highlight
// the code blocks, build a search index of the sections, and mark the section being read.
(function () {
  for (const code of document.querySelectorAll('pre code')) {
    code.innerHTML = code.textContent
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/('[^']*')/g, '<span class="tok-string">$1</span>')
      .replace(/(\s)(--[a-z-]+)/g, '$1<span class="tok-flag">$2</span>');
  }
  const index = [...document.querySelectorAll('main section')].map((section) => ({
    id: section.id,
    words: new Set(section.textContent.toLowerCase().split(/\W+/).filter(Boolean)),
  }));
  const search = document.getElementById('search');
  search.addEventListener('input', () => {
    const words = search.value.toLowerCase().split(/\W+/).filter(Boolean);
    for (const { id, words: have } of index) {
      document.getElementById(id).hidden = words.length > 0 && !words.every((w) => [...have].some((h) => h.startsWith(w)));
    }
  });
  const links = new Map([...document.querySelectorAll('.toc a')].map((a) => [a.getAttribute('href').slice(1), a]));
  new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) for (const [id, a] of links) a.classList.toggle('current', id === e.target.id);
  }).observe(document.querySelector('main section'));
})();
