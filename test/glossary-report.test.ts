import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'fixtures');

/** Runs `npm run glossary` against the valid fixture, optionally with a bad-input overlay. */
function report(overlay?: string, extra: Record<string, string> = {}) {
  const content = mkdtempSync(join(tmpdir(), 'lync-glossary-report-'));
  cpSync(join(fixtures, 'valid'), content, { recursive: true });
  if (overlay) cpSync(join(fixtures, 'bad', overlay), content, { recursive: true });
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(content, path), text);
  const result = spawnSync(process.execPath, ['scripts/glossary-report.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
  rmSync(content, { recursive: true, force: true });
  const clean = (text: string) => text.replaceAll(relative(root, content), 'content');
  return { status: result.status, stdout: clean(result.stdout), stderr: clean(result.stderr) };
}

describe('npm run glossary', () => {
  test('prints each term with the number of pages that link it, in reading order', () => {
    const { status, stdout } = report();
    expect(status).toBe(0);
    expect(stdout.split('\n').filter((l) => /^(Term|Migration|Pilot pool)\b/.test(l))).toEqual([
      'Term        Pages  Linked on',
      'Migration      10  Overview, Before you begin, Phase 1, Phase 2, Phase 3, Phase 4, Phase 5, Phase 6, Phase 7, Phase 8',
      'Pilot pool     10  Overview, Before you begin, Phase 1, Phase 2, Phase 3, Phase 4, Phase 5, Phase 6, Phase 7, Phase 8',
    ]);
  });

  test('exits non-zero with the linter message when the glossary has errors', () => {
    const { status, stderr } = report('duplicate-alias');
    expect(status).toBe(1);
    expect(stderr).toContain('content/glossary/trial-pool.md → aliases[1]: found `Pilot Pools`');
  });

  test('lists terms no page links as warnings, without failing', () => {
    const { status, stdout } = report(undefined, { 'glossary/unused-term.md': '---\nterm: Never mentioned\nshort: Unused.\n---\nNot used anywhere.\n' });
    expect(status).toBe(0);
    expect(stdout).toContain('Never mentioned      0  (none)');
    expect(stdout).toContain('content/glossary/unused-term.md → term: found `Never mentioned`, which no guide page links, expected a term that at least one page uses.');
  });
});
