import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

// Properties (as hast names them) that hold id references, as space-separated lists or as one id.
const idLists = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'ariaOwns', 'ariaFlowTo', 'htmlFor', 'headers'];
const idRefs = ['ariaActiveDescendant', 'ariaDetails', 'ariaErrorMessage', 'form', 'list'];

/**
 * Prefixes every id in an HTML fragment, and every reference to those ids inside it (`aria-describedby`,
 * `aria-labelledby`, `for`, `headers`, `href="#…"` and the like), so several rendered pages can share one
 * document: the binder repeats headings, step ids and glossary definition ids from page to page, and an
 * `aria-describedby` that names a repeated id describes the wrong term. References to ids outside the fragment
 * are left as they are.
 *
 * @example scopeIds('<a aria-describedby="d">CMS</a><span id="d">…</span>', 'p4--')
 * // '<a aria-describedby="p4--d">CMS</a><span id="p4--d">…</span>'
 */
export function scopeIds(html: string, prefix: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
  });
  if (ids.size === 0) return html;
  const scoped = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    if (typeof props['id'] === 'string') props['id'] = scoped(props['id']);
    for (const name of idLists) {
      const value = props[name];
      if (Array.isArray(value)) props[name] = value.map((v) => scoped(String(v)));
    }
    for (const name of idRefs) {
      if (typeof props[name] === 'string') props[name] = scoped(props[name]);
    }
    const href = props['href'];
    if (typeof href === 'string' && href.startsWith('#')) props['href'] = `#${scoped(decodeURIComponent(href.slice(1)))}`;
  });
  return toHtml(tree);
}
