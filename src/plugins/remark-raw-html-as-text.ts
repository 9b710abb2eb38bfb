import type { Html, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { isSuppressMarker, noGlossaryNode } from '../lib/glossary-suppress.ts';

/** Parents whose children are inline (phrasing) content; anywhere else raw HTML was a block of its own. */
const phrasingParents = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'noGlossary']);

/**
 * Shows raw HTML written in Markdown as literal text instead of passing it to the page. Glossary terms are
 * plain Markdown, where `<script>` or `<img onerror=…>` would otherwise reach readers, popovers and the search
 * index as live markup. Guide pages are MDX, which has no raw HTML node (tags there are JSX, checked by the
 * MDX compiler), so this only ever changes `.md` files. Takes no options.
 *
 * The one exception is the glossary's suppression marker: an inline `<span data-no-glossary>` and the next
 * `</span>` in the same parent become one `noGlossary` node around what lies between (see
 * src/lib/glossary-suppress.ts), which renders as that span with nothing but the attribute. Anything else,
 * including a span with other attributes or an unpaired marker, is text like all raw HTML.
 *
 * @example
 * // A definition with <b>bold</b> and <script>alert(1)</script>.
 * // → <p>A definition with &lt;b&gt;bold&lt;/b&gt; and &lt;script&gt;alert(1)&lt;/script&gt;.</p>
 * // The <span data-no-glossary>pilot pool</span> stays plain.
 * // → <p>The <span data-no-glossary="">pilot pool</span> stays plain.</p>
 */
export default function remarkRawHtmlAsText() {
  return (tree: Root) => {
    // The visitor replaces a parent's children before the walk descends into them, so html inside a new
    // noGlossary node is turned into text on the way down.
    visit(tree, (node) => {
      if ('children' in node) rewrite(node);
    });
  };
}

function rewrite(parent: Parent): void {
  const inline = phrasingParents.has(parent.type);
  const children = parent.children;
  if (!children.some((child) => child.type === 'html')) return;
  const result: RootContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'html') {
      result.push(child);
      continue;
    }
    const close = inline && isSuppressMarker(child.value, 'open') ? children.findIndex((c, j) => j > i && c.type === 'html' && isSuppressMarker(c.value, 'close')) : -1;
    if (close === -1) {
      result.push(asText(child, inline));
      continue;
    }
    const end = children[close]!.position?.end;
    const position = child.position && end ? { start: child.position.start, end } : undefined;
    // Children of an inline parent are phrasing content.
    result.push(noGlossaryNode(children.slice(i + 1, close) as PhrasingContent[], position));
    i = close;
  }
  parent.children = result;
}

/** Inline HTML stays inline; a block of raw HTML becomes a paragraph of text. */
function asText(node: Html, inline: boolean): Text | Paragraph {
  const text: Text = { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) };
  return inline ? text : { type: 'paragraph', children: [text] };
}
