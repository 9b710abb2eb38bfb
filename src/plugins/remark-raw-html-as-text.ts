import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** Parents whose children are inline (phrasing) content; anywhere else raw HTML was a block of its own. */
const phrasingParents = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

/**
 * Shows raw HTML written in Markdown as literal text instead of passing it to the page. Glossary terms are
 * plain Markdown, where `<script>` or `<img onerror=…>` would otherwise reach readers, popovers and the search
 * index as live markup. Guide pages are MDX, which has no raw HTML node (tags there are JSX, checked by the
 * MDX compiler), so this only ever changes `.md` files. Takes no options.
 *
 * @example
 * // A definition with <b>bold</b> and <script>alert(1)</script>.
 * // → <p>A definition with &lt;b&gt;bold&lt;/b&gt; and &lt;script&gt;alert(1)&lt;/script&gt;.</p>
 */
export default function remarkRawHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) };
      // Inline HTML stays inline; a block of raw HTML becomes a paragraph of text.
      parent.children[index] = (phrasingParents.has(parent.type) ? text : { type: 'paragraph', children: [text] }) as never;
    });
  };
}
