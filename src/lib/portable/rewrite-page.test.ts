import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { addClassicScript, refreshContent, rewritePage } from './rewrite-page.ts';

const page = `<!doctype html><html lang="en" data-base="/docs/"><head><link rel="stylesheet" href="/docs/_astro/a.css">
<link rel="modulepreload" href="/docs/_astro/b.js"><script type="module" src="/docs/_astro/c.js"></script></head>
<body><a href="/docs/phase-2/#verify">Verify</a><a href="#main">Skip</a><a href="https://example.com/">Out</a>
<script type="module">console.log("inline")</script></body></html>`;

describe('rewritePage', () => {
  it('makes site links relative, marks the root and takes module scripts out in page order', () => {
    const tree = fromHtml(page);
    const modules = rewritePage(tree, 'phase-1/index.html', '/docs/');
    addClassicScript(tree, '../_portable/page-x.js');
    expect(modules).toEqual([{ src: '/docs/_astro/c.js' }, { code: 'console.log("inline")' }]);
    expect(toHtml(tree)).toMatchInlineSnapshot(`
      "<!doctype html><html lang="en" data-base="../" data-portable=""><head><link rel="stylesheet" href="../_astro/a.css">
      <script src="../_portable/page-x.js" defer></script></head>
      <body><a href="../phase-2/index.html#verify">Verify</a><a href="#main">Skip</a><a href="https://example.com/">Out</a>
      </body></html>"
    `);
  });

  it('points the refresh of a redirect page at the relative page and keeps its anchor', () => {
    // As Astro writes a redirect page for an old topic URL (no <html> or <head> of its own).
    const redirect = '<!doctype html><title>Redirecting to: /docs/phase-4/#move-one</title><meta http-equiv="refresh" content="0;url=/docs/phase-4/#move-one"><link rel="canonical" href="https://runbook.example/docs/phase-4/#move-one"><body><a href="/docs/phase-4/#move-one">Redirecting</a></body>';
    const tree = fromHtml(redirect);
    rewritePage(tree, 'move-one/index.html', '/docs/');
    const html = toHtml(tree);
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=../phase-4/index.html#move-one">');
    expect(html).toContain('<a href="../phase-4/index.html#move-one">');
    // The canonical address names the hosted page on purpose: it is metadata for search engines, never loaded.
    expect(html).toContain('<link rel="canonical" href="https://runbook.example/docs/phase-4/#move-one">');
  });
});

describe('refreshContent', () => {
  it('keeps the delay, the separator and quotes as written', () => {
    expect(refreshContent('5; URL=\'/phase-4/\'', 'a/index.html', '/')).toBe('5; URL=\'../phase-4/index.html\'');
    expect(refreshContent('0,/glossary/#pool', 'index.html', '/')).toBe('0,glossary/index.html#pool');
  });
  it('leaves a plain reload, other origins and values it cannot read alone', () => {
    for (const v of ['30', '0;url=https://example.com/', 'soon']) expect(refreshContent(v, 'a/index.html', '/')).toBe(v);
  });
});
