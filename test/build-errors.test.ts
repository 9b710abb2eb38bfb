import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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

  // Each case is test/fixtures/bad/<name>/ laid over the valid fixture (see test/fixtures/bad/README.md).
  describe('bad input fails the build, names file and field, and publishes nothing', () => {
    const cases: [string, string, string][] = [
      // Frontmatter fields (schema)
      ['missing-title', 'phase-4-move-test-users-to-the-pilot-pool.mdx', 'guide → phase-4-move-test-users-to-the-pilot-pool data does not match collection schema.\ntitle: missing, expected text. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-4-move-test-users-to-the-pilot-pool.mdx:0:0'],
      ['no-frontmatter', 'phase-5-add-lync-server-2013-edge-server-to-pilot-pool.mdx', 'guide → phase-5-add-lync-server-2013-edge-server-to-pilot-pool data does not match collection schema.\ntitle: missing, expected text. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-5-add-lync-server-2013-edge-server-to-pilot-pool.mdx:0:0'],
      ['description-wrong-type', 'phase-7-complete-post-migration-tasks.mdx', 'guide → phase-7-complete-post-migration-tasks data does not match collection schema.\ndescription: found `42`, expected text. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-7-complete-post-migration-tasks.mdx:0:0'],
      ['empty-summary', 'phase-3-deploy-lync-server-2013-pilot-pool.mdx', 'guide → phase-3-deploy-lync-server-2013-pilot-pool data does not match collection schema.\nsummary: found empty text, expected text that is not empty. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-3-deploy-lync-server-2013-pilot-pool.mdx:0:0'],
      ['unknown-field', 'phase-2-prepare-for-migration.mdx', 'guide → phase-2-prepare-for-migration data does not match collection schema.\nowner: found a field this format does not have, expected only `title`, `description`, `kind`, `phase`, `summary`, `duration`, `downtime`, `roles`, `permissions`, `prerequisites`, `rollback`, `lastReviewed`. Hint: check the spelling against content/README.md, or remove the field.\ncontent/guide/phase-2-prepare-for-migration.mdx:0:0'],
      ['unknown-kind', 'phase-4-move-test-users-to-the-pilot-pool.mdx', 'guide → phase-4-move-test-users-to-the-pilot-pool data does not match collection schema.\nkind: found `chapter`, expected one of `overview`, `prerequisites`, `phase`, `appendix`. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-4-move-test-users-to-the-pilot-pool.mdx:0:0'],
      ['bad-downtime', 'phase-2-prepare-for-migration.mdx', 'guide → phase-2-prepare-for-migration data does not match collection schema.\ndowntime: found `some`, expected one of `none`, `partial`, `full`. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-2-prepare-for-migration.mdx:0:0'],
      ['phase-not-a-number', 'phase-3-deploy-lync-server-2013-pilot-pool.mdx', 'guide → phase-3-deploy-lync-server-2013-pilot-pool data does not match collection schema.\nphase: found `three`, expected a number. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-3-deploy-lync-server-2013-pilot-pool.mdx:0:0'],
      ['phase-out-of-range', 'phase-8-decommission-legacy-pools.mdx', 'guide → phase-8-decommission-legacy-pools data does not match collection schema.\nphase: found `9`, expected a number at most 8. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-8-decommission-legacy-pools.mdx:0:0'],
      ['phase-missing-on-phase', 'phase-7-complete-post-migration-tasks.mdx', 'guide → phase-7-complete-post-migration-tasks data does not match collection schema.\nphase: missing, expected a phase number from 1 to 8 because kind is `phase`. Hint: add `phase: N`, or set kind to `appendix` for reference material.\ncontent/guide/phase-7-complete-post-migration-tasks.mdx:0:0'],
      ['phase-on-overview', 'migration-from-lync-server-2010-to-lync-server-2013.mdx', 'guide → migration-from-lync-server-2010-to-lync-server-2013 data does not match collection schema.\nphase: found `1` on a page whose kind is `overview`, expected no phase number. Hint: only phases have a phase number; remove it or set kind to `phase`.\ncontent/guide/migration-from-lync-server-2010-to-lync-server-2013.mdx:0:0'],
      ['roles-not-a-list', 'phase-5-add-lync-server-2013-edge-server-to-pilot-pool.mdx', 'guide → phase-5-add-lync-server-2013-edge-server-to-pilot-pool data does not match collection schema.\nroles: found `Front End Server`, expected a list. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-5-add-lync-server-2013-edge-server-to-pilot-pool.mdx:0:0'],
      ['unknown-role', 'phase-5-add-lync-server-2013-edge-server-to-pilot-pool.mdx', 'guide → phase-5-add-lync-server-2013-edge-server-to-pilot-pool data does not match collection schema.\nroles.1: found `Web Server`, expected one of `Front End Server`, `Back End Server`, `Edge Server`, `Director`, `Mediation Server`, `Archiving Server`, `Monitoring Server`, `Group Chat Server`, `Survivable Branch Appliance`, `Central Management Server`, `XMPP Gateway`, `Trusted Application Server`, `File Server`, `Reverse Proxy`. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-5-add-lync-server-2013-edge-server-to-pilot-pool.mdx:0:0'],
      ['permissions-empty-entry', 'phase-8-decommission-legacy-pools.mdx', 'guide → phase-8-decommission-legacy-pools data does not match collection schema.\npermissions.1: found empty text, expected text that is not empty. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-8-decommission-legacy-pools.mdx:0:0'],
      ['duration-unknown-unit', 'phase-1-plan-your-migration-from-lync-server-2010.mdx', 'guide → phase-1-plan-your-migration-from-lync-server-2010 data does not match collection schema.\nduration.unit: found `fortnights`, expected one of `minutes`, `hours`, `days`, `weeks`. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-1-plan-your-migration-from-lync-server-2010.mdx:0:0'],
      ['duration-max-below-min', 'phase-6-move-from-pilot-deployment-into-production.mdx', 'guide → phase-6-move-from-pilot-deployment-into-production data does not match collection schema.\nduration.max: found `2`, less than min, expected a maximum at least as large as the minimum. Hint: swap the two numbers, or fix the one that is wrong.\ncontent/guide/phase-6-move-from-pilot-deployment-into-production.mdx:0:0'],
      ['missing-lastreviewed', 'phase-1-plan-your-migration-from-lync-server-2010.mdx', 'guide → phase-1-plan-your-migration-from-lync-server-2010 data does not match collection schema.\nlastReviewed: missing, expected a date such as 2026-11-25. Hint: see content/README.md for every field\'s format.\ncontent/guide/phase-1-plan-your-migration-from-lync-server-2010.mdx:0:0'],
      ['bad-date', 'phase-2-prepare-for-migration.mdx', 'content/guide/phase-2-prepare-for-migration.mdx → lastReviewed: found `2026-13-45`, expected a real calendar date written YYYY-MM-DD.\nHint: check the month (01 to 12) and the day; YAML would otherwise silently move it to another date.'],
      ['guide-invalid-yaml', 'phase-2-prepare-for-migration.mdx', 'content/guide/phase-2-prepare-for-migration.mdx → frontmatter line 10: found invalid YAML (missed comma between flow collection entries), expected YAML frontmatter between the two `---` lines.\nHint: check brackets, quotes and indentation on that line and the one before; lists are written `[a, b]`, and text containing `: ` or starting with `[`, `{`, `"` or `>` needs quotes.'],
      // The guide as a whole
      ['duplicate-phase', 'phase-6-move-from-pilot-deployment-into-production.mdx', 'content/guide/phase-6-move-from-pilot-deployment-into-production.mdx → phase: found `5`, expected a phase number no other page uses (content/guide/phase-5-add-lync-server-2013-edge-server-to-pilot-pool.mdx has it).\nHint: give each phase page a distinct number from 1 to 8.'],
      ['missing-phase', 'content/guide', 'content/guide/ → phase: found no page for phase 6, expected one page for each phase 1 to 8.\nHint: add the missing phase pages, or fix the phase numbers so they run 1 to 8 without gaps.'],
      ['two-overviews', 'before-you-begin-the-migration.mdx', 'content/guide/migration-from-lync-server-2010-to-lync-server-2013.mdx → kind: found `overview`, expected no second overview page (content/guide/before-you-begin-the-migration.mdx already is one).\nHint: set kind to `phase` with a phase number, or merge the two pages.'],
      ['missing-prerequisites-page', 'content/guide', 'content/guide → kind: found no page with kind `prerequisites`, expected exactly one.\nHint: add the prerequisites page or set `kind: prerequisites` on the page that is meant to be it.'],
      ['unknown-prerequisite', 'phase-1-plan-your-migration-from-lync-server-2010.mdx', 'content/guide/phase-1-plan-your-migration-from-lync-server-2010.mdx → prerequisites: found `phase-0-dream`, expected the file name (without extension) of a guide page.\nHint: known pages: before-you-begin-the-migration, migration-from-lync-server-2010-to-lync-server-2013, phase-1-plan-your-migration-from-lync-server-2010, phase-2-prepare-for-migration, phase-3-deploy-lync-server-2013-pilot-pool, phase-4-move-test-users-to-the-pilot-pool, phase-5-add-lync-server-2013-edge-server-to-pilot-pool, phase-6-move-from-pilot-deployment-into-production, phase-7-complete-post-migration-tasks, phase-8-decommission-legacy-pools.'],
      ['self-prerequisite', 'phase-4-move-test-users-to-the-pilot-pool.mdx', 'content/guide/phase-4-move-test-users-to-the-pilot-pool.mdx → prerequisites: found `phase-4-move-test-users-to-the-pilot-pool`, expected another page.\nHint: a page cannot be its own prerequisite; remove it.'],
      // Page bodies
      ['broken-link', 'phase-3-deploy-lync-server-2013-pilot-pool.mdx', 'content/guide/phase-3-deploy-lync-server-2013-pilot-pool.mdx → link on line 19: found `phase-9-celebrate`, expected the file name of a guide page.\nHint: link to one of: before-you-begin-the-migration, migration-from-lync-server-2010-to-lync-server-2013, phase-1-plan-your-migration-from-lync-server-2010, phase-2-prepare-for-migration, phase-3-deploy-lync-server-2013-pilot-pool, phase-4-move-test-users-to-the-pilot-pool, phase-5-add-lync-server-2013-edge-server-to-pilot-pool, phase-6-move-from-pilot-deployment-into-production, phase-7-complete-post-migration-tasks, phase-8-decommission-legacy-pools (with .md or .mdx, optionally #anchor).'],
      ['broken-anchor', 'phase-3-deploy-lync-server-2013-pilot-pool.mdx', 'content/guide/phase-3-deploy-lync-server-2013-pilot-pool.mdx → link on line 19: found `#back-up-everything`, expected a heading id on content/guide/phase-2-prepare-for-migration.mdx.\nHint: use one of that page\'s headings: section-of-phase-2-prepare-for-migration.'],
      ['invalid-mdx', 'phase-5-add-lync-server-2013-edge-server-to-pilot-pool.mdx', 'content/guide/phase-5-add-lync-server-2013-edge-server-to-pilot-pool.mdx → body line 17: found invalid MDX (Unexpected end of file in expression, expected a corresponding closing brace for `{`), expected Markdown that MDX can compile.\nHint: MDX reads `<`, `>`, `{` and `}` in prose as JSX or expressions: put placeholders, comparisons and braces inside inline code or a code block, or write them as `&lt;`, `&gt;`, `&#123;`, `&#125;`. See "MDX pitfalls" in content/README.md.'],
      ['unclosed-code-fence', 'phase-3-deploy-lync-server-2013-pilot-pool.mdx', 'content/guide/phase-3-deploy-lync-server-2013-pilot-pool.mdx → code block on line 19: found an opening fence (```powershell) with no closing fence, so everything after it to the end of its list item or page is shown as code, expected a closing ``` on its own line.\nHint: add the closing fence after the last line of code, indented like the opening one.'],
      // Glossary (the glossary linter's own cases live with it)
      ['glossary-missing-short', 'pilot-pool.md', 'content/glossary/pilot-pool.md → short: found nothing, expected text.\nHint: see content/README.md for every field\'s format.'],
      ['duplicate-term', 'pilot-pool.md', 'content/glossary/pilot-pool.md → term: found `Pilot pool`, expected a name no other glossary entry uses (content/glossary/pilot-pool-2013.md has it as its term).\nHint: two files define the same term; merge them into one entry.'],
      ['duplicate-alias', 'trial-pool.md', 'content/glossary/trial-pool.md → aliases[1]: found `Pilot Pools`, expected a name no other glossary entry uses (content/glossary/pilot-pool.md has it as an alias).\nHint: give the alias to one entry only and explain the difference in the other definition.'],
      ['alias-equals-term', 'upgrade.md', 'content/glossary/upgrade.md → aliases[0]: found `migration`, expected a name no other glossary entry uses (content/glossary/migration.md has it as its term).\nHint: an alias may not equal another term; drop the alias, or merge the two entries.'],
      ['unknown-related', 'migration.md', 'content/glossary/migration.md → related[1]: found `coexistance`, expected the file name (without .md) of another glossary term.\nHint: check the spelling against content/glossary/, or remove the reference.'],
      ['empty-definition', 'pilot-pool.md', 'content/glossary/pilot-pool.md → body: found an empty full definition, expected one or more paragraphs after the frontmatter.\nHint: write the full definition below the closing `---`.'],
      ['invalid-yaml', 'migration.md', 'content/glossary/migration.md → frontmatter: found YAML that does not parse (missed comma between flow collection entries on line 4), expected valid YAML between the two `---` lines.\nHint: quote values that contain a colon, and close every bracket and quote.'],
    ];
    test('the corpus has at least 25 cases and every fixture folder is one of them', () => {
      const folders = readdirSync(join(import.meta.dirname, 'fixtures', 'bad'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
      expect(cases.length).toBeGreaterThanOrEqual(25);
      expect(folders.sort()).toEqual(cases.map(([name]) => name).sort());
    });

    test.each(cases)('%s', (name, file, expected) => {
      const result = buildFixture(name);
      expect(result.status).not.toBe(0);
      expect(problem(result.output, file)).toBe(expected);
      expect(result.htmlFiles).toEqual([]);
    });
  });
});
