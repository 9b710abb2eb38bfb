import { type ContentIssue, quote } from './content-issue.ts';

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
 * Lints the glossary as a whole: every name (term or alias) belongs to one entry only, compared
 * case-insensitively; related terms exist; each entry has a full definition.
 */
export function validateGlossary(entries: GlossaryFacts[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const owners = new Map<string, { entry: GlossaryFacts; field: string }>();
  const ids = new Set(entries.map((e) => e.id));

  for (const entry of entries) {
    const names: [string, string][] = [['term', entry.term], ...entry.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a])];
    for (const [field, name] of names) {
      const key = name.trim().toLowerCase();
      const owner = owners.get(key);
      if (owner && owner.entry.id === entry.id) {
        issues.push({ file: entry.filePath, field, found: quote(name), expected: `a name not already used by this term's ${owner.field}`, hint: 'remove the repeated alias.' });
      } else if (owner) {
        const clash = owner.field === 'term' || field === 'term' ? 'term' : 'alias';
        issues.push({ file: entry.filePath, field, found: quote(name), expected: `a name no other glossary entry uses (${owner.entry.filePath} has it as ${owner.field === 'term' ? 'its term' : 'an alias'})`, hint: clash === 'term' ? 'an alias may not equal another term; drop it or merge the two entries.' : 'give the alias to one entry only and explain the difference in the other definition.' });
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
