import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** A fenced code block that never closes, by the line its opening fence is on. */
export interface UnclosedFence {
  line: number;
  /** The opening fence line as written, e.g. ```` ```powershell ````. */
  fence: string;
  /** The fence characters alone, which the closing fence must repeat, e.g. ```` ``` ````. */
  marker: string;
}

/**
 * Finds fenced code blocks with no closing fence and records them in `remarkPluginFrontmatter.unclosedFences`
 * for the build to report (src/lib/validate-fences.ts). CommonMark lets such a block run to the end of the
 * document, so a forgotten ```` ``` ```` silently turns every later step, heading and checklist into code.
 * A fenced block is closed when the last line of its source is a fence of the same character, at least as long.
 * Takes no options.
 *
 * @example
 * // 1. Run:
 * //    ```powershell
 * //    Get-CsPool
 * // ## Verify        ← inside the code block, and nothing says so
 * // → remarkPluginFrontmatter.unclosedFences = [{ line: 2, fence: '```powershell', marker: '```' }]
 */
export default function remarkUnclosedFences() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const unclosed: UnclosedFence[] = [];
    visit(tree, 'code', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const lines = source.slice(start, end).split('\n');
      const fence = fenceRun(lines[0] ?? '');
      if (!fence) return; // an indented code block has no fences
      const last = lines.length > 1 ? stripContainers(lines.at(-1) ?? '').trimEnd() : '';
      const closed = last.length >= fence.length && last === fence[0]!.repeat(last.length);
      if (!closed) unclosed.push({ line: node.position!.start.line, fence: lines[0]!.trim(), marker: fence });
    });
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {})['unclosedFences'] = unclosed;
  };
}

/** The line without the indentation and `>` markers of the list items and block quotes it sits in. */
function stripContainers(line: string): string {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '>')) i++;
  return line.slice(i);
}

/** The opening fence (three or more backticks or tildes) a line starts with, or undefined. */
function fenceRun(line: string): string | undefined {
  const text = stripContainers(line);
  const char = text[0];
  if (char !== '`' && char !== '~') return undefined;
  let n = 0;
  while (text[n] === char) n++;
  return n >= 3 ? char.repeat(n) : undefined;
}
