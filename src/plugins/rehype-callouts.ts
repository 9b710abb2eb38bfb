import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const labels: Record<string, string> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
};

/**
 * Turns the blocks `remark-github-blockquote-alert` produces for `> [!WARNING]` into labelled notes:
 * `role="note"` (an `<aside>` inside `<main>` would be a misplaced landmark), a readable title instead of
 * the shouted `WARNING`, and an accessible name so screen readers announce the kind before the text.
 *
 * @example
 * // > [!WARNING]
 * // > Wait for event 30024.
 * // → <div class="callout callout-warning" role="note" aria-label="Warning">
 * //     <p class="callout-title"><svg aria-hidden="true">…</svg>Warning</p><p>Wait for event 30024.</p></div>
 */
export default function rehypeCallouts() {
  return (tree: Root) => {
    // Code blocks hold no callouts, only Shiki's many token spans: never walk into them.
    visit(tree, 'element', (node: Element) => (node.tagName === 'pre' ? SKIP : toCallout(node)));
  };
}

function toCallout(node: Element): void {
  const classes = node.properties['className'];
  if (!Array.isArray(classes) || !classes.includes('markdown-alert')) return;
  const type = classes.find((c) => typeof c === 'string' && c.startsWith('markdown-alert-'));
  const kind = typeof type === 'string' ? type.slice('markdown-alert-'.length) : 'note';
  const label = labels[kind] ?? 'Note';
  node.tagName = 'div';
  node.properties = { className: ['callout', `callout-${kind}`], role: 'note', ariaLabel: label };
  const title = node.children.find(
    (c): c is Element => c.type === 'element' && String(c.properties['className']).includes('markdown-alert-title'),
  );
  if (!title) return;
  title.properties = { className: ['callout-title'] };
  title.children = title.children.map((c) => (c.type === 'text' ? { ...c, value: label } : c));
}
