import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { addClassicScript, rewritePage } from './rewrite-page.ts';

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
});
