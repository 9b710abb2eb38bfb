/** One section of a page in the portable search index: the text under one heading. */
export interface PortableSection {
  /** The heading's `id`, or `''` for the text before the first heading. */
  anchor: string;
  title: string;
  text: string;
}

/** One page of the portable search index. */
export interface PortablePage {
  /** Path from the site root, e.g. `phase-4-…/index.html`. */
  url: string;
  title: string;
  /** `Phase N`, as the dialog's phase filter names it, when the page belongs to a phase. */
  phase?: string;
  sections: PortableSection[];
}

/** The global the portable index script assigns, so a `file:` page can read it without `fetch`. */
export const PORTABLE_INDEX_GLOBAL = '__LYNC_SEARCH__';

/** Where the index script lives, relative to the site root. */
export const PORTABLE_INDEX_FILE = '_portable/search-index.js';
