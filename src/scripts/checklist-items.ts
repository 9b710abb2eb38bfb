/** A step or Verify item found on the page, with what the record and the labels need to say about it. */
export interface CheckItem {
  element: HTMLLIElement;
  /** Page-local id set at build time, e.g. `move-a-single-user-to-the-pilot-pool/step-3`. */
  id: string;
  kind: 'step' | 'verify';
  /** The number a reader sees: the list number for steps, the position in the checklist for Verify items. */
  number: number;
  /** Title of the heading the id hangs from. */
  heading: string;
  /** Id and title of the `##` section the item is in. */
  sectionId: string;
  section: string;
  /** The item's words, whitespace collapsed, without controls. */
  text: string;
}

/**
 * Finds every step and Verify item in the main content, in reading order, and ties each one to its `##`
 * section. Both come from one document-order query so nothing has to be stamped on each item at build time.
 */
export function collectItems(root: ParentNode = document): CheckItem[] {
  const items: CheckItem[] = [];
  let sectionId = '';
  let section = '';
  for (const node of root.querySelectorAll<HTMLElement>('main .prose h2[id], main [data-check]')) {
    if (node.tagName === 'H2') {
      sectionId = node.id;
      section = clean(node.textContent);
      continue;
    }
    const li = node as HTMLLIElement;
    const scopeId = li.id.slice(0, li.id.lastIndexOf('/'));
    const heading = clean(document.getElementById(scopeId)?.textContent);
    items.push({
      element: li,
      id: li.id,
      kind: li.dataset['check'] === 'verify' ? 'verify' : 'step',
      number: visibleNumber(li),
      heading,
      sectionId: sectionId || scopeId,
      section: heading && heading !== section ? `${section} › ${heading}` : section || heading,
      text: itemText(li),
    });
  }
  return items;
}

/** The accessible name of an item's checkbox: which step of which part of the page it ticks. */
export function itemLabel(item: CheckItem): string {
  return item.kind === 'step' ? `Step ${item.number} done: ${item.heading}` : `Verified item ${item.number}: ${item.heading}`;
}

function visibleNumber(li: HTMLLIElement): number {
  const list = li.parentElement;
  const siblings = [...(list?.children ?? [])].filter((c) => c.tagName === 'LI');
  const start = list instanceof HTMLOListElement ? list.start : 1;
  return start + siblings.indexOf(li);
}

function itemText(li: HTMLLIElement): string {
  const copy = li.cloneNode(true) as HTMLLIElement;
  copy.querySelectorAll('input, button, .check-stamp, .check-box').forEach((n) => n.remove());
  return clean(copy.textContent);
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
