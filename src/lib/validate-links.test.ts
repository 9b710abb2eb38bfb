import { describe, expect, test } from 'vitest';
import { formatIssue } from './content-issue.ts';
import { validateLinks, type PageLinks } from './validate-links.ts';

const pages = (links: PageLinks['links']): PageLinks[] => [
  { id: 'phase-1', filePath: 'content/guide/phase-1.mdx', anchors: new Set(['user-migration']), links },
  { id: 'phase-2', filePath: 'content/guide/phase-2.mdx', anchors: new Set(['back-up-systems-and-data', 'run-best-practices-analyzer']), links: [] },
];

describe('validateLinks', () => {
  test('accepts links to existing pages and anchors', () => {
    expect(validateLinks(pages([{ page: 'phase-2', anchor: 'back-up-systems-and-data', line: 3 }, { page: 'phase-1', line: 4 }]))).toEqual([]);
  });

  test('errors on a link to a page that does not exist', () => {
    expect(validateLinks(pages([{ page: 'phase-9', line: 12 }])).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/guide/phase-1.mdx → link on line 12: found \`phase-9\`, expected the file name of a guide page.
        Hint: link to one of: phase-1, phase-2 (with .md or .mdx, optionally #anchor).",
      ]
    `);
  });

  test('errors on a broken #anchor and lists the anchors that exist', () => {
    expect(validateLinks(pages([{ page: 'phase-2', anchor: 'backup', line: 7 }])).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/guide/phase-1.mdx → link on line 7: found \`#backup\`, expected a heading id on content/guide/phase-2.mdx.
        Hint: use one of that page's headings: back-up-systems-and-data, run-best-practices-analyzer.",
      ]
    `);
  });
});
