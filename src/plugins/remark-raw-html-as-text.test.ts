import { describe, expect, test } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkRawHtmlAsText from './remark-raw-html-as-text.ts';

async function html(markdown: string): Promise<string> {
  // Astro's own Markdown pipeline, which passes raw HTML straight through unless the plugin intervenes.
  const processor = await createMarkdownProcessor({ remarkPlugins: [remarkRawHtmlAsText], syntaxHighlight: false });
  return (await processor.render(markdown)).code;
}

describe('remark-raw-html-as-text', () => {
  test('shows inline raw HTML as text', async () => {
    expect(await html('A <b>bold</b> claim and "><img src=x onerror=alert(1)>.')).toMatchInlineSnapshot(`"<p>A &#x3C;b>bold&#x3C;/b> claim and ”>&#x3C;img src=x onerror=alert(1)>.</p>"`);
  });

  test('turns a block of raw HTML into a paragraph of text', async () => {
    expect(await html('Before.\n\n<script>alert(1)</script>\n\n> <div onclick="x()">quoted</div>')).toMatchInlineSnapshot(`
      "<p>Before.</p>
      <p>&#x3C;script>alert(1)&#x3C;/script></p>
      <blockquote>
      <p>&#x3C;div onclick="x()">quoted&#x3C;/div></p>
      </blockquote>"
    `);
  });

  test('leaves code alone', async () => {
    expect(await html('`<script>` and\n\n```html\n<script>alert(1)</script>\n```')).toMatchInlineSnapshot(`
      "<p><code>&#x3C;script></code> and</p>
      <pre><code class="language-html">&#x3C;script>alert(1)&#x3C;/script>
      </code></pre>"
    `);
  });

  test('makes the glossary suppression marker pair a real span around its content', async () => {
    expect(await html('The <span data-no-glossary>**pilot** pool</span> stays plain.')).toMatchInlineSnapshot(`"<p>The <span data-no-glossary=""><strong>pilot</strong> pool</span> stays plain.</p>"`);
  });

  test('shows the rest as text: other attributes, an unpaired marker, a pair split across paragraphs, tags inside a pair', async () => {
    expect(await html('A <span data-no-glossary onclick="x()">pool</span>, a <span data-no-glossary>pool, then\n\n</span> later.\n\n<span data-no-glossary> and <b>bold</b> inside a pair: <span data-no-glossary><b>pool</b></span>')).toMatchInlineSnapshot(`
      "<p>A &#x3C;span data-no-glossary onclick="x()">pool&#x3C;/span>, a &#x3C;span data-no-glossary>pool, then</p>
      <p>&#x3C;/span> later.</p>
      <p><span data-no-glossary=""> and &#x3C;b>bold&#x3C;/b> inside a pair: &#x3C;span data-no-glossary>&#x3C;b>pool&#x3C;/b></span></p>"
    `);
  });
});
