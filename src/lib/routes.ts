/**
 * The one place that knows how a guide entry id becomes a URL. The overview keeps the original guide's slug
 * as its id (so its old URL can redirect) but is served at the site root.
 */
export const OVERVIEW_ID = 'migration-from-lync-server-2010-to-lync-server-2013';

/** Joins the site base (always ending in `/`) and a path inside the site. */
export function withBase(base: string, path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/**
 * URL of a guide page, with an optional `#anchor`.
 *
 * @example pageHref('/', 'phase-2-prepare-for-migration') // '/phase-2-prepare-for-migration/'
 * @example pageHref('/docs/', OVERVIEW_ID, 'scope')         // '/docs/#scope'
 */
export function pageHref(base: string, id: string, anchor?: string): string {
  const path = id === OVERVIEW_ID ? '' : `${id}/`;
  return withBase(base, path) + (anchor ? `#${anchor}` : '');
}
