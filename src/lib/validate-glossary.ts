import { type ContentIssue, quote } from './content-issue.ts';
import { glossaryNameKey } from './glossary-name.ts';

/** The parts of a glossary entry the linter looks at. */
export interface GlossaryFacts {
  id: string;
  filePath: string;
  term: string;
  aliases: string[];
  related: string[];
  body: string;
}

/**
 * Lints the glossary as a whole: every name (term or alias) belongs to one entry only, compared exactly as the
 * linker compares them ({@link glossaryNameKey}: case and runs of whitespace ignored); related terms exist; each
 * entry has a full definition.
 */
export function validateGlossary(entries: GlossaryFacts[], knownIds: Iterable<string> = entries.map((e) => e.id)): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const owners = new Map<string, { entry: GlossaryFacts; field: string }>();
  // Ids of every glossary file, including ones that failed to parse, so one broken file does not make every
  // `related` reference to it look wrong too.
  const ids = new Set(knownIds);

  for (const entry of entries) {
    const names: [string, string][] = [['term', entry.term], ...entry.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a])];
    for (const [field, name] of names) {
      const key = glossaryNameKey(name);
      const owner = owners.get(key);
      if (owner && owner.entry.id === entry.id) {
        issues.push({ file: entry.filePath, field, found: quote(name), expected: `a name this entry does not already have (it is its ${owner.field})`, hint: 'remove the repeated alias.' });
      } else if (owner) {
        issues.push({ file: entry.filePath, field, found: quote(name), expected: `a name no other glossary entry uses (${owner.entry.filePath} has it as ${owner.field === 'term' ? 'its term' : 'an alias'})`, hint: clashHint(owner.field === 'term', field === 'term') });
      } else owners.set(key, { entry, field });
    }
    entry.related.forEach((ref, i) => {
      if (!ids.has(ref)) {
        issues.push({ file: entry.filePath, field: `related[${i}]`, found: quote(ref), expected: 'the file name (without .md) of another glossary term', hint: 'check the spelling against content/glossary/, or remove the reference.' });
      }
    });
    if (entry.body.trim() === '') {
      issues.push({ file: entry.filePath, field: 'body', found: 'an empty full definition', expected: 'one or more paragraphs after the frontmatter', hint: 'write the full definition below the closing `---`.' });
    }
  }
  return issues;
}

function clashHint(ownerIsTerm: boolean, isTerm: boolean): string {
  if (ownerIsTerm && isTerm) return 'two files define the same term; merge them into one entry.';
  if (ownerIsTerm || isTerm) return 'an alias may not equal another term; drop the alias, or merge the two entries.';
  return 'give the alias to one entry only and explain the difference in the other definition.';
}
