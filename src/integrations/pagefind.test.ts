import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readIndexedPages } from './pagefind-coverage.ts';
import { indexSite, type PagefindApi } from './pagefind.ts';

/** A built page shaped like GuideLayout's: chrome around a `data-pagefind-body` main. */
const guidePage = (title: string, marked = true) => `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>
<header class="site-header" data-pagefind-ignore>headerword</header>
<nav class="sidebar" data-pagefind-ignore>sidebarword<span class="visually-hidden">Phase </span>4</nav>
<main ${marked ? 'data-pagefind-body' : ''}><h1 data-pagefind-meta="title">${title}</h1>
<span hidden data-pagefind-filter="phase" data-pagefind-meta="phase">Phase 4</span><span hidden data-pagefind-filter="role">Edge Server</span>
<p>Run Move-CsUser now<span class="visually-hidden">srword</span>.</p><pre><button class="code-copy">copyword</button>Get-CsUser</pre>
<nav class="prev-next" data-pagefind-ignore>prevnextword</nav></main>
<footer class="site-footer" data-pagefind-ignore>footerword</footer></body></html>`;
const redirectPage = '<!doctype html><title>Redirecting to: /a/</title><meta http-equiv="refresh" content="0;url=/a/"><body><a href="/a/">/a/</a></body>';
const logger = { info: vi.fn() };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lync-pagefind-'));
  const write = (path: string, html: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  };
  write('', guidePage('Overview'));
  write('a', guidePage('Page A'));
  write('b', guidePage('Page B'));
  write('binder', '<!DOCTYPE html><html lang="en"><head><title>Binder</title></head><body><main>Page A again</main></body></html>');
  write('old-topic', redirectPage);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pages = [{ pathname: '' }, { pathname: 'a/' }, { pathname: 'b/' }, { pathname: 'binder/' }];

describe('indexSite with Pagefind', () => {
  test('indexes every built page but the binder and the redirect, with main content only', async () => {
    await indexSite({ outDir: dir, pages, redirects: new Set(['/old-topic/']), logger });
    const indexed = await readIndexedPages(join(dir, 'pagefind'));
    expect(indexed.map((p) => p.url).sort()).toEqual(['/', '/a/', '/b/']);
    const a = indexed.find((p) => p.url === '/a/')!;
    expect(a.content).toContain('Run Move-CsUser now');
    expect(a.content).toContain('Get-CsUser');
    for (const chrome of ['headerword', 'sidebarword', 'prevnextword', 'footerword', 'srword', 'copyword', 'Edge Server', 'Phase 4']) {
      expect(a.content, chrome).not.toContain(chrome);
    }
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Pagefind indexed 3 of 5 HTML files in \d+ ms/));
  });

  test('fails, naming the page, when a built page lost data-pagefind-body', async () => {
    writeFileSync(join(dir, 'b', 'index.html'), guidePage('Page B', false));
    await expect(indexSite({ outDir: dir, pages, logger })).rejects.toThrow(
      /1 problem\):\n- Page `\/b\/` \(b\/index\.html\) has no element with data-pagefind-body.*Hint: render it through GuideLayout/s,
    );
  });

  test('fails when Astro reports a page whose file is not there', async () => {
    await expect(indexSite({ outDir: dir, pages: [...pages, { pathname: 'gone/' }], logger })).rejects.toThrow(/Astro reported page `\/gone\/` as built, but .*gone\/index\.html does not exist/);
  });
});

describe('indexSite checks every Pagefind response', () => {
  /** A stand-in for Pagefind whose steps answer with the given errors. */
  function fakePagefind(errors: { create?: string[]; add?: string[]; write?: string[]; noIndex?: boolean }) {
    const close = vi.fn(() => Promise.resolve(null));
    const index = {
      addDirectory: () => Promise.resolve({ errors: errors.add ?? [], page_count: 3 }),
      writeFiles: () => Promise.resolve({ errors: errors.write ?? [], outputPath: join(dir, 'pagefind') }),
    };
    const api = { createIndex: () => Promise.resolve({ errors: errors.create ?? [], index: errors.noIndex ? undefined : index }), close } as unknown as PagefindApi;
    return { api, close };
  }

  test.each([
    ['creating the index, even though an index came back', { create: ['unknown option'] }, /while creating the index: `unknown option`/],
    ['creating the index, when none came back', { noIndex: true }, /while creating the index: `Pagefind returned no index`/],
    ['reading the pages', { add: ['a/index.html: bad HTML'] }, /while reading the built pages: `a\/index\.html: bad HTML`/],
    ['writing the index', { write: ['disk full'] }, /while writing the index: `disk full`.*Hint:/],
  ])('an error while %s fails the build and still closes Pagefind', async (_, errors, message) => {
    const { api, close } = fakePagefind(errors);
    await expect(indexSite({ outDir: dir, pages, logger }, api)).rejects.toThrow(message);
    expect(close).toHaveBeenCalledOnce();
  });
});
