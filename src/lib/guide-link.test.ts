import { describe, expect, test } from 'vitest';
import { parseGuideLink } from './guide-link.ts';
import { pageHref, OVERVIEW_ID } from './routes.ts';
import { siteBase } from './site-base.ts';

describe('parseGuideLink', () => {
  test('reads a link written the way the original guide wrote it', () => {
    expect(parseGuideLink('phase-2-prepare-for-migration.md', 'x')).toEqual({ page: 'phase-2-prepare-for-migration', anchor: undefined });
    expect(parseGuideLink('./phase-2-prepare-for-migration.mdx#back-up-systems-and-data', 'x')).toEqual({ page: 'phase-2-prepare-for-migration', anchor: 'back-up-systems-and-data' });
  });
  test('treats a bare anchor as the current page', () => {
    expect(parseGuideLink('#verify', 'phase-4')).toEqual({ page: 'phase-4', anchor: 'verify' });
  });
  test('leaves external, absolute and mail links alone', () => {
    for (const url of ['https://example.com/a.md', '/glossary/', 'mailto:a@b.c', '']) expect(parseGuideLink(url, 'x')).toBeNull();
  });
});

describe('pageHref and siteBase', () => {
  test('serves the overview at the base and other pages under their slug', () => {
    expect(pageHref('/', OVERVIEW_ID)).toBe('/');
    expect(pageHref('/docs/lync/', 'phase-2-prepare-for-migration', 'x')).toBe('/docs/lync/phase-2-prepare-for-migration/#x');
  });
  test('normalises SITE_BASE', () => {
    expect(siteBase(undefined)).toBe('/');
    expect(siteBase('docs/lync')).toBe('/docs/lync/');
    expect(siteBase('//docs//lync/')).toBe('/docs/lync/');
  });
  test('errors on a SITE_BASE that is not a path', () => {
    expect(() => siteBase('docs lync')).toThrowErrorMatchingInlineSnapshot(`[Error: SITE_BASE is \`docs lync\`, which is not a URL path. Hint: use letters, digits, "-", "_", "." and "/" only, for example SITE_BASE=/docs/lync/.]`);
  });
});
