/**
 * What the sidebar lists. Every page carries the sidebar, so its size is paid once per page: a guide with many
 * appendices would otherwise grow quadratically (1000 pages of reference material made every page 110 KB of HTML
 * and the offline precache 108 MB). Past a handful, appendices are reached through one link to the list on the
 * overview, and an appendix page shows itself under that link so readers still see where they are.
 */

/** Appendices listed one by one in the sidebar; beyond this many they fold into one link. */
export const INLINE_APPENDICES = 12;

/** Anchor of the appendix list on the overview page, the target of the folded sidebar link. */
export const APPENDIX_LIST_ID = 'guide-appendices';

interface SidebarPage {
  entry: { id: string; data: { kind: string } };
}

/** The sidebar's content for one page. */
export interface SidebarModel<P extends SidebarPage> {
  /** Overview, Before you begin and the phases, always listed in full. */
  guide: P[];
  /** Appendices listed in the sidebar: all of them, or only the current one when folded. */
  appendices: P[];
  /** How many appendices the guide has. */
  appendixCount: number;
  /** True when the appendices are folded into one link to the overview's list. */
  folded: boolean;
}

/**
 * Splits the guide's pages (in reading order) into what the sidebar shows on the page `current`.
 *
 * @example
 * sidebarModel(pages, 'appendix-0500') // 1000 pages → { guide: 10 pages, appendices: [appendix-0500], folded: true }
 */
export function sidebarModel<P extends SidebarPage>(pages: P[], current?: string): SidebarModel<P> {
  const guide = pages.filter((p) => p.entry.data.kind !== 'appendix');
  const all = pages.filter((p) => p.entry.data.kind === 'appendix');
  const folded = appendicesFolded(all.length);
  return { guide, appendices: folded ? all.filter((p) => p.entry.id === current) : all, appendixCount: all.length, folded };
}

/** Whether a guide with `count` appendices folds them (and the overview then lists them). */
export function appendicesFolded(count: number): boolean {
  return count > INLINE_APPENDICES;
}
