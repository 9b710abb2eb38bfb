import { readFile } from 'node:fs/promises';
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import rehypeTaskLists from './rehype-task-lists.ts';
import rehypeStepIds, { type ChecklistSummary } from './rehype-step-ids.ts';

// The same plugin order as astro.config.mjs: task lists first, then heading ids, then step ids.
const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeTaskLists, rehypeHeadingIds, rehypeStepIds], syntaxHighlight: false });

async function render(fixture: string, kind = 'phase') {
  const source = await readFile(new URL(`../../test/fixtures/steps/${fixture}`, import.meta.url), 'utf8');
  const { code, metadata } = await processor.render(source, { frontmatter: { kind } });
  const ids = [...code.matchAll(/<li[^>]* id="([^"]+)" data-check="(step|verify)"/g)].map((m) => m[1]);
  return { code, ids, checklist: metadata.frontmatter['checklist'] as ChecklistSummary };
}

describe('rehype-step-ids', () => {
  it('names steps and Verify items by their heading and position', async () => {
    const { ids, checklist } = await render('procedure-v1.md');
    expect(ids).toMatchInlineSnapshot(`
      [
        "using-lync-server-control-panel/step-1",
        "using-lync-server-control-panel/step-2",
        "using-lync-server-control-panel/step-3",
        "using-lync-server-control-panel/verify-1",
        "using-lync-server-control-panel/verify-2",
        "using-lync-server-management-shell/step-1",
        "test-the-moved-users/verify-1",
      ]
    `);
    expect(checklist).toEqual({ total: 7 });
  });

  it('keeps every id when the words of steps and Verify items are edited', async () => {
    const before = await render('procedure-v1.md');
    const after = await render('procedure-v2.md');
    expect(after.code).not.toBe(before.code);
    expect(after.code).toContain('from the Start menu');
    expect(after.ids).toEqual(before.ids);
  });

  it('treats sub-steps as part of their step and lists before the first heading as introduction', async () => {
    const { code } = await render('procedure-v1.md');
    expect(code).toContain('<li>Read the page.</li>');
    expect(code).toContain('<li>Type <code>Raman</code> in the search box.</li>');
  });

  it('marks steps and Verify items for the script and the print stylesheet', async () => {
    const { code } = await render('procedure-v1.md');
    expect(code).toContain('<li id="using-lync-server-management-shell/step-1" data-check="step">Run <code>Move-CsUser</code>.</li>');
    expect(code).toContain('<li class="check-item" id="test-the-moved-users/verify-1" data-check="verify"><span class="check-box" aria-hidden="true"></span>');
  });

  it('leaves pages that are not procedures alone', async () => {
    const { ids, checklist } = await render('procedure-v1.md', 'overview');
    expect(ids).toEqual([]);
    expect(checklist).toEqual({ total: 0 });
  });
});
