import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { pageHref } from '../lib/routes.ts';
import { parseGuideLink, type GuideLink } from '../lib/guide-link.ts';

export interface RemarkGuideLinksOptions {
  /** Site base path, ending in `/`. */
  base: string;
}

/**
 * Rewrites links written the way the original guide wrote them into site URLs, and records each one in
 * `remarkPluginFrontmatter.guideLinks` so the build can check that the page and anchor exist.
 *
 * @example
 * // [Phase 2](phase-2-prepare-for-migration.md#back-up-systems-and-data)
 * // → <a href="/phase-2-prepare-for-migration/#back-up-systems-and-data">Phase 2</a>
 */
export default function remarkGuideLinks({ base }: RemarkGuideLinksOptions) {
  return (tree: Root, file: VFile) => {
    const links: GuideLink[] = [];
    const self = file.stem ?? '';
    visit(tree, ['link', 'definition'], (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const parsed = parseGuideLink(node.url, self);
      if (!parsed) return;
      links.push({ ...parsed, line: node.position?.start.line ?? 0 });
      node.url = pageHref(base, parsed.page, parsed.anchor);
    });
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {}).guideLinks = links;
  };
}
