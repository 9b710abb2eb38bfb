import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assertNoIssues } from './content-issue.ts';
import type { GuideLink } from './guide-link.ts';
import { validateGuideEntries } from './validate-guide.ts';
import { validateLinks } from './validate-links.ts';
import { validateFences } from './validate-fences.ts';
import { validateDates } from './validate-dates.ts';
import type { UnclosedFence } from '../plugins/remark-unclosed-fences.ts';
import { loadGlossaryTerms } from './glossary-terms.ts';
import { validateTopics } from './validate-topics.ts';
import { originalTopics } from '../data/original-topics.ts';
import { backlinks, formatUnusedWarning, pageUses, unusedTermIssues, type Backlink } from './glossary-usage.ts';

type Rendered = Awaited<ReturnType<typeof render>>;

/** A guide page with everything the layout needs, in reading order. */
export interface GuidePage {
  entry: CollectionEntry<'guide'>;
  rendered: Rendered;
}

/** The validated guide: pages in reading order and glossary terms in alphabetical order. */
export interface Guide {
  pages: GuidePage[];
  glossary: CollectionEntry<'glossary'>[];
  /** For each glossary term id, the pages (and sections) that link it, in reading order. */
  glossaryUsage: Map<string, Backlink[]>;
}

let cached: Promise<Guide> | undefined;

/**
 * Loads, renders and validates the whole guide once per build. Every route calls this, so a broken link or a
 * missing phase fails the build before any page is written, with every problem listed at once.
 */
export function loadGuide(): Promise<Guide> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Guide> {
  const entries = await getCollection('guide');
  const glossary = await getCollection('glossary');
  const file = (e: { filePath?: string | undefined; id: string }) => e.filePath ?? e.id;

  // The glossary linter runs where the terms are read (src/lib/glossary-terms.ts), once per build: this call is
  // answered from that cache, and under `astro dev` re-checks the files only if one of them changed.
  loadGlossaryTerms();
  assertNoIssues([
    ...validateDates(entries.map((e) => ({ filePath: file(e) }))),
    ...validateGuideEntries(
      entries.map((e) => ({ id: e.id, filePath: file(e), kind: e.data.kind, phase: e.data.phase, prerequisites: e.data.prerequisites.map((p) => p.id) })),
    ),
  ]);

  const pages = await Promise.all(entries.map(async (entry) => ({ entry, rendered: await render(entry) })));
  assertNoIssues([
    ...validateLinks(
      pages.map(({ entry, rendered }) => ({
        id: entry.id,
        filePath: file(entry),
        anchors: new Set(rendered.headings.map((h) => h.slug)),
        links: (rendered.remarkPluginFrontmatter['guideLinks'] as GuideLink[] | undefined) ?? [],
      })),
    ),
    ...validateFences(pages.map(({ entry, rendered }) => ({ filePath: file(entry), unclosedFences: (rendered.remarkPluginFrontmatter['unclosedFences'] as UnclosedFence[] | undefined) ?? [] }))),
    // Fixture trees (CONTENT_DIR) are minimal guides; the original topic list describes the real content only.
    ...(process.env['CONTENT_DIR'] ? [] : validateTopics(originalTopics, pages.map(({ entry, rendered }) => ({ id: entry.id, filePath: file(entry), headings: rendered.headings })))),
  ]);

  pages.sort((a, b) => readingOrder(a.entry) - readingOrder(b.entry) || a.entry.data.title.localeCompare(b.entry.data.title, 'en', { numeric: true }));
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
  const glossaryUsage = backlinks(
    pages.map(({ entry, rendered }) => ({ id: entry.id, title: entry.data.title, headings: rendered.headings, uses: pageUses(rendered.remarkPluginFrontmatter) })),
    import.meta.env.BASE_URL,
  );
  const unused = unusedTermIssues(glossary.map((g) => ({ id: g.id, filePath: file(g), term: g.data.term })), glossaryUsage);
  // A warning, not an error: a term can land before the page that uses it. `npm run glossary` lists them too.
  if (unused.length) console.warn(formatUnusedWarning(unused));
  return { pages, glossary, glossaryUsage };
}

function readingOrder(entry: CollectionEntry<'guide'>): number {
  if (entry.data.kind === 'overview') return -1;
  if (entry.data.kind === 'prerequisites') return 0;
  return entry.data.phase ?? 99; // appendices after the phases
}
