import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { formatIssue } from './content-issue.ts';

interface YamlError extends Error {
  loc?: { file?: string; line?: number; column?: number };
}

/**
 * Wraps a content loader so invalid YAML frontmatter fails in the build's usual words: file and line, what the
 * parser found, what was expected, what to do. Astro's own message is only the parser's reason and a location.
 *
 * @example
 * // roles: [Front End Server
 * // → content/guide/phase-2.mdx → frontmatter line 10: found invalid YAML (missed comma between flow
 * //   collection entries), expected YAML frontmatter between the two `---` lines. Hint: …
 */
export function withFrontmatterHints(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (e) {
        const error = e as YamlError;
        if (error.name !== 'YAMLException' || !error.loc?.file) throw e;
        error.message = formatIssue({
          file: relative(process.cwd(), error.loc.file),
          field: error.loc.line ? `frontmatter line ${error.loc.line}` : 'frontmatter',
          found: `invalid YAML (${error.message.replace(/\s*\(\d+:\d+\)$/, '')})`,
          expected: 'YAML frontmatter between the two `---` lines',
          hint: 'check brackets, quotes and indentation on that line and the one before; lists are written `[a, b]`, and text containing `: ` or starting with `[`, `{`, `"` or `>` needs quotes.',
        });
        throw error;
      }
    },
  };
}
