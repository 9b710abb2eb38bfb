/**
 * When a reader arrives from a search result (`?highlight=…`), marks the matched words on the page using
 * Pagefind's own highlighter. Loaded only on such visits, so ordinary page views fetch nothing extra.
 */
export function initSearchHighlight(): void {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  const base = document.documentElement.dataset['base'] ?? '/';
  const url = `${base}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }: { default: new (o: object) => unknown }) => {
      // addStyles would inject a <style> element, which the Content-Security-Policy blocks; base.css styles <mark>.
      new PagefindHighlight({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false });
    })
    .catch(() => {
      // No index (dev server): the page is still fully usable, only without the marks.
    });
}
