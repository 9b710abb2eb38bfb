import type { PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { resolve, sep } from 'node:path';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { visit } from 'unist-util-visit';
import { createMatcher } from '../lib/glossary-matcher.ts';
import { glossaryDir as defaultGlossaryDir, loadGlossaryTerms, type GlossaryTerm } from '../lib/glossary-terms.ts';
import type { GlossaryUse } from '../lib/glossary-usage.ts';
import { glossaryTermNode } from '../lib/glossary-term-node.ts';
import { suppressedTexts } from '../lib/glossary-suppress.ts';

export interface RemarkGlossaryOptions {
  /** Site base path, ending in `/`. */
  base: string;
  /** Terms to link; by default read (once per build) from `<CONTENT_DIR>/glossary/`. */
  terms?: GlossaryTerm[];
  /** Files under this folder are the glossary itself and are never linked; default `<CONTENT_DIR>/glossary`. */
  glossaryDir?: string;
}

/**
 * Links the first occurrence on a page of each glossary term or alias (case-insensitive, whole words, longest
 * name first) to its entry on /glossary/, with the short definition beside it for the popover. Headings, code,
 * links and MDX elements are left alone. Records what it linked, and under which heading, in
 * `remarkPluginFrontmatter.glossaryTerms` for the backlinks and the printed term list.
 *
 * Opt a page out with `glossary: false` in its frontmatter; suppress one occurrence with
 * `<span data-no-glossary>pilot pool</span>`.
 *
 * @example
 * // Move users to the pilot pool.
 * // → <p>Move users to the <span class="gloss"><a href="/glossary/#pilot-pool" class="gloss-term"
 * //   aria-describedby="gloss-def-pilot-pool" data-term="pilot-pool">pilot pool</a><span class="gloss-pop"
 * //   data-pagefind-ignore=""><span id="gloss-def-pilot-pool" class="gloss-def">The first 2013 pool.</span></span></span>.</p>
 */
export default function remarkGlossary(options: RemarkGlossaryOptions) {
  const dir = resolve(options.glossaryDir ?? defaultGlossaryDir()) + sep;
  let matcher: ReturnType<typeof createMatcher> | undefined;

  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    const frontmatter = (astro.frontmatter ??= {});
    const uses: GlossaryUse[] = [];
    frontmatter['glossaryTerms'] = uses;
    if (frontmatter['glossary'] === false) return;
    if (file.path && resolve(file.path).startsWith(dir)) return;

    // Loaded on first use, not when the config is read, so a broken glossary fails the build with its own message.
    matcher ??= createMatcher(options.terms ?? loadGlossaryTerms());
    const { headingOf, hasHtml } = scan(tree);
    // Only plain Markdown carries raw HTML markers; MDX pages (every guide page) skip that second walk.
    const suppressed = hasHtml ? suppressedTexts(tree) : new Set<Text>();
    const linked = new Set<string>();

    findAndReplace(
      tree,
      [
        matcher.pattern,
        (name: string, match: RegExpMatchObject) => {
          const text = match.stack[match.stack.length - 1] as Text;
          const term = matcher!.termFor(name);
          // Declined names stay plain text *as a whole*: returning false would retry one character later and
          // link "pool" inside an already linked "pilot pool".
          if (!term || linked.has(term.id) || suppressed.has(text)) return { type: 'text', value: name };
          linked.add(term.id);
          uses.push({ id: term.id, heading: headingOf.get(text) ?? null });
          return glossaryTermNode(term, name, options.base) as unknown as PhrasingContent;
        },
      ],
      { ignore: ignored },
    );
  };
}

/** Ancestors whose text is never linked: headings, links, and the MDX span used to suppress one occurrence. */
function ignored(node: { type: string; attributes?: { type: string; name?: string }[] }): boolean {
  if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference') return true;
  // MDX element types are not in the plain mdast types; their attributes are never text, so never linked.
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    return node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'data-no-glossary') ?? false;
  }
  return false;
}

/**
 * One walk for two facts: for each text node, the index (in document order, from 0) of the heading it follows,
 * matching the order of Astro's `headings` list (text before the first heading is absent); and whether the
 * tree holds raw HTML at all.
 */
function scan(tree: Root): { headingOf: Map<Text, number>; hasHtml: boolean } {
  const headingOf = new Map<Text, number>();
  let current = -1;
  let hasHtml = false;
  visit(tree, (node) => {
    if (node.type === 'heading') current++;
    else if (node.type === 'text' && current >= 0) headingOf.set(node, current);
    else if (node.type === 'html') hasHtml = true;
  });
  return { headingOf, hasHtml };
}
