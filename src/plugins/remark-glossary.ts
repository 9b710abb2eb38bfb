import type { Nodes, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { resolve, sep } from 'node:path';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { createMatcher, type GlossaryMatcher } from '../lib/glossary-matcher.ts';
import { glossaryDir as defaultGlossaryDir, loadGlossaryTerms, type GlossaryTerm } from '../lib/glossary-terms.ts';
import type { GlossaryUse } from '../lib/glossary-usage.ts';
import { glossaryTermNode } from '../lib/glossary-term-node.ts';

export interface RemarkGlossaryOptions {
  /** Site base path, ending in `/`. */
  base: string;
  /** Terms to link; by default read from `<CONTENT_DIR>/glossary/` (again only when a file there changed). */
  terms?: GlossaryTerm[];
  /** Files under this folder are the glossary itself and are never linked; default `<CONTENT_DIR>/glossary`. */
  glossaryDir?: string;
}

/** MDX elements whose text must stay as written: a link inside them would nest links or change code. */
const plainElements = new Set(['a', 'code', 'pre', 'kbd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Links the first occurrence on a page of each glossary term or alias (case-insensitive, whole words, longest
 * name first) to its entry on /glossary/, with the short definition beside it for the popover. Headings, code,
 * links and MDX attributes are left alone, as is text in the MDX elements `<a>`, `<code>`, `<pre>`, `<kbd>` and
 * `<h1>`…`<h6>`. Records what it linked, and under which heading, in `remarkPluginFrontmatter.glossaryTerms` for
 * the backlinks and the printed term list.
 *
 * Opt a page out with `glossary: false` in its frontmatter; suppress one occurrence with
 * `<span data-no-glossary>pilot pool</span>` (in Markdown, remark-raw-html-as-text must run first: it turns
 * that marker pair into the node this plugin skips, so use the list in src/lib/markdown-pipeline.ts).
 *
 * @example
 * // Move users to the pilot pool.
 * // → <p>Move users to the <span class="gloss"><a href="/glossary/#pilot-pool" class="gloss-term"
 * //   aria-describedby="gloss-def-pilot-pool" data-term="pilot-pool">pilot pool</a><span class="gloss-pop"
 * //   data-pagefind-ignore=""><span id="gloss-def-pilot-pool" class="gloss-def">The first 2013 pool.</span></span></span>.</p>
 */
export default function remarkGlossary(options: RemarkGlossaryOptions) {
  const dir = resolve(options.glossaryDir ?? defaultGlossaryDir()) + sep;
  let terms: GlossaryTerm[] | undefined;
  let matcher: GlossaryMatcher | undefined;

  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    const frontmatter = (astro.frontmatter ??= {});
    const uses: GlossaryUse[] = [];
    frontmatter['glossaryTerms'] = uses;
    if (frontmatter['glossary'] === false) return;
    if (file.path && resolve(file.path).startsWith(dir)) return;

    // Asked per page, not when the config is read: a broken glossary then fails with its own message, and under
    // `astro dev` an edited definition reaches the next render. The matcher is rebuilt only for new terms.
    const current = options.terms ?? loadGlossaryTerms();
    if (current !== terms) {
      terms = current;
      matcher = createMatcher(current);
    }
    const active = matcher!;
    const { headingOf, html } = scan(tree);
    if (html) throw misorderedPipeline(file, html);
    const linked = new Set<string>();

    findAndReplace(
      tree,
      [
        active.pattern,
        (name: string, match: RegExpMatchObject) => {
          const term = active.termFor(name);
          // Declined names stay plain text *as a whole*: returning false would retry one character later and
          // link "pool" inside an already linked "pilot pool".
          if (!term || linked.has(term.id)) return { type: 'text', value: name };
          linked.add(term.id);
          const text = match.stack[match.stack.length - 1] as Text;
          uses.push({ id: term.id, heading: headingOf.get(text) ?? null });
          return glossaryTermNode(term, name, options.base) as unknown as PhrasingContent;
        },
      ],
      { ignore: ignored },
    );
  };
}

/** Ancestors whose text is never linked: headings, links, suppressed spans and the MDX elements above. */
function ignored(node: Nodes | { type: string; name?: string | null; attributes?: { type: string; name?: string }[] }): boolean {
  const { type } = node;
  if (type === 'heading' || type === 'link' || type === 'linkReference' || type === 'noGlossary') return true;
  // MDX element types are not in the plain mdast types; their attributes are never text, so never linked.
  if (type === 'mdxJsxTextElement' || type === 'mdxJsxFlowElement') {
    const element = node as { name?: string | null; attributes?: { type: string; name?: string }[] };
    if (element.name && plainElements.has(element.name)) return true;
    return element.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'data-no-glossary') ?? false;
  }
  return false;
}

/**
 * One walk for two facts: for each text node, the index (in document order, from 0) of the heading it follows,
 * matching the order of Astro's `headings` list (text before the first heading is absent); and the first raw
 * HTML node, which remark-raw-html-as-text should already have turned into text or a suppressed span. A plain
 * recursive walk: it visits every node of every page, and unist-util-visit's per-node closures cost more than
 * the rest of this function (profiled with the glossary benchmark).
 */
function scan(tree: Root): { headingOf: Map<Text, number>; html: string | undefined } {
  const headingOf = new Map<Text, number>();
  let current = -1;
  let html: string | undefined;
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      if (current >= 0) headingOf.set(node, current);
      return;
    }
    if (node.type === 'html') html ??= node.value;
    else if (node.type === 'heading') current++;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return { headingOf, html };
}

/** Raw HTML here means the suppression markers were never recognised, so every term inside them would be linked. */
function misorderedPipeline(file: VFile, html: string): Error {
  return new Error(
    `remark-glossary found raw HTML \`${html.trim()}\` in ${file.path || 'a Markdown file'}, which remark-raw-html-as-text should have turned into text ` +
      'before term links are added; expected the plugin order of src/lib/markdown-pipeline.ts.\n' +
      '  Hint: build the processor from markdownPipeline() rather than listing remark plugins by hand.',
  );
}
