import type { PageSteps } from './checklist-validate.ts';

/**
 * The step ids of each page an imported record names: this page's from the document, the others' from their
 * HTML, fetched from the site or, offline, from the service worker's cache. A page that cannot be fetched (no
 * network and not saved, or a portable copy opened from `file:`) maps to `undefined`: unknown, not empty.
 *
 * @param urls  page id → URL of that page, as the sidebar links to it
 * @example await readPageSteps(['phase-4'], urls, 'phase-4') // Map { 'phase-4' => Set { 'move/step-1', … } }
 */
export async function readPageSteps(pages: Iterable<string>, urls: ReadonlyMap<string, string>, current: string): Promise<PageSteps> {
  const read = async (page: string) => (page === current ? idsIn(document) : await fetchIds(urls.get(page)));
  return new Map(await Promise.all([...new Set(pages)].map(async (page) => [page, await read(page)] as const)));
}

async function fetchIds(url: string | undefined): Promise<Set<string> | undefined> {
  if (!url) return undefined;
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    return idsIn(new DOMParser().parseFromString(await response.text(), 'text/html'));
  } catch {
    return undefined;
  }
}

function idsIn(doc: Document): Set<string> {
  return new Set([...doc.querySelectorAll<HTMLElement>('main [data-check][id]')].map((li) => li.id));
}
