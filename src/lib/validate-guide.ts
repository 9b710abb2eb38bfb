import { type ContentIssue, quote } from './content-issue.ts';
import { OVERVIEW_ID } from './routes.ts';

/** The parts of a guide entry cross-entry validation looks at. */
export interface GuideEntryFacts {
  id: string;
  filePath: string;
  kind: 'overview' | 'prerequisites' | 'phase' | 'appendix';
  phase?: number | undefined;
  prerequisites: string[];
}

const PHASES = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * Checks what no single file's schema can: one overview and one "before you begin" page, phases 1 to 8
 * each exactly once, and prerequisites that name existing pages.
 */
export function validateGuideEntries(entries: GuideEntryFacts[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids = new Set(entries.map((e) => e.id));
  const first = entries[0]?.filePath ?? 'content/guide';

  for (const kind of ['overview', 'prerequisites'] as const) {
    const pages = entries.filter((e) => e.kind === kind);
    if (pages.length === 0) {
      issues.push({ file: 'content/guide', field: 'kind', found: `no page with kind ${quote(kind)}`, expected: 'exactly one', hint: `add the ${kind} page or set \`kind: ${kind}\` on the page that is meant to be it.` });
    }
    for (const extra of pages.slice(1)) {
      issues.push({ file: extra.filePath, field: 'kind', found: quote(kind), expected: `no second ${kind} page (${pages[0]!.filePath} already is one)`, hint: 'set kind to `phase` with a phase number, or merge the two pages.' });
    }
  }
  const overview = entries.find((e) => e.kind === 'overview');
  if (overview && overview.id !== OVERVIEW_ID) {
    issues.push({ file: overview.filePath, field: 'file name', found: quote(overview.id), expected: quote(OVERVIEW_ID), hint: `rename the file to ${OVERVIEW_ID}.mdx: the original guide's overview URL redirects to the site root by that name.` });
  }

  const byPhase = new Map<number, GuideEntryFacts>();
  for (const e of entries.filter((x) => x.kind === 'phase' && x.phase !== undefined)) {
    const owner = byPhase.get(e.phase!);
    if (owner) {
      issues.push({ file: e.filePath, field: 'phase', found: quote(e.phase), expected: `a phase number no other page uses (${owner.filePath} has it)`, hint: 'give each phase page a distinct number from 1 to 8.' });
    } else byPhase.set(e.phase!, e);
  }
  const missing = PHASES.filter((n) => !byPhase.has(n));
  if (missing.length) {
    issues.push({ file: first.replace(/[^/]+$/, '') || 'content/guide', field: 'phase', found: `no page for phase ${missing.join(', ')}`, expected: 'one page for each phase 1 to 8', hint: 'add the missing phase pages, or fix the phase numbers so they run 1 to 8 without gaps.' });
  }

  for (const e of entries) {
    for (const ref of e.prerequisites) {
      if (ref === e.id) {
        issues.push({ file: e.filePath, field: 'prerequisites', found: quote(ref), expected: 'another page', hint: 'a page cannot be its own prerequisite; remove it.' });
      } else if (!ids.has(ref)) {
        issues.push({ file: e.filePath, field: 'prerequisites', found: quote(ref), expected: 'the file name (without extension) of a guide page', hint: `known pages: ${[...ids].sort().join(', ')}.` });
      }
    }
  }
  return issues;
}
