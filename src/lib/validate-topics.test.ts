import { describe, expect, test } from 'vitest';
import { formatIssue } from './content-issue.ts';
import { validateTopics } from './validate-topics.ts';
import { topicRedirects } from './redirects.ts';
import { originalTopics } from '../data/original-topics.ts';

const topics = [
  { slug: 'phase-8', page: 'phase-8', level: 'page' },
  { slug: 'remove-the-enterprise-edition-front-end-server-or-standard-edition-front-end-server', page: 'phase-8', level: 'h2' },
  { slug: 'reset-call-admission-control', page: 'phase-8', level: 'h3' },
] as const;

describe('validateTopics', () => {
  test('accepts a page with every topic at its level', () => {
    const headings = [{ depth: 2, slug: topics[1].slug }, { depth: 3, slug: topics[2].slug }];
    expect(validateTopics(topics, [{ id: 'phase-8', filePath: 'content/guide/phase-8.mdx', headings }])).toEqual([]);
  });

  test('errors when a topic section is missing or at the wrong level', () => {
    const headings = [{ depth: 2, slug: topics[2].slug }];
    expect(validateTopics(topics, [{ id: 'phase-8', filePath: 'content/guide/phase-8.mdx', headings }]).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/guide/phase-8.mdx → headings: found no heading with id \`remove-the-enterprise-edition-front-end-server-or-standard-edition-front-end-server\`, expected a level-2 heading whose text slugifies to it (the original topic's URL redirects there).
        Hint: restore the heading text, or update src/data/original-topics.ts if the topic moved on purpose.",
        "content/guide/phase-8.mdx → heading #reset-call-admission-control: found level 2, expected level 3, as the original nests it.
        Hint: write it as ### in the page.",
      ]
    `);
  });
});

describe('the original topic list', () => {
  test('has all 69 source pages, each slug once', () => {
    expect(originalTopics).toHaveLength(69);
    expect(new Set(originalTopics.map((t) => t.slug)).size).toBe(69);
    expect(originalTopics.filter((t) => t.level === 'page')).toHaveLength(10);
  });

  test('redirects every topic that is not a page of its own, with the base on the destination', () => {
    const redirects = topicRedirects(originalTopics, '/docs/lync/');
    expect(Object.keys(redirects)).toHaveLength(60);
    expect(redirects['/move-a-single-user-to-the-pilot-pool/']).toBe('/docs/lync/phase-4-move-test-users-to-the-pilot-pool/#move-a-single-user-to-the-pilot-pool');
    expect(redirects['/migration-from-lync-server-2010-to-lync-server-2013/']).toBe('/docs/lync/');
    expect(redirects['/phase-2-prepare-for-migration/']).toBeUndefined();
  });
});
