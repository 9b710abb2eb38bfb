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
  /**
   * Where the item is, as its checkbox names it: the heading title, led by as many parent headings as it takes
   * to tell it from every other item on the page (`Prepare the Lync Server 2013 database › Standard Edition server`).
   */
  place: string;
  /** Id and title of the `##` section the item is in. */
  sectionId: string;
  section: string;
  /** The item's words, whitespace collapsed, without controls. */
  text: string;
}

/**
 * Finds every step and Verify item in the main content, in reading order, and ties each one to its `##`
 * section and its heading trail. All come from one document-order query so nothing has to be stamped on each
 * item at build time.
 */
export function collectItems(root: ParentNode = document): CheckItem[] {
  const found: (Omit<CheckItem, 'place'> & PlaceInput)[] = [];
  const trails = new Map<string, string[]>();
  const open: { level: number; text: string }[] = [];
  let sectionId = '';
  let section = '';
  for (const node of root.querySelectorAll<HTMLElement>('main .prose :is(h2, h3, h4)[id], main [data-check]')) {
    if (node.tagName !== 'LI') {
      const level = Number(node.tagName.slice(1));
      while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
      open.push({ level, text: clean(node.textContent) });
      trails.set(node.id, open.map((h) => h.text));
      if (level === 2) [sectionId, section] = [node.id, clean(node.textContent)];
      continue;
    }
    const li = node as HTMLLIElement;
    const scopeId = li.id.slice(0, li.id.lastIndexOf('/'));
    const trail = trails.get(scopeId) ?? [clean(document.getElementById(scopeId)?.textContent)];
    const heading = trail.at(-1) ?? '';
    found.push({
      element: li,
      id: li.id,
      kind: li.dataset['check'] === 'verify' ? 'verify' : 'step',
      number: visibleNumber(li),
      heading,
      trail,
      ordinal: Number(li.id.slice(li.id.lastIndexOf('-') + 1)),
      sectionId: sectionId || scopeId,
      section: heading && heading !== section ? `${section} › ${heading}` : section || heading,
      text: itemText(li),
    });
  }
  const places = uniquePlaces(found, [...trails.values()]);
  return found.map((item, i) => ({ ...item, place: places[i]! }));
}

/** The accessible name of an item's checkbox: which step of which part of the page it ticks, unique on the page. */
export function itemLabel(item: Pick<CheckItem, 'kind' | 'number' | 'place'>): string {
  return item.kind === 'step' ? `Step ${item.number} done: ${item.place}` : `Verified item ${item.number}: ${item.place}`;
}

/** What {@link uniquePlaces} needs of an item: its kind, visible number, position in its id and heading trail. */
export interface PlaceInput {
  kind: CheckItem['kind'];
  number: number;
  /** The position in the id (`step-6` → 6): unlike the visible number it never repeats under one heading. */
  ordinal: number;
  /** Heading titles from the item's `##` down to the heading its id hangs from. */
  trail: string[];
}

/**
 * Screen-reader users pick a checkbox by its name, so two boxes must never share one. Headings repeat across
 * sections (Phase 8 has two "Standard Edition server"), so a heading title is led by its parents until no
 * other heading on the page (`trails`) ends the same way; two lists under one heading repeat their numbers,
 * so those items also say which of that heading's steps they are.
 *
 * @example uniquePlaces([{ kind: 'step', number: 1, ordinal: 1, trail: ['Prepare', 'Standard Edition server'] }], trails)
 * // ['Prepare › Standard Edition server'] when another heading is also titled "Standard Edition server"
 */
export function uniquePlaces(items: PlaceInput[], trails: string[][]): string[] {
  const tail = (trail: string[], n: number) => trail.slice(-n).join(' › ');
  const places = items.map(({ trail }) => {
    let n = 1;
    while (n < trail.length && trails.filter((t) => tail(t, n) === tail(trail, n)).length > 1) n++;
    return tail(trail, n);
  });
  const labels = items.map((item, i) => itemLabel({ ...item, place: places[i]! }));
  return places.map((place, i) => {
    if (labels.indexOf(labels[i]!) === labels.lastIndexOf(labels[i]!)) return place;
    const { kind, ordinal } = items[i]!;
    return `${place} (${kind === 'step' ? 'step' : 'Verify item'} ${ordinal} under this heading)`;
  });
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
