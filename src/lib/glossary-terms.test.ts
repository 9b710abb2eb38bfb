import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ContentValidationError } from './content-issue.ts';
import { glossaryFilesFixed, loadGlossaryTerms } from './glossary-terms.ts';

/** A throwaway glossary folder with the given files. */
function glossary(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lync-glossary-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problems(dir: string): string {
  try {
    loadGlossaryTerms(dir);
  } catch (error) {
    if (error instanceof ContentValidationError) return error.message.replaceAll(relative(process.cwd(), dir), 'glossary');
    throw error;
  }
  return 'no problems';
}

const pool = '---\nterm: Pilot pool\naliases: [pilot pools]\nshort: The first 2013 pool.\nrelated: [migration]\n---\nThe first Lync Server 2013 pool.\n';

describe('loadGlossaryTerms', () => {
  afterEach(() => glossaryFilesFixed(false));

  test('reads every term with its id, names, short and full definition', () => {
    const dir = glossary({ 'pilot-pool.md': pool, 'migration.md': '---\nterm: Migration\nshort: Moving.\n---\nMoving to 2013.\n' });
    expect(loadGlossaryTerms(dir).map((t) => ({ ...t, filePath: basename(t.filePath) }))).toEqual([
      { id: 'migration', filePath: 'migration.md', term: 'Migration', aliases: [], short: 'Moving.', related: [], body: 'Moving to 2013.\n' },
      { id: 'pilot-pool', filePath: 'pilot-pool.md', term: 'Pilot pool', aliases: ['pilot pools'], short: 'The first 2013 pool.', related: ['migration'], body: 'The first Lync Server 2013 pool.\n' },
    ]);
  });

  test('returns the same terms until a file is edited, added or removed, as under astro dev', () => {
    const dir = glossary({ 'migration.md': '---\nterm: Migration\nshort: Moving.\n---\nMoving.\n' });
    const first = loadGlossaryTerms(dir);
    expect(loadGlossaryTerms(dir), 'unchanged files are not read again').toBe(first);

    // An edit of the same length, so only the modification time tells it apart.
    writeFileSync(join(dir, 'migration.md'), '---\nterm: Migration\nshort: Moved!.\n---\nMoving.\n');
    utimesSync(join(dir, 'migration.md'), new Date(), new Date(Date.now() + 5000));
    const edited = loadGlossaryTerms(dir);
    expect(edited.map((t) => t.short)).toEqual(['Moved!.']);
    expect(loadGlossaryTerms(dir)).toBe(edited);

    writeFileSync(join(dir, 'pool.md'), '---\nterm: Pool\nshort: A pool.\n---\nA pool.\n');
    expect(loadGlossaryTerms(dir).map((t) => t.id)).toEqual(['migration', 'pool']);
    rmSync(join(dir, 'pool.md'));
    expect(loadGlossaryTerms(dir).map((t) => t.id)).toEqual(['migration']);
  });

  test('reads and validates once while the files are declared fixed, as under astro build', () => {
    const dir = glossary({ 'migration.md': '---\nterm: Migration\nshort: Moving.\n---\nMoving.\n' });
    const first = loadGlossaryTerms(dir);
    glossaryFilesFixed(true);
    // Broken now, but a build has already read and checked these files and does not look again.
    writeFileSync(join(dir, 'pool.md'), '---\nterm: Migration\nshort: Clash.\n---\nClash.\n');
    expect(loadGlossaryTerms(dir)).toBe(first);
    glossaryFilesFixed(false);
    expect(problems(dir)).toContain('pool.md → term: found `Migration`, expected a name no other glossary entry uses');
  });

  test('a glossary that fails is read again on the next call, not cached', () => {
    const dir = glossary({ 'migration.md': '---\nterm: Migration\nshort: ""\n---\nMoving.\n' });
    expect(problems(dir)).toContain('migration.md → short');
    writeFileSync(join(dir, 'migration.md'), '---\nterm: Migration\nshort: Fixed.\n---\nMoving.\n');
    expect(loadGlossaryTerms(dir).map((t) => t.short)).toEqual(['Fixed.']);
  });

  test('errors on YAML that does not parse, naming the line, without blaming references to that file', () => {
    const dir = glossary({ 'pilot-pool.md': pool, 'migration.md': '---\nterm: Migration\naliases: [migrations\nshort: Moving.\n---\nMoving.\n' });
    expect(problems(dir)).toMatchInlineSnapshot(`
      "The guide content has 1 problem and was not built:

      glossary/migration.md → frontmatter: found YAML that does not parse (missed comma between flow collection entries on line 4), expected valid YAML between the two \`---\` lines.
        Hint: quote values that contain a colon, and close every bracket and quote.
      "
    `);
  });

  test('errors on frontmatter the schema rejects, with the field named', () => {
    const dir = glossary({ 'pool.md': '---\nterm: Pool\nshort: ""\nsee: [x]\n---\nA pool.\n', 'edge.md': '---\nshort: An edge.\n---\nEdge.\n' });
    expect(problems(dir)).toMatchInlineSnapshot(`
      "The guide content has 3 problems and was not built:

      glossary/edge.md → term: found nothing, expected text.
        Hint: see content/README.md for every field's format.

      glossary/pool.md → short: found empty text, expected text that is not empty.
        Hint: see content/README.md for every field's format.

      glossary/pool.md → see: found a field this format does not have, expected only \`term\`, \`aliases\`, \`short\`, \`related\`.
        Hint: check the spelling against content/README.md, or remove the field.
      "
    `);
  });
});
