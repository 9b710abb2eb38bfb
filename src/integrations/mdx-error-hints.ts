import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { formatIssue } from '../lib/content-issue.ts';

/** The Vite plugin @astrojs/mdx registers to compile `.mdx` files. */
const MDX_PLUGIN = '@mdx-js/rolldown';

interface MdxError extends Error {
  loc?: { file?: string; line?: number; column?: number };
}
type Handler = (this: unknown, ...args: unknown[]) => Promise<unknown>;
interface TransformPlugin {
  name?: string;
  transform?: { handler: Handler };
}

/**
 * Rewrites MDX syntax errors in guide pages into the build's usual message: the file and line, what the
 * compiler found, what it expected, and what to do. The MDX compiler names the file and position but says
 * nothing about the usual cause here (`<`, `>`, `{` or `}` in prose, which MDX reads as JSX or expressions).
 * Must be listed after `mdx()`, whose compiler plugin it wraps.
 *
 * @example
 * // The pilot pool <Setting value={ is ready.
 * // → content/guide/phase-5.mdx → body line 17: found invalid MDX (Unexpected end of file in expression, …),
 * //   expected Markdown that MDX can compile. Hint: write <, >, { and } inside inline code or code blocks, …
 */
export default function mdxErrorHints(): AstroIntegration {
  return {
    name: 'lync-mdx-error-hints',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const plugins = flatten(config.vite.plugins ?? []) as TransformPlugin[];
        const mdx = plugins.find((p) => p?.name === MDX_PLUGIN);
        if (!mdx?.transform) throw new Error(`mdxErrorHints found no \`${MDX_PLUGIN}\` Vite plugin. Hint: list mdxErrorHints() after mdx() in astro.config.mjs.`);
        const original = mdx.transform.handler;
        mdx.transform.handler = async function (this: unknown, ...args: unknown[]) {
          try {
            return await original.apply(this, args);
          } catch (e) {
            throw withHint(e as MdxError, String(args[1]));
          }
        };
      },
    },
  };
}

/** Vite accepts nested arrays of plugins; integrations add theirs that way. */
function flatten(list: unknown): unknown[] {
  return Array.isArray(list) ? list.flatMap(flatten) : [list];
}

function withHint(error: MdxError, id: string): MdxError {
  const file = relative(process.cwd(), error.loc?.file ?? id);
  const position = error.loc?.line ? `body line ${error.loc.line}` : 'body';
  // The compiler's own text, without the "line:column: " prefix some of its messages carry.
  const reason = error.message.replace(/^\d+:\d+(-\d+:\d+)?: /, '').replace(/\.$/, '');
  error.message = formatIssue({
    file,
    field: position,
    found: `invalid MDX (${reason})`,
    expected: 'Markdown that MDX can compile',
    hint: 'MDX reads `<`, `>`, `{` and `}` in prose as JSX or expressions: put placeholders, comparisons and braces inside inline code or a code block, or write them as `&lt;`, `&gt;`, `&#123;`, `&#125;`. See "MDX pitfalls" in content/README.md.',
  });
  return error;
}
