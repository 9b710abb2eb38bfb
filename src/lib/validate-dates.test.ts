import { describe, expect, test } from 'vitest';
import { formatIssue } from './content-issue.ts';
import { isCalendarDate } from './calendar-date.ts';
import { validateDates } from './validate-dates.ts';

const page = (lastReviewed: string) => ({ filePath: 'content/guide/phase-2.mdx', source: `---\ntitle: x\nlastReviewed: ${lastReviewed}\n---\nBody.\n` });

describe('calendar dates', () => {
  test('accepts real dates, including 29 February in a leap year', () => {
    expect(['2026-11-25', '2028-02-29', '2026-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
  });

  test('rejects dates that Date and YAML would roll over, and other formats', () => {
    expect(['2026-13-45', '2026-02-29', '2026-04-31', '25/11/2026', '2026-1-5'].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });

  test('errors on an impossible unquoted date in the source, naming file and field', () => {
    expect(validateDates([page('2026-11-25')])).toEqual([]);
    expect(validateDates([page('2026-13-45')]).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/guide/phase-2.mdx → lastReviewed: found \`2026-13-45\`, expected a real calendar date written YYYY-MM-DD.
        Hint: check the month (01 to 12) and the day; YAML would otherwise silently move it to another date.",
      ]
    `);
  });
});
