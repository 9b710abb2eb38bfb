import type { PageHit, SectionHit } from './search-rank.ts';

/** One page of results, in Pagefind's shape; the portable index answers in the same shape. */
export type SearchResultData = PageHit<SectionHit>;

/** What the search dialog needs from a search backend: Pagefind's API, or the portable index behind the same shape. */
export interface SearchApi {
  search(q: string | null, o?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<SearchResultData> }[] } | null>;
  /** Filter values with page counts; Pagefind has it, the portable index does not. */
  filters?(): Promise<Record<string, Record<string, number>>>;
}

/** Where the dialog's results come from, said in the dialog so a reader in a server room knows what to trust. */
export type SearchSourceKind = 'portable' | 'offline' | 'saving' | 'online';

const SOURCE_TEXT: Record<SearchSourceKind, string> = {
  portable: 'Searching the portable index in this folder. No network needed.',
  offline: 'Searching the offline copy saved in this browser. Works with no network.',
  saving: 'Searching the online index. This guide is being saved for offline use.',
  online: 'Searching the online index. This browser has not saved the guide for offline use.',
};

/** What the dialog says when there is no index to search: under `astro dev`, or a build without `pagefind/`. */
export const NO_INDEX_TEXT = 'Search needs a built site: the index is made by `npm run build`. Run `npm start` and search at http://localhost:4321.';

/**
 * Picks the search backend for this page: the portable copy (`data-portable` on the root element) loads its
 * index as a plain script, because `file:` pages cannot fetch; a hosted page uses Pagefind, served from the
 * service worker's offline cache once it controls the page. Says which one in the dialog only once it has
 * loaded, so a missing index never sits under a note claiming to search it. `null` means there is no index.
 */
export async function loadSearchSource(dialog: HTMLDialogElement, base: string): Promise<SearchApi | null> {
  // `astro dev` renders pages from the sources; the index only exists after a build, so do not even try.
  if (import.meta.env.DEV) return null;
  const portable = 'portable' in document.documentElement.dataset;
  const [kind, api] = portable
    ? (['portable', await (await import('./portable-search.ts')).loadPortableSearch(base)] as const)
    : await Promise.all([hostedKind(), loadPagefind(base)]);
  if (api) showSource(dialog, kind);
  return api;
}

async function hostedKind(): Promise<SearchSourceKind> {
  // Older or locked-down browsers have no service workers at all; `navigator.serviceWorker` is then undefined.
  const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!workers) return 'online';
  if (workers.controller) return 'offline';
  const registration = await workers.getRegistration().catch(() => undefined);
  return registration?.installing || registration?.waiting ? 'saving' : 'online';
}

function showSource(dialog: HTMLDialogElement, kind: SearchSourceKind): void {
  let note = dialog.querySelector<HTMLElement>('.search-source');
  if (!note) {
    note = document.createElement('p');
    note.className = 'search-source';
    dialog.querySelector('.search-status')?.before(note);
  }
  note.dataset['source'] = kind;
  note.textContent = SOURCE_TEXT[kind];
}

async function loadPagefind(base: string): Promise<SearchApi | null> {
  try {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as SearchApi & { options(o: Record<string, unknown>): Promise<void> };
    // No highlightParam: Pagefind would pass its normalised terms (`movecsuser`), which never match the page text;
    // search-ui.ts adds the words as typed.
    await pagefind.options({ baseUrl: base, excerptLength: 20 });
    return pagefind;
  } catch {
    return null;
  }
}
