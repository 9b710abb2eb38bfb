/**
 * Normalises the `SITE_BASE` environment variable into the form Astro's `base` expects:
 * a leading and a trailing slash, no doubled slashes.
 *
 * @example siteBase('docs/lync') // '/docs/lync/'
 * @example siteBase(undefined)   // '/'
 */
export function siteBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(
      `SITE_BASE is \`${raw}\`, which is not a URL path. ` +
        'Hint: use letters, digits, "-", "_", "." and "/" only, for example SITE_BASE=/docs/lync/.',
    );
  }
  return `/${trimmed.replace(/\/{2,}/g, '/')}/`;
}
