import type { ContentIssue } from './content-issue.ts';
import type { UnclosedFence } from '../plugins/remark-unclosed-fences.ts';

/** A rendered page as fence validation sees it. */
export interface PageFences {
  filePath: string;
  unclosedFences: UnclosedFence[];
}

/** Reports every fenced code block that never closes (found by src/plugins/remark-unclosed-fences.ts). */
export function validateFences(pages: PageFences[]): ContentIssue[] {
  return pages.flatMap((page) =>
    page.unclosedFences.map((f) => ({
      file: page.filePath,
      field: `code block on line ${f.line}`,
      found: `an opening fence (${f.fence}) with no closing fence, so everything after it to the end of its list item or page is shown as code`,
      expected: `a closing ${f.marker} on its own line`,
      hint: 'add the closing fence after the last line of code, indented like the opening one.',
    })),
  );
}
