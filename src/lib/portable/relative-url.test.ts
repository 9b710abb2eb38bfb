import { describe, expect, it } from 'vitest';
import { relativeUrl, rootFrom } from './relative-url.ts';

describe('relativeUrl', () => {
  it('points a link between pages at the other page’s index.html', () => {
    expect(relativeUrl('/phase-4/', 'phase-1/index.html', '/')).toBe('../phase-4/index.html');
  });
  it('keeps the fragment and the query', () => {
    expect(relativeUrl('/phase-4/?highlight=x#verify', 'phase-1/index.html', '/')).toBe('../phase-4/index.html?highlight=x#verify');
  });
  it('resolves the site root from the top page and from a sub-page', () => {
    expect(relativeUrl('/', 'index.html', '/')).toBe('index.html');
    expect(relativeUrl('/', 'glossary/index.html', '/')).toBe('../index.html');
  });
  it('makes asset paths relative', () => {
    expect(relativeUrl('/_astro/guide.css', 'index.html', '/')).toBe('_astro/guide.css');
    expect(relativeUrl('/favicon.svg', 'phase-2/index.html', '/')).toBe('../favicon.svg');
  });
  it('strips a sub-path base', () => {
    expect(relativeUrl('/docs/lync/phase-4/', 'phase-1/index.html', '/docs/lync/')).toBe('../phase-4/index.html');
  });
  it('leaves fragments, other origins and protocol-relative URLs alone', () => {
    for (const v of ['#site-nav', 'https://example.com/', '//cdn.example/x.js', 'mailto:a@b.c', 'other/'])
      expect(relativeUrl(v, 'phase-1/index.html', '/')).toBe(v);
  });
});

describe('rootFrom', () => {
  it('climbs one folder per level', () => {
    expect(rootFrom('index.html')).toBe('./');
    expect(rootFrom('phase-4/index.html')).toBe('../');
    expect(rootFrom('a/b/index.html')).toBe('../../');
  });
});
