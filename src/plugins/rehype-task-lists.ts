import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Replaces GFM task-list checkboxes (`- [ ] …`) with a drawn box. A disabled `<input>` on screen looks like
 * a control that does not work; a drawn box reads as "tick this on paper" in print and costs nothing
 * without JavaScript. Lists made of such items get the class `checklist`; `[x]` items keep `data-checked`.
 *
 * @example
 * // - [ ] RegistrarPool is pool13
 * // → <ul class="checklist"><li class="check-item"><span class="check-box" aria-hidden="true"></span>
 * //     <div class="check-text"> RegistrarPool is pool13</div></li></ul>
 */
export default function rehypeTaskLists() {
  return (tree: Root) => {
    // One pass, never into code blocks: this runs after Shiki, whose token spans make every walk costly.
    visit(tree, 'element', (node: Element) => (node.tagName === 'pre' ? SKIP : rewrite(node)));
  };
}

function rewrite(node: Element): void {
  const classes = node.properties['className'];
  if (!Array.isArray(classes)) return;
  if ((node.tagName === 'ul' || node.tagName === 'ol') && classes.includes('contains-task-list')) {
    node.properties['className'] = ['checklist'];
    return;
  }
  if (node.tagName !== 'li' || !classes.includes('task-list-item')) return;
  const owner = node.children[0]?.type === 'element' && node.children[0].tagName === 'p' ? node.children[0] : node;
  const inputAt = owner.children.findIndex((c) => c.type === 'element' && c.tagName === 'input');
  if (inputAt === -1) return;
  const input = owner.children[inputAt] as Element;
  const box: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['check-box'], ariaHidden: 'true' },
    children: [],
  };
  owner.children.splice(inputAt, 1);
  // The text goes in its own block so the flex row keeps links and code inline with the words around them.
  const text: Element = { type: 'element', tagName: 'div', properties: { className: ['check-text'] }, children: owner === node ? node.children : [owner, ...node.children.slice(1)] };
  node.children = [box, text];
  node.properties = { className: ['check-item'], ...(input.properties['checked'] ? { dataChecked: '' } : {}) };
}
