import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';

export interface RehypeStepIdsOptions {
  /** Heading levels that start a new id scope. Default `[2, 3, 4]`: every section and method heading. */
  headingLevels?: number[];
  /**
   * Frontmatter `kind`s whose pages are procedures. Default `['phase', 'prerequisites']`: the overview's
   * numbered lists describe the guide, and the glossary has no steps.
   */
  kinds?: string[];
}

/** What the plugin leaves in `remarkPluginFrontmatter.checklist` for the layout (sidebar totals). */
export interface ChecklistSummary {
  /** Number of checkable items (steps plus Verify items) on the page. */
  total: number;
}

/**
 * Gives every procedure step (an item of an `<ol>`) and every Verify item (a `li.check-item`, made by
 * rehype-task-lists) a stable id: the id of the nearest preceding heading plus the item's position under it,
 * never its text, so rewording a step keeps its id and any ticks stored against it. Items nested inside a
 * step belong to that step; lists before the first heading are introductions, not procedures. print.css draws
 * a box beside each `[data-check=step]`, so paper gets boxes with or without JavaScript.
 * Needs heading ids: run Astro's `rehypeHeadingIds` first.
 *
 * @example
 * // ## Move a single user       →  <h2 id="move-a-single-user">…
 * // 1. Open Control Panel.      →  <li id="move-a-single-user/step-1" data-check="step">Open Control Panel.</li>
 * // **Verify**
 * // - [ ] Pool is pool13        →  <li id="move-a-single-user/verify-1" data-check="verify" class="check-item">…
 */
export default function rehypeStepIds({ headingLevels = [2, 3, 4], kinds = ['phase', 'prerequisites'] }: RehypeStepIdsOptions = {}) {
  const headingTags = new Set(headingLevels.map((level) => `h${level}`));
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    const frontmatter = (astro.frontmatter ??= {});
    if (!kinds.includes(String(frontmatter['kind']))) {
      frontmatter['checklist'] = { total: 0 } satisfies ChecklistSummary;
      return;
    }
    let scope: string | undefined;
    let steps = 0;
    let checks = 0;
    let total = 0;

    const walk = (nodes: (RootContent | ElementContent)[]) => {
      for (const node of nodes) {
        if (node.type !== 'element') {
          // MDX wraps content in JSX nodes that hold hast children of their own.
          if ('children' in node && Array.isArray(node.children)) walk(node.children as ElementContent[]);
          continue;
        }
        if (headingTags.has(node.tagName) && typeof node.properties['id'] === 'string') {
          scope = node.properties['id'];
          steps = 0;
          checks = 0;
        } else if (node.tagName === 'li' && scope !== undefined && isCheckItem(node)) {
          node.properties['id'] = `${scope}/verify-${++checks}`;
          node.properties['dataCheck'] = 'verify';
          total++;
          continue; // anything nested belongs to this item
        } else if (node.tagName === 'ol' && scope !== undefined) {
          for (const item of node.children) {
            if (item.type !== 'element' || item.tagName !== 'li') continue;
            item.properties['id'] = `${scope}/step-${++steps}`;
            item.properties['dataCheck'] = 'step';
            total++;
          }
          continue; // sub-steps and nested lists are part of their step
        }
        walk(node.children);
      }
    };
    walk(tree.children);
    frontmatter['checklist'] = { total } satisfies ChecklistSummary;
  };
}

function isCheckItem(node: Element): boolean {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes('check-item');
}
