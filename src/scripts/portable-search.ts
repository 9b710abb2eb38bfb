import MiniSearch, { type SearchResult } from 'minisearch';
import { PORTABLE_INDEX_FILE, PORTABLE_INDEX_GLOBAL, type PortablePage } from '../lib/portable/search-document.ts';
import type { SearchApi, SearchResultData } from './search-source.ts';
import { excerptFor } from './portable-excerpt.ts';

interface SectionDoc { id: number; page: number; anchor: string; title: string; text: string; pageTitle: string }

declare global {
  interface Window { [PORTABLE_INDEX_GLOBAL]?: { pages: PortablePage[] } }
}

/**
 * Search for the portable copy: loads the index the bundle wrote as a plain script (a `<script src>` works on
 * `file:` pages, `fetch` does not), ranks sections with MiniSearch (BM25, prefix and light fuzzy matching, so
 * `Move-CsUs` and small typos still find `Move-CsUser`), and answers in Pagefind's result shape so the dialog
 * renders both backends the same way.
 *
 * @param root path from this page to the site root, e.g. `../`
 */
export async function loadPortableSearch(root: string): Promise<SearchApi | null> {
  const data = await loadIndex(new URL(PORTABLE_INDEX_FILE, new URL(root, location.href)).href);
  if (!data) return null;
  const siteRoot = new URL(root, location.href);
  const docs: SectionDoc[] = data.pages.flatMap((p, page) =>
    p.sections.map((s) => ({ page, anchor: s.anchor, title: s.title, text: s.text, pageTitle: p.title, id: 0 })),
  );
  docs.forEach((d, i) => (d.id = i));
  const engine = new MiniSearch<SectionDoc>({
    fields: ['title', 'text', 'pageTitle'],
    // Cmdlet names are one token (`Move-CsUser`), and so are event IDs and paths: split on spaces and punctuation only.
    tokenize: (text) => text.split(/[\s,;:!?()[\]{}"'“”‘’|<>=]+/u).filter(Boolean),
    searchOptions: { boost: { title: 3, pageTitle: 1.5 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  engine.addAll(docs);

  const pageUrl = (p: PortablePage, anchor = '') => new URL(p.url, siteRoot).href + (anchor ? `#${anchor}` : '');
  return {
    search(query, options) {
      const phases = options?.filters?.['phase'];
      const inPhase = (p: PortablePage) => !phases?.length || (p.phase !== undefined && phases.includes(p.phase));
      const hits: SearchResult[] = query ? engine.search(query) : docs.filter((d) => d.anchor === '').map((d) => ({ id: d.id, score: 1, terms: [], queryTerms: [], match: {} }));
      const byPage = new Map<number, SearchResult[]>();
      for (const hit of hits) {
        const doc = docs[hit.id as number]!;
        if (!inPhase(data.pages[doc.page]!)) continue;
        byPage.set(doc.page, [...(byPage.get(doc.page) ?? []), hit]);
      }
      const results = [...byPage.entries()].map(([page, sectionHits]) => {
        const p = data.pages[page]!;
        const best = docs[sectionHits[0]!.id as number]!;
        const result: SearchResultData = {
          url: pageUrl(p, best.anchor),
          excerpt: excerptFor(best.text, sectionHits[0]!.terms),
          meta: { title: p.title, ...(p.phase ? { phase: p.phase } : {}) },
          sub_results: sectionHits.map((h) => {
            const d = docs[h.id as number]!;
            return { title: d.title, url: pageUrl(p, d.anchor), excerpt: excerptFor(d.text, h.terms) };
          }),
        };
        return { data: () => Promise.resolve(result) };
      });
      return Promise.resolve({ results });
    },
  };
}

function loadIndex(src: string): Promise<{ pages: PortablePage[] } | null> {
  const ready = window[PORTABLE_INDEX_GLOBAL];
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve(window[PORTABLE_INDEX_GLOBAL] ?? null);
    script.onerror = () => resolve(null);
    document.head.append(script);
  });
}
