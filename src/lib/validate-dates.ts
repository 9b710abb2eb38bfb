import { readFileSync } from 'node:fs';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { type ContentIssue, quote } from './content-issue.ts';
import { isCalendarDate } from './calendar-date.ts';

/** Frontmatter fields that hold a calendar date. */
const DATE_FIELDS = ['lastReviewed'] as const;

/**
 * Re-reads each file's frontmatter as written and checks its dates. Astro's YAML parser turns an impossible
 * unquoted date into a real one (`2026-13-45` becomes 2027-02-14) before the schema sees it; the `yaml`
 * package's core schema keeps dates as text, so the original can be checked.
 */
export function validateDates(files: { filePath: string; source?: string }[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { filePath, source } of files) {
    const raw = extractFrontmatter(source ?? readFileSync(filePath, 'utf8'));
    if (raw === undefined) continue;
    let data: unknown;
    try {
      data = parse(raw);
    } catch {
      continue; // Astro has already reported invalid YAML with its position.
    }
    for (const field of DATE_FIELDS) {
      const value = (data as Record<string, unknown> | null)?.[field];
      if (typeof value === 'string' && /^\d{4}-\d{1,2}-\d{1,2}$/.test(value) && !isCalendarDate(value)) {
        issues.push({ file: filePath, field, found: quote(value), expected: 'a real calendar date written YYYY-MM-DD', hint: 'check the month (01 to 12) and the day; YAML would otherwise silently move it to another date.' });
      }
    }
  }
  return issues;
}
