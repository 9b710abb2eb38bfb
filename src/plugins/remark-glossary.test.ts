import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mdxRenderer from '@astrojs/mdx/server.js';
import { createMarkdownProcessor, parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Fragment, jsx } from 'astro/jsx-runtime';
import { describe, expect, test } from 'vitest';
import type { GlossaryTerm } from '../lib/glossary-terms.ts';
import { markdownPipeline } from '../lib/markdown-pipeline.ts';
import remarkGlossary from './remark-glossary.ts';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, '__fixtures__', 'remark-glossary');
// Compiled MDX modules import astro/jsx-runtime, so they are written inside the project (.astro/ is git-ignored).
const compiled = join(root, '.astro', 'remark-glossary-fixtures');
// Set UPDATE_FIXTURES=1 to rewrite the expected outputs after a deliberate change, then review the diff.
const update = process.env['UPDATE_FIXTURES'] === '1';

const term = (id: string, name: string, aliases: string[] = []): GlossaryTerm => ({ id, filePath: `content/glossary/${id}.md`, term: name, aliases, short: `Short definition of ${name}.`, related: [], body: 'Full.' });
const terms = [
  term('pilot-pool', 'Pilot pool', ['pilot pools']),
  term('pool', 'Pool'),
  term('legacy-pool', 'Legacy pool'),
  term('upgrade', 'Upgrade'),
  term('central-management-store', 'Central Management Store', ['CMS', 'XDS']),
];

/**
 * The site's own pipeline (src/lib/markdown-pipeline.ts, every remark and rehype plugin in build order) with the
 * test terms; a fixture may add terms of its own in `terms.json` (`[id, name, aliases]` triples). The fixture
 * folder of one case plays the glossary folder, so its input counts as a glossary file. Code highlighting is off
 * so outputs show the markup the glossary is about.
 */
function processor(base: string, dir?: string) {
  const extra = dir && existsSync(join(dir, 'terms.json')) ? (JSON.parse(readFileSync(join(dir, 'terms.json'), 'utf8')) as [string, string, string[]][]) : [];
  const all = [...terms, ...extra.map(([id, name, aliases]) => term(id, name, aliases))];
  return unified(markdownPipeline({ base, glossary: { terms: all, glossaryDir: join(fixtures, 'glossary-files-are-not-linked') } }));
}

/** A stand-in for an MDX component, so fixtures show what reaches a component's children. */
const Note = (props: { title?: string; children?: unknown }) => jsx('aside', { 'data-title': props.title, children: props.children });

/** Renders Markdown, or MDX (compiled as the build compiles it, then rendered by Astro), to HTML. */
async function render(path: string, base = '/') {
  const dir = join(path, '..');
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  if (path.endsWith('.mdx')) {
    const mdx = await processor(base, dir).createMdxRenderer!({ syntaxHighlight: false }, { optimize: true });
    const { code } = await mdx.process(content, path, frontmatter);
    mkdirSync(compiled, { recursive: true });
    const file = join(compiled, `${dir.split(/[\\/]/).pop()}-${base.replaceAll('/', '_')}.mjs`);
    writeFileSync(file, code);
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: never; frontmatter: Record<string, unknown> };
    const container = await AstroContainer.create();
    container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    // Fragment as the MDX integration's `Content` wrapper passes it: optimised static parts are rendered through it.
    const html = await container.renderToString(module.default, { props: { components: { Fragment, Note } } });
    return { output: `${html}\n`, frontmatter: module.frontmatter };
  }
  const md = await processor(base, dir).createRenderer({ syntaxHighlight: false });
  const result = await md.render(content, { frontmatter, fileURL: pathToFileURL(path) });
  return { output: `${result.code}\n`, frontmatter: result.metadata.frontmatter as Record<string, unknown> };
}

describe('remark-glossary', () => {
  describe.each(readdirSync(fixtures))('%s', (name) => {
    const input = ['input.md', 'input.mdx'].map((f) => join(fixtures, name, f)).find((f) => existsSync(f))!;
    const expectedFile = join(fixtures, name, 'output.html');
    test('renders the expected output', async () => {
      const { output } = await render(input);
      if (update) writeFileSync(expectedFile, output);
      expect(output).toBe(readFileSync(expectedFile, 'utf8'));
    });
  });

  test('records each linked term once, with the heading it sits under', async () => {
    const { frontmatter } = await render(join(fixtures, 'never-in-headings', 'input.md'));
    expect(frontmatter['glossaryTerms']).toEqual([{ id: 'pilot-pool', heading: 1 }]);
    const intro = await render(join(fixtures, 'first-occurrence-only', 'input.md'));
    expect(intro.frontmatter['glossaryTerms']).toEqual([{ id: 'pilot-pool', heading: null }]);
  });

  test('a suppressed occurrence is not recorded; the next one is, in Markdown and MDX alike', async () => {
    expect((await render(join(fixtures, 'inline-suppression', 'input.md'))).frontmatter['glossaryTerms']).toEqual([{ id: 'pilot-pool', heading: null }]);
    expect((await render(join(fixtures, 'mdx-components', 'input.mdx'))).frontmatter['glossaryTerms']).toEqual([
      { id: 'pilot-pool', heading: null },
      { id: 'central-management-store', heading: null },
    ]);
  });

  test('links carry the site base', async () => {
    const { output } = await render(join(fixtures, 'aliases-link-their-term', 'input.md'), '/docs/lync/');
    expect(output).toContain('href="/docs/lync/glossary/#central-management-store"');
  });

  test('records nothing on an opted-out page', async () => {
    const { frontmatter } = await render(join(fixtures, 'page-opt-out', 'input.md'));
    expect(frontmatter['glossaryTerms']).toEqual([]);
  });

  test('refuses raw HTML, which means remark-raw-html-as-text did not run first and markers would be ignored', async () => {
    const md = await createMarkdownProcessor({ remarkPlugins: [[remarkGlossary, { base: '/', terms, glossaryDir: fixtures }]], syntaxHighlight: false });
    const error = await md.render('The <span data-no-glossary>pilot pool</span>.', { fileURL: pathToFileURL('/guide/page.md') }).catch((e: unknown) => e);
    expect(String((error as Error).message)).toContain(
      'remark-glossary found raw HTML `<span data-no-glossary>` in /guide/page.md, which remark-raw-html-as-text should have turned into text before term links are added; expected the plugin order of src/lib/markdown-pipeline.ts.\n' +
        '  Hint: build the processor from markdownPipeline() rather than listing remark plugins by hand.',
    );
  });
});
