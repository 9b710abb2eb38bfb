import type { OriginalTopic } from '../data/original-topics.ts';
import { type ContentIssue, quote } from './content-issue.ts';

/** A rendered guide page as topic coverage sees it: its file and its headings. */
export interface PageHeadings {
  id: string;
  filePath: string;
  headings: { depth: number; slug: string }[];
}

/**
 * Checks that every topic of the original guide still has its section, at the level it had there, so old
 * bookmarks and the redirects built from the same list never land on a missing anchor.
 */
export function validateTopics(topics: readonly OriginalTopic[], pages: PageHeadings[]): ContentIssue[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const issues: ContentIssue[] = [];
  for (const topic of topics) {
    const page = byId.get(topic.page);
    if (!page) {
      issues.push({ file: `content/guide/${topic.page}.mdx`, field: 'file', found: 'no such page', expected: `the page that holds the original topic ${quote(topic.slug)}`, hint: 'restore the page, or update src/data/original-topics.ts if the topic moved.' });
      continue;
    }
    if (topic.level === 'page') continue;
    const depth = topic.level === 'h2' ? 2 : 3;
    const heading = page.headings.find((h) => h.slug === topic.slug);
    if (!heading) {
      issues.push({ file: page.filePath, field: 'headings', found: `no heading with id ${quote(topic.slug)}`, expected: `a level-${depth} heading whose text slugifies to it (the original topic's URL redirects there)`, hint: 'restore the heading text, or update src/data/original-topics.ts if the topic moved on purpose.' });
    } else if (heading.depth !== depth) {
      issues.push({ file: page.filePath, field: `heading #${topic.slug}`, found: `level ${heading.depth}`, expected: `level ${depth}, as the original nests it`, hint: `write it as ${'#'.repeat(depth)} in the page.` });
    }
  }
  return issues;
}
