import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** The marker authors wrap around one occurrence that must not be linked. */
export const SUPPRESS_OPEN = '<span data-no-glossary>';

/**
 * Text nodes inside `<span data-no-glossary>…</span>` in plain Markdown, where raw HTML arrives as separate
 * `html` siblings around the text rather than as a parent (in MDX the span is an element and is ignored as such).
 */
export function suppressedTexts(tree: Root): Set<Text> {
  const suppressed = new Set<Text>();
  visit(tree, (node) => {
    if (!('children' in node)) return;
    let inside = false;
    for (const child of node.children) {
      if (child.type === 'html') {
        const value = child.value.trim();
        if (value === SUPPRESS_OPEN) inside = true;
        else if (inside && value === '</span>') inside = false;
      } else if (inside) {
        visit(child, 'text', (text) => {
          suppressed.add(text);
        });
      }
    }
  });
  return suppressed;
}
