import { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

const README_HINT = "see content/README.md for every field's format.";

/**
 * One frontmatter problem in the build's words: what was found, what was expected, what to do. Astro prints the
 * file and the field in front of it. Custom refinements in the schemas use it too, so every message reads alike.
 *
 * @example fieldMessage('`9`', 'a phase number from 1 to 8') // 'found `9`, expected a phase number from 1 to 8. Hint: see …'
 */
export function fieldMessage(found: string, expected: string, hint = README_HINT): string {
  return `${found === 'nothing' ? 'missing' : `found ${found}`}, expected ${expected}. Hint: ${hint}`;
}

/**
 * Zod error map for the content schemas: every issue becomes a {@link fieldMessage}.
 *
 * @example errorMessage({ code: 'invalid_value', values: ['none', 'full'], input: 'some' })
 * // 'found `some`, expected one of `none`, `full`. Hint: see content/README.md for every field's format.'
 */
export function errorMessage(issue: Issue): string | undefined {
  const found = describe(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return fieldMessage(found, article(issue.expected));
    case 'invalid_value':
      return fieldMessage(found, `one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`);
    case 'too_small':
      return fieldMessage(found, bound(issue.origin, 'at least', issue.minimum));
    case 'too_big':
      return fieldMessage(found, bound(issue.origin, 'at most', issue.maximum));
    case 'invalid_format':
      return fieldMessage(found, issue.format);
    default:
      return undefined;
  }
}

function bound(origin: string, relation: string, limit: unknown): string {
  if (origin === 'string' && limit === 1) return 'text that is not empty';
  if (origin === 'array' || origin === 'set') return `a list of ${relation} ${String(limit)} entries`;
  if (origin === 'string') return `text of ${relation} ${String(limit)} characters`;
  return `a number ${relation} ${String(limit)}`;
}

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === '') return 'empty text';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'an invalid date' : `\`${input.toISOString().slice(0, 10)}\``;
  return `\`${typeof input === 'string' ? input : JSON.stringify(input)}\``;
}

function article(type: string): string {
  const names: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', array: 'a list', object: 'a mapping of fields', date: 'a date such as 2026-11-25', boolean: 'true or false' };
  return names[type] ?? type;
}
