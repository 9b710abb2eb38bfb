import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { tickKey } from '../src/scripts/checklist-store.ts';
import { buildFixture } from './support/build-fixture.ts';

const page = 'phase-4-move-test-users-to-the-pilot-pool';
const fixtures = join(import.meta.dirname, 'fixtures');
// The valid fixture's Phase 4 frontmatter over a procedure body: a real guide page, built like every other.
const frontmatter = readFileSync(join(fixtures, 'valid', 'guide', `${page}.mdx`), 'utf8').match(/^---\n[\s\S]*?\n---\n/)![0];

/** Builds the valid fixture with Phase 4's body replaced by `test/fixtures/steps/<body>`, and reads what it shows. */
function buildWithProcedure(body: string) {
  const source = frontmatter + readFileSync(join(fixtures, 'steps', body), 'utf8');
  const built = buildFixture(null, { files: { [`guide/${page}.mdx`]: source }, read: [`${page}/index.html`] });
  expect(built.status, built.output.slice(-2000)).toBe(0);
  const tree = fromHtml(built.html[`${page}/index.html`]!);
  const items: { id: string; kind: string; text: string }[] = [];
  let sidebarSteps: string | undefined;
  visit(tree, 'element', (node: Element) => {
    const { id, dataCheck, dataPage, dataSteps } = node.properties;
    if (node.tagName === 'li' && typeof dataCheck === 'string') items.push({ id: String(id), kind: dataCheck, text: toText(node).replace(/\s+/g, ' ').trim() });
    if (node.tagName === 'a' && dataPage === page) sidebarSteps = String(dataSteps);
  });
  return { items, sidebarSteps };
}

describe('step ids in the built site', () => {
  // Two builds of the whole pipeline (MDX, glossary, task lists, heading ids, step ids), as astro.config.mjs runs it.
  let v1: ReturnType<typeof buildWithProcedure>;
  let v2: ReturnType<typeof buildWithProcedure>;
  beforeAll(() => {
    v1 = buildWithProcedure('procedure-v1.md');
    v2 = buildWithProcedure('procedure-v2.md');
  }, 240_000);

  test('name each step and Verify item by its heading and position', () => {
    expect(v1.items.map((i) => i.id)).toEqual([
      'using-lync-server-control-panel/step-1',
      'using-lync-server-control-panel/step-2',
      'using-lync-server-control-panel/step-3',
      'using-lync-server-control-panel/verify-1',
      'using-lync-server-control-panel/verify-2',
      'using-lync-server-management-shell/step-1',
      'test-the-moved-users/verify-1',
    ]);
    expect(v1.sidebarSteps).toBe('7');
  });

  test('stay the same when the words of every step and Verify item are edited', () => {
    // The edit is real: no item reads the same in both builds.
    expect(v2.items.map((i) => i.text).filter((text, n) => text === v1.items[n]!.text)).toEqual([]);
    expect(v2.items[0]!.text).toContain('from the Start menu');
    expect(v2.items.map(({ id, kind }) => ({ id, kind }))).toEqual(v1.items.map(({ id, kind }) => ({ id, kind })));
    expect(v2.sidebarSteps).toBe(v1.sidebarSteps);
  });

  test('so a tick stored against the first build still ticks the same step in the second', () => {
    // What the page script looks up for each checkbox: the stored ticks by page and step id.
    const stored = new Set(v1.items.filter((i) => i.kind === 'step').map((i) => tickKey(page, i.id)));
    const ticked = v2.items.filter((i) => stored.has(tickKey(page, i.id)));
    expect(ticked.map((i) => i.text)).toEqual([
      'On fe13-01, open Lync Server Control Panel from the Start menu.',
      'In the left pane select Users, then Find. Type Raman (part of the display name) in the search box. Select Find.',
      'In Action, select Move selected users to pool.',
      'Run Move-CsUser -Identity "Priya Raman" -Target "pool13.corp.harbourline.example".',
    ]);
  });
});
