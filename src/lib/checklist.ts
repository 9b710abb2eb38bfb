import type { ChecklistSummary } from '../plugins/rehype-step-ids.ts';
import type { GuidePage } from './guide.ts';

/** Number of checkable steps and Verify items on a page, counted at build time by rehype-step-ids. */
export function checklistTotal(page: GuidePage): number {
  const summary = page.rendered.remarkPluginFrontmatter['checklist'] as ChecklistSummary | undefined;
  return summary?.total ?? 0;
}
