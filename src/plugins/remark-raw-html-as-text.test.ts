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
});
