import { renderExcerpt } from './search-excerpt.ts';
import type { PageHit, SectionHit } from './search-rank.ts';

const MAX_SECTIONS = 4;

function link(href: string, title: string, excerpt: string, className?: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  if (className) a.className = className;
  const t = document.createElement('span');
  t.className = 'search-result-title';
  t.textContent = title;
  const ex = document.createElement('span');
  ex.className = 'search-excerpt';
  ex.append(...renderExcerpt(excerpt));
  a.append(t, ex);
  return a;
}

/**
 * One result: the page as a link with its excerpt, then up to four sections as nested links, best first.
 * Titles go in as text, excerpts through {@link renderExcerpt}: nothing from the index is parsed as markup.
 */
export function renderPage(result: PageHit<SectionHit>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = result.meta['title'] ?? result.url;
  const phase = result.meta['phase'];
  item.append(link(result.url, phase && !title.startsWith(phase) ? `${phase}: ${title}` : title, result.excerpt, 'search-result-page'));
  const sections = result.sub_results.filter((s) => s.url !== result.url && s.title !== title).slice(0, MAX_SECTIONS);
  if (sections.length) {
    const sub = document.createElement('ul');
    sub.setAttribute('aria-label', `Sections of ${title}`);
    for (const s of sections) {
      const li = document.createElement('li');
      li.append(link(s.url, s.title, s.excerpt));
      sub.append(li);
    }
    item.append(sub);
  }
  return item;
}
