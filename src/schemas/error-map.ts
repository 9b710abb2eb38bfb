import { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

/**
 * Words every frontmatter error uses: what the build found, what it expected, and where the format is
 * documented. Astro prints the file and the field in front of this text.
 *
 * @example errorMessage({ code: 'invalid_value', values: ['none', 'full'], input: 'some' })
 * // 'found `some`, expected one of `none`, `full`. Hint: see content/README.md for every field's format.'
 */
export function errorMessage(issue: Issue): string | undefined {
  const found = describe(issue.input);
  const hint = 'Hint: see content/README.md for every field\'s format.';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing, expected ${article(issue.expected)}. ${hint}`;
      return `found ${found}, expected ${article(issue.expected)}. ${hint}`;
    case 'invalid_value':
      return `found ${found}, expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}. ${hint}`;
    case 'too_small':
    case 'too_big':
      return issue.message && !issue.message.startsWith('Too') ? `${issue.message}; found ${found}. ${hint}` : undefined;
    case 'unrecognized_keys':
      return `found unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}, expected only the documented fields. Hint: check the spelling; see content/README.md.`;
    case 'invalid_format':
      return `found ${found}, expected ${issue.format}. ${hint}`;
    default:
      return undefined;
  }
}

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'an invalid date' : `\`${input.toISOString().slice(0, 10)}\``;
  return `\`${typeof input === 'string' ? input : JSON.stringify(input)}\``;
}

function article(type: string): string {
  const names: Record<string, string> = { string: 'text', number: 'a number', array: 'a list', object: 'a mapping of fields', date: 'a date such as 2026-11-25', boolean: 'true or false' };
  return names[type] ?? type;
}
