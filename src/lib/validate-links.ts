import type { ContentIssue } from './content-issue.ts';
import { quote } from './content-issue.ts';
import type { GuideLink } from './guide-link.ts';

/** A rendered page as link validation sees it: which anchors it has and which links it makes. */
export interface PageLinks {
  id: string;
  filePath: string;
  anchors: ReadonlySet<string>;
  links: GuideLink[];
}

/** Checks that every link between guide pages names an existing page and, if it has one, an existing anchor. */
export function validateLinks(pages: PageLinks[]): ContentIssue[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const issues: ContentIssue[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      const target = byId.get(link.page);
      const where = `link on line ${link.line}`;
      if (!target) {
        issues.push({ file: page.filePath, field: where, found: quote(link.page), expected: 'the file name of a guide page', hint: `link to one of: ${[...byId.keys()].sort().join(', ')} (with .md or .mdx, optionally #anchor).` });
      } else if (link.anchor !== undefined && !target.anchors.has(link.anchor)) {
        issues.push({ file: page.filePath, field: where, found: quote(`#${link.anchor}`), expected: `a heading id on ${target.filePath}`, hint: `use one of that page's headings: ${[...target.anchors].slice(0, 12).join(', ')}${target.anchors.size > 12 ? ', …' : ''}.` });
      }
    }
  }
  return issues;
}
