import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { PORTABLE_INDEX_GLOBAL, type PortablePage, type PortableSection } from './search-document.ts';

const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Reads what Pagefind would index from one built page, split into sections at headings with an `id`, so a
 * search hit can link straight to its section. Returns `undefined` for pages without `data-pagefind-body`.
 * Honours the same markers as Pagefind: `data-pagefind-ignore` subtrees are skipped, `data-pagefind-meta="title"`
 * names the page and `data-pagefind-filter="phase"` its phase.
 *
 * @example pageDocument(tree, 'phase-4/index.html') // { url, title: 'Phase 4: …', phase: 'Phase 4', sections: [...] }
 */
export function pageDocument(tree: Root, url: string): PortablePage | undefined {
  let body: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.properties['dataPagefindBody'] === undefined) return undefined;
    body = node;
    return SKIP;
  });
  if (!body) return undefined;
  const page: PortablePage = { url, title: '', sections: [] };
  let current: PortableSection = { anchor: '', title: '', text: '' };
  page.sections.push(current);
  visit(body, (node) => {
    if (node.type === 'text') current.text += node.value;
    if (node.type !== 'element') return undefined;
    const props = node.properties;
    if (props['dataPagefindIgnore'] !== undefined || node.tagName === 'script' || node.tagName === 'style') return SKIP;
    if (props['dataPagefindMeta'] === 'title') page.title = toText(node).trim();
    if (props['dataPagefindFilter'] === 'phase') page.phase = toText(node).trim();
    if (props['hidden'] !== undefined) return SKIP;
    if (SECTION_HEADINGS.has(node.tagName) && typeof props['id'] === 'string') {
      current = { anchor: props['id'], title: toText(node).trim(), text: '' };
      page.sections.push(current);
      return SKIP;
    }
    // Block boundaries become spaces so words from neighbouring cells or list items never run together.
    if (/^(p|li|td|th|pre|div|dd|dt|h1)$/.test(node.tagName)) current.text += ' ';
    return undefined;
  });
  page.sections[0]!.title = page.title;
  for (const s of page.sections) s.text = s.text.replace(/\s+/g, ' ').trim();
  page.sections = page.sections.filter((s) => s.anchor === '' || s.text !== '' || s.title !== '');
  return page;
}

/**
 * The portable index as a plain script that assigns a global: a `file:` page loads it with `<script src>`,
 * which works where `fetch` of a local file does not.
 *
 * @example indexScript(pages) // 'window.__LYNC_SEARCH__={"pages":[…]};'
 */
export function indexScript(pages: PortablePage[]): string {
  return `window.${PORTABLE_INDEX_GLOBAL}=${JSON.stringify({ pages })};\n`;
}
