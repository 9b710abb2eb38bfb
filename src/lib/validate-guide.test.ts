import { describe, expect, test } from 'vitest';
import { formatIssue } from './content-issue.ts';
import { validateGuideEntries, type GuideEntryFacts } from './validate-guide.ts';
import { OVERVIEW_ID } from './routes.ts';

const page = (id: string, kind: GuideEntryFacts['kind'], phase?: number, prerequisites: string[] = []): GuideEntryFacts => ({
  id,
  filePath: `content/guide/${id}.mdx`,
  kind,
  phase,
  prerequisites,
});

const complete = (): GuideEntryFacts[] => [
  page(OVERVIEW_ID, 'overview'),
  page('before-you-begin-the-migration', 'prerequisites'),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => page(`phase-${n}`, 'phase', n, n > 1 ? [`phase-${n - 1}`] : [])),
];

const messages = (entries: GuideEntryFacts[]) => validateGuideEntries(entries).map(formatIssue);

describe('validateGuideEntries', () => {
  test('accepts a complete guide', () => {
    expect(messages(complete())).toEqual([]);
  });

  test('errors if a phase number is used twice', () => {
    const entries = complete();
    entries[5]!.phase = 3;
    expect(messages(entries)).toMatchInlineSnapshot(`
      [
        "content/guide/phase-4.mdx → phase: found \`3\`, expected a phase number no other page uses (content/guide/phase-3.mdx has it).
        Hint: give each phase page a distinct number from 1 to 8.",
        "content/guide/ → phase: found no page for phase 4, expected one page for each phase 1 to 8.
        Hint: add the missing phase pages, or fix the phase numbers so they run 1 to 8 without gaps.",
      ]
    `);
  });

  test('errors if there are two overviews', () => {
    const entries = complete();
    entries[1]!.kind = 'overview';
    expect(messages(entries)).toMatchInlineSnapshot(`
      [
        "content/guide/before-you-begin-the-migration.mdx → kind: found \`overview\`, expected no second overview page (content/guide/migration-from-lync-server-2010-to-lync-server-2013.mdx already is one).
        Hint: set kind to \`phase\` with a phase number, or merge the two pages.",
        "content/guide → kind: found no page with kind \`prerequisites\`, expected exactly one.
        Hint: add the prerequisites page or set \`kind: prerequisites\` on the page that is meant to be it.",
      ]
    `);
  });

  test('errors if the overview is not under the original slug', () => {
    const entries = complete();
    entries[0]!.id = 'overview';
    entries[0]!.filePath = 'content/guide/overview.mdx';
    expect(messages(entries)[0]).toContain('content/guide/overview.mdx → file name: found `overview`, expected `migration-from-lync-server-2010-to-lync-server-2013`');
  });

  test('errors if a prerequisite names no page', () => {
    const entries = complete();
    entries[6]!.prerequisites = ['phase-twelve'];
    expect(messages(entries)[0]).toMatch(/^content\/guide\/phase-5\.mdx → prerequisites: found `phase-twelve`, expected the file name \(without extension\) of a guide page\.\n {2}Hint: known pages: /);
  });

  test('errors if a page is its own prerequisite', () => {
    const entries = complete();
    entries[3]!.prerequisites = ['phase-2'];
    expect(messages(entries)).toEqual([
      'content/guide/phase-2.mdx → prerequisites: found `phase-2`, expected another page.\n  Hint: a page cannot be its own prerequisite; remove it.',
    ]);
  });
});
