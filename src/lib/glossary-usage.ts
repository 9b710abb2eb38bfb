import type { MarkdownHeading } from 'astro';
import { formatIssue, type ContentIssue } from './content-issue.ts';
import { pageHref } from './routes.ts';

/** One term a page links, as the remark plugin records it in `remarkPluginFrontmatter.glossaryTerms`. */
export interface GlossaryUse {
  /** Term id (file name of the glossary entry). */
  id: string;
  /** Index into the page's `headings` of the heading the link sits under; null before the first heading. */
  heading: number | null;
}

/** The facts about a rendered page that backlinks need; kept structural so tests and scripts can build them. */
export interface UsagePage {
  id: string;
  title: string;
  headings: MarkdownHeading[];
  uses: GlossaryUse[];
}

/** A place a term is linked: the page, and the section heading it sits under when there is one. */
export interface Backlink {
  pageId: string;
  title: string;
  href: string;
  section?: { slug: string; text: string } | undefined;
}

/** The terms a rendered page links, in the order they first appear. */
export function pageUses(frontmatter: Record<string, unknown>): GlossaryUse[] {
  return (frontmatter['glossaryTerms'] as GlossaryUse[] | undefined) ?? [];
}

/**
 * For every term, each page (in the order given) that links it, pointing at the section where it is linked.
 *
 * @example backlinks([{ id: 'phase-4…', title: 'Phase 4', headings, uses: [{ id: 'pilot-pool', heading: 0 }] }], '/')
 * // Map { 'pilot-pool' => [{ pageId: 'phase-4…', title: 'Phase 4', href: '/phase-4…/#move-a-single-user…', section }] }
 */
export function backlinks(pages: UsagePage[], base: string): Map<string, Backlink[]> {
  const map = new Map<string, Backlink[]>();
  for (const page of pages) {
    for (const use of page.uses) {
      const heading = use.heading === null ? undefined : page.headings[use.heading];
      // The page title is the h1; a link under it (depth 1) belongs to the page as a whole.
      const section = heading && heading.depth > 1 ? { slug: heading.slug, text: heading.text } : undefined;
      const list = map.get(use.id) ?? [];
      list.push({ pageId: page.id, title: page.title, href: pageHref(base, page.id, section?.slug), section });
      map.set(use.id, list);
    }
  }
  return map;
}

/** Warnings (not errors: a term may be added before the page that needs it) for terms no page links. */
export function unusedTermIssues(terms: { id: string; filePath: string; term: string }[], used: Map<string, unknown>): ContentIssue[] {
  return terms
    .filter((t) => !used.has(t.id))
    .map((t) => ({
      file: t.filePath,
      field: 'term',
      found: `\`${t.term}\`, which no guide page links`,
      expected: 'a term that at least one page uses',
      hint: 'use the term in a page\'s prose, add the spelling the pages use to its aliases, or remove the entry.',
    }));
}

/** Formats unused-term warnings as one block for the build log. */
export function formatUnusedWarning(issues: ContentIssue[]): string {
  const count = issues.length === 1 ? '1 glossary term is' : `${issues.length} glossary terms are`;
  return `${count} never used:\n\n${issues.map(formatIssue).join('\n\n')}\n`;
}
