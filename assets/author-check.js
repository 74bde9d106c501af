// The authoring page opened from disk (a file: URL): browsers run no module script there, so
// author.js would never start and the page would do nothing. This classic script still runs,
// and says in plain words how to open the page instead.
if (location.protocol === 'file:') {
  document.addEventListener('DOMContentLoaded', () => {
    const note = document.createElement('p');
    note.id = 'opened-from-disk';
    note.className = 'verdict';
    note.dataset.state = 'invalid';
    note.setAttribute('role', 'alert');
    note.textContent =
      'This page does not work opened from a file: browsers do not run its scripts from disk. ' +
      'Serve the folder it is in and open it from there: for example, run "npx serve" in that folder ' +
      'and open http://localhost:3000/author.html, or run "python3 -m http.server" and open ' +
      'http://localhost:8000/author.html.';
    document.querySelector('main').prepend(note);
  });
}
