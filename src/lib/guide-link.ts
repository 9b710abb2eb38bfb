/** A link from one guide page to a page (and optional anchor) of the guide, as found in the source. */
export interface GuideLink {
  /** Target page id (file name without extension). */
  page: string;
  /** Target anchor without `#`, if any. */
  anchor?: string | undefined;
  /** Source line, for error messages. */
  line: number;
}

/**
 * Recognises a link that points inside the guide: `other-page.md`, `other-page.mdx#anchor`, `other-page/`
 * or a bare `#anchor` on the same page. External URLs, absolute site paths and mail links return `null`.
 *
 * @example parseGuideLink('phase-2-prepare-for-migration.md#x', 'a') // { page: 'phase-2-prepare-for-migration', anchor: 'x' }
 * @example parseGuideLink('#verify', 'phase-4')                      // { page: 'phase-4', anchor: 'verify' }
 */
export function parseGuideLink(url: string, currentPage: string): Omit<GuideLink, 'line'> | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('?') || url === '') return null;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const anchor = hashAt === -1 ? undefined : decodeURIComponent(url.slice(hashAt + 1)) || undefined;
  const page = path.replace(/^\.\//, '').replace(/\/$/, '').replace(/\.mdx?$/, '');
  return { page: page === '' ? currentPage : page, anchor };
}
