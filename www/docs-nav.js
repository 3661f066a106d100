// Instant navigation, as documentation tools do it (MkDocs Material, Docusaurus, VitePress, Turbo, htmx):
// a click on a link of the site fetches the next page and swaps its <main> in place, without reloading.
// The widgets of the old page end with it and those of the new page come alive (widget.js follows the
// page), whichever form they use. An example of ours, for the two docs-*.html pages.
async function go(url, push) {
  const response = await fetch(url);
  if (!response.ok) { location.href = url; return; }
  const next = new DOMParser().parseFromString(await response.text(), 'text/html');
  document.querySelector('main').replaceWith(document.adoptNode(next.querySelector('main')));
  document.title = next.title;
  if (push) history.pushState(null, '', url);
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-instant]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
  event.preventDefault();
  go(link.href, true);
});
window.addEventListener('popstate', () => go(location.href, false));
