import { describe, expect, test } from 'vitest';
import { buildFixture } from './support/build-fixture.ts';

/**
 * The part of the build output that carries the message: our validator prints "file → field: found …" and a
 * hint; Astro's schema errors print the entry, the field message, and the file under "Location".
 */
function problem(output: string, file: string): string {
  const lines = output.split('\n').map((l) => l.trim());
  const ours = lines.findIndex((l) => l.includes(file) && l.includes('→'));
  if (ours !== -1) return `${lines[ours]}\n${lines[ours + 1]}`;
  const schema = lines.findIndex((l) => l.includes('does not match collection schema'));
  const location = lines.find((l) => l.endsWith(`${file}:0:0`));
  if (schema === -1 || !location) return `no message naming ${file} in:\n${output.slice(-1500)}`;
  const field = lines.slice(schema + 1).find((l) => l !== '');
  return `${lines[schema]!.replace(/^\[\w+\] /, '')}\n${field}\n${location}`;
}

describe('building content', () => {
  test('the valid fixture builds every page', () => {
    const result = buildFixture(null);
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(result.htmlFiles.sort()).toContain('phase-8-decommission-legacy-pools/index.html');
    expect(result.htmlFiles).toContain('index.html');
  });

  describe('bad input fails the build, names file and field, and publishes nothing', () => {
    const cases: [string, string, string][] = [
      ['missing-title', 'phase-4-move-test-users-to-the-pilot-pool.mdx', 'guide → phase-4-move-test-users-to-the-pilot-pool data does not match collection schema.\ntitle: missing, expected text. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-4-move-test-users-to-the-pilot-pool.mdx:0:0'],
      ['bad-downtime', 'phase-2-prepare-for-migration.mdx', 'guide → phase-2-prepare-for-migration data does not match collection schema.\ndowntime: found `some`, expected one of `none`, `partial`, `full`. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-2-prepare-for-migration.mdx:0:0'],
      ['phase-on-overview', 'migration-from-lync-server-2010-to-lync-server-2013.mdx', 'guide → migration-from-lync-server-2010-to-lync-server-2013 data does not match collection schema.\nphase: only phases have a phase number; remove it or set kind to `phase`\ncontent/guide/migration-from-lync-server-2010-to-lync-server-2013.mdx:0:0'],
      ['duplicate-phase', 'phase-6-move-from-pilot-deployment-into-production.mdx', 'content/guide/phase-6-move-from-pilot-deployment-into-production.mdx → phase: found `5`, expected a phase number no other page uses (content/guide/phase-5-add-lync-server-2013-edge-server-to-pilot-pool.mdx has it).\nHint: give each phase page a distinct number from 1 to 8.'],
      ['unknown-prerequisite', 'phase-1-plan-your-migration-from-lync-server-2010.mdx', 'content/guide/phase-1-plan-your-migration-from-lync-server-2010.mdx → prerequisites: found `phase-0-dream`, expected the file name (without extension) of a guide page.\nHint: known pages: before-you-begin-the-migration, migration-from-lync-server-2010-to-lync-server-2013, phase-1-plan-your-migration-from-lync-server-2010, phase-2-prepare-for-migration, phase-3-deploy-lync-server-2013-pilot-pool, phase-4-move-test-users-to-the-pilot-pool, phase-5-add-lync-server-2013-edge-server-to-pilot-pool, phase-6-move-from-pilot-deployment-into-production, phase-7-complete-post-migration-tasks, phase-8-decommission-legacy-pools.'],
      ['broken-link', 'phase-3-deploy-lync-server-2013-pilot-pool.mdx', 'content/guide/phase-3-deploy-lync-server-2013-pilot-pool.mdx → link on line 19: found `phase-9-celebrate`, expected the file name of a guide page.\nHint: link to one of: before-you-begin-the-migration, migration-from-lync-server-2010-to-lync-server-2013, phase-1-plan-your-migration-from-lync-server-2010, phase-2-prepare-for-migration, phase-3-deploy-lync-server-2013-pilot-pool, phase-4-move-test-users-to-the-pilot-pool, phase-5-add-lync-server-2013-edge-server-to-pilot-pool, phase-6-move-from-pilot-deployment-into-production, phase-7-complete-post-migration-tasks, phase-8-decommission-legacy-pools (with .md or .mdx, optionally #anchor).'],
      ['broken-anchor', 'phase-3-deploy-lync-server-2013-pilot-pool.mdx', 'content/guide/phase-3-deploy-lync-server-2013-pilot-pool.mdx → link on line 19: found `#back-up-everything`, expected a heading id on content/guide/phase-2-prepare-for-migration.mdx.\nHint: use one of that page\'s headings: section-of-phase-2-prepare-for-migration.'],
      ['duplicate-term', 'pilot-pool.md', 'content/glossary/pilot-pool.md → term: found `Pilot pool`, expected a name no other glossary entry uses (content/glossary/pilot-pool-2013.md has it as its term).\nHint: two files define the same term; merge them into one entry.'],
      ['duplicate-alias', 'trial-pool.md', 'content/glossary/trial-pool.md → aliases[1]: found `Pilot Pools`, expected a name no other glossary entry uses (content/glossary/pilot-pool.md has it as an alias).\nHint: give the alias to one entry only and explain the difference in the other definition.'],
      ['alias-equals-term', 'upgrade.md', 'content/glossary/upgrade.md → aliases[0]: found `migration`, expected a name no other glossary entry uses (content/glossary/migration.md has it as its term).\nHint: an alias may not equal another term; drop the alias, or merge the two entries.'],
      ['unknown-related', 'migration.md', 'content/glossary/migration.md → related[1]: found `coexistance`, expected the file name (without .md) of another glossary term.\nHint: check the spelling against content/glossary/, or remove the reference.'],
      ['empty-definition', 'pilot-pool.md', 'content/glossary/pilot-pool.md → body: found an empty full definition, expected one or more paragraphs after the frontmatter.\nHint: write the full definition below the closing `---`.'],
      ['invalid-yaml', 'migration.md', 'content/glossary/migration.md → frontmatter: found YAML that does not parse (missed comma between flow collection entries on line 4), expected valid YAML between the two `---` lines.\nHint: quote values that contain a colon, and close every bracket and quote.'],
    ];
    test.each(cases)('%s', (name, file, expected) => {
      const result = buildFixture(name);
      expect(result.status).not.toBe(0);
      expect(problem(result.output, file)).toBe(expected);
      expect(result.htmlFiles).toEqual([]);
    });
  });
});
