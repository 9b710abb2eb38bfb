import { rehypeHeadingIds, type RehypePlugins, type RemarkPlugins, type ShikiConfig, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkAlert } from 'remark-github-blockquote-alert';
import rehypeCallouts from '../plugins/rehype-callouts.ts';
import rehypeCodeCopy from '../plugins/rehype-code-copy.ts';
import rehypeStepIds from '../plugins/rehype-step-ids.ts';
import rehypeTaskLists from '../plugins/rehype-task-lists.ts';
import remarkGlossary, { type RemarkGlossaryOptions } from '../plugins/remark-glossary.ts';
import remarkGuideLinks from '../plugins/remark-guide-links.ts';
import remarkRawHtmlAsText from '../plugins/remark-raw-html-as-text.ts';
import remarkUnclosedFences from '../plugins/remark-unclosed-fences.ts';

export interface MarkdownPipelineOptions {
  /** Site base path, ending in `/`. */
  base: string;
  /**
   * Automatic term links: on by default; `false` leaves them out (LYNC_GLOSSARY=off, for the benchmark); an
   * object passes fixed terms or another glossary folder to remark-glossary (tests, `npm run glossary`).
   */
  glossary?: boolean | Omit<RemarkGlossaryOptions, 'base'>;
}

/**
 * The site's Markdown and MDX pipeline: the one list of remark and rehype plugins, in order, that
 * astro.config.mjs, `npm run glossary`, the glossary benchmark and the plugin tests all run, so none of them
 * can drift from what the build does. Pass the result to `unified()` from `@astrojs/markdown-remark`.
 *
 * @example unified(markdownPipeline({ base: '/docs/lync/' }))
 */
export function markdownPipeline({ base, glossary = true }: MarkdownPipelineOptions): UnifiedProcessorOptions & { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  const glossaryPlugins: RemarkPlugins = glossary === false ? [] : [[remarkGlossary, { ...(glossary === true ? {} : glossary), base }]];
  return {
    gfm: false, // remark-gfm is added explicitly below so its version is ours, not a transitive one.
    // Straight quotes stay straight: a value copied from prose ("True", pool13's) pastes into PowerShell or a
    // console field unchanged, and a search typed with ' or " matches the page's own text.
    smartypants: false,
    remarkPlugins: [
      // First, so no later plugin sees raw HTML: glossary Markdown shows it as text, never runs it (guide pages
      // are MDX and have none), and the glossary's suppression markers become nodes remark-glossary skips.
      remarkRawHtmlAsText,
      remarkUnclosedFences,
      remarkGfm,
      remarkAlert,
      [remarkGuideLinks, { base }],
      // Last, so it links the text every other plugin has finished with.
      ...glossaryPlugins,
    ],
    // Step ids are built from heading ids, so Astro's heading-id pass runs first (it keeps ids already set).
    rehypePlugins: [rehypeCallouts, rehypeTaskLists, rehypeHeadingIds, rehypeStepIds, rehypeCodeCopy],
  };
}

/** Code highlighting: the high-contrast variants keep every token at WCAG AA contrast on our code background. */
export const shikiConfig: ShikiConfig = {
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  defaultColor: false,
  wrap: false,
};
