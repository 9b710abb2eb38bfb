import { describe, expect, test } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkUnclosedFences, { type UnclosedFence } from '../plugins/remark-unclosed-fences.ts';
import { formatIssue } from './content-issue.ts';
import { validateFences } from './validate-fences.ts';

async function unclosed(markdown: string): Promise<UnclosedFence[]> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [remarkUnclosedFences], syntaxHighlight: false });
  const { metadata } = await processor.render(markdown);
  return metadata.frontmatter['unclosedFences'] as UnclosedFence[];
}

describe('unclosed code fences', () => {
  test('finds a fence that runs to the end of the page', async () => {
    expect(await unclosed('Intro.\n\n```powershell\nGet-CsPool\n\n## Verify\n')).toEqual([{ line: 3, fence: '```powershell', marker: '```' }]);
  });

  test('finds a fence left open inside a list item', async () => {
    expect(await unclosed('1. Run:\n\n   ~~~~\n   Get-CsPool\n\n2. Next step.\n')).toEqual([{ line: 3, fence: '~~~~', marker: '~~~~' }]);
  });

  test('accepts closed fences, longer closing fences, tildes, fences in block quotes and indented code', async () => {
    expect(await unclosed('```\na\n```\n\n````md\n```\n`````\n\n~~~\nb\n~~~\n\n> ```\n> c\n> ```\n\n    indented\n')).toEqual([]);
  });

  test('does not take a shorter or different fence for a closing one', async () => {
    expect(await unclosed('````\na\n```\n')).toEqual([{ line: 1, fence: '````', marker: '````' }]);
    expect(await unclosed('```\na\n~~~\n')).toEqual([{ line: 1, fence: '```', marker: '```' }]);
  });

  test('reports each one with file, line, what to add and a hint', () => {
    const [issue] = validateFences([{ filePath: 'content/guide/phase-2.mdx', unclosedFences: [{ line: 12, fence: '```powershell', marker: '```' }] }]);
    expect(formatIssue(issue!)).toMatchInlineSnapshot(`
      "content/guide/phase-2.mdx → code block on line 12: found an opening fence (\`\`\`powershell) with no closing fence, so everything after it to the end of its list item or page is shown as code, expected a closing \`\`\` on its own line.
        Hint: add the closing fence after the last line of code, indented like the opening one."
    `);
  });
});
