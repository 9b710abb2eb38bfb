import { describe, expect, test } from 'vitest';
import { formatIssue } from './content-issue.ts';
import { validateGlossary, type GlossaryFacts } from './validate-glossary.ts';

const entry = (id: string, term: string, aliases: string[] = [], related: string[] = [], body = 'Full definition.'): GlossaryFacts => ({ id, filePath: `content/glossary/${id}.md`, term, aliases, related, body });
const lint = (entries: GlossaryFacts[], known?: string[]) => validateGlossary(entries, known).map(formatIssue).join('\n\n');

describe('validateGlossary', () => {
  test('accepts distinct names, known related terms and full definitions', () => {
    expect(validateGlossary([entry('pilot-pool', 'Pilot pool', ['pilot pools'], ['legacy-pool']), entry('legacy-pool', 'Legacy pool')])).toEqual([]);
  });

  test('errors if two files define the same term, whatever the case', () => {
    expect(lint([entry('pilot-pool', 'Pilot pool'), entry('pilot-pool-2013', 'PILOT POOL')])).toMatchInlineSnapshot(`
      "content/glossary/pilot-pool-2013.md → term: found \`PILOT POOL\`, expected a name no other glossary entry uses (content/glossary/pilot-pool.md has it as its term).
        Hint: two files define the same term; merge them into one entry."
    `);
  });

  test('errors if an alias is already another entry\'s alias', () => {
    expect(lint([entry('pilot-pool', 'Pilot pool', ['pilot pools']), entry('trial-pool', 'Trial pool', ['trial pools', 'Pilot Pools'])])).toMatchInlineSnapshot(`
      "content/glossary/trial-pool.md → aliases[1]: found \`Pilot Pools\`, expected a name no other glossary entry uses (content/glossary/pilot-pool.md has it as an alias).
        Hint: give the alias to one entry only and explain the difference in the other definition."
    `);
  });

  test('errors if an alias equals another term', () => {
    expect(lint([entry('migration', 'Migration'), entry('upgrade', 'Upgrade', ['migration'])])).toMatchInlineSnapshot(`
      "content/glossary/upgrade.md → aliases[0]: found \`migration\`, expected a name no other glossary entry uses (content/glossary/migration.md has it as its term).
        Hint: an alias may not equal another term; drop the alias, or merge the two entries."
    `);
  });

  test('errors if two names differ only in spacing, as the linker treats them as one', () => {
    expect(lint([entry('pilot-pool', 'Pilot pool'), entry('pilot-pool-2', 'Pilot  pool'), entry('legacy-pool', 'Legacy pool', ['legacy   pool'])])).toMatchInlineSnapshot(`
      "content/glossary/pilot-pool-2.md → term: found \`Pilot  pool\`, expected a name no other glossary entry uses (content/glossary/pilot-pool.md has it as its term).
        Hint: two files define the same term; merge them into one entry.

      content/glossary/legacy-pool.md → aliases[0]: found \`legacy   pool\`, expected a name this entry does not already have (it is its term).
        Hint: remove the repeated alias."
    `);
  });

  test('errors if an entry repeats its own name as an alias', () => {
    expect(lint([entry('pool', 'Pool', ['pool'])])).toMatchInlineSnapshot(`
      "content/glossary/pool.md → aliases[0]: found \`pool\`, expected a name this entry does not already have (it is its term).
        Hint: remove the repeated alias."
    `);
  });

  test('errors if related names an unknown term', () => {
    expect(lint([entry('migration', 'Migration', [], ['coexistance'])])).toMatchInlineSnapshot(`
      "content/glossary/migration.md → related[0]: found \`coexistance\`, expected the file name (without .md) of another glossary term.
        Hint: check the spelling against content/glossary/, or remove the reference."
    `);
  });

  test('does not blame related references to a file that exists but failed to parse', () => {
    expect(validateGlossary([entry('pilot-pool', 'Pilot pool', [], ['migration'])], ['pilot-pool', 'migration'])).toEqual([]);
  });

  test('errors if the full definition is empty', () => {
    expect(lint([entry('pool', 'Pool', [], [], '\n  \n')])).toMatchInlineSnapshot(`
      "content/glossary/pool.md → body: found an empty full definition, expected one or more paragraphs after the frontmatter.
        Hint: write the full definition below the closing \`---\`."
    `);
  });
});
