import { posix } from 'node:path';

/**
 * Rewrites a site-absolute URL (one that starts with the site's base path) into a path relative to the page
 * that contains it, naming `index.html` explicitly: a `file:` page cannot rely on a server to map `folder/`
 * to `folder/index.html`. Anything else (fragments, other origins, `mailto:`, already relative) is returned as is.
 *
 * @param value     the attribute value, e.g. `/phase-4/#verify`
 * @param pagePath  the page's file path inside the site, e.g. `phase-1/index.html`
 * @param base      the site's base path, e.g. `/` or `/docs/lync/`
 * @example relativeUrl('/phase-4/#verify', 'phase-1/index.html', '/') // '../phase-4/index.html#verify'
 * @example relativeUrl('/_astro/guide.css', 'index.html', '/')        // '_astro/guide.css'
 */
export function relativeUrl(value: string, pagePath: string, base: string): string {
  if (!value.startsWith(base) || value.startsWith('//')) return value;
  const rest = value.slice(base.length);
  const cut = rest.search(/[?#]/);
  const path = cut === -1 ? rest : rest.slice(0, cut);
  const suffix = cut === -1 ? '' : rest.slice(cut);
  const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return posix.relative(posix.dirname(pagePath), target) + suffix;
}

/**
 * The path from a page back to the site's root folder, with a trailing slash: `./` for the top page.
 *
 * @example rootFrom('phase-4/index.html') // '../'
 */
export function rootFrom(pagePath: string): string {
  const up = posix.relative(posix.dirname(pagePath), '.');
  return up === '' ? './' : `${up}/`;
}
