import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import type { GlossaryTerm } from '../lib/glossary-terms.ts';
import remarkGlossary from './remark-glossary.ts';

const fixtures = join(import.meta.dirname, '__fixtures__', 'remark-glossary');
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

function processor(base = '/') {
  // The fixture folder of this one case plays the glossary folder, so its input counts as a glossary file.
  return unified({ remarkPlugins: [[remarkGlossary, { base, terms, glossaryDir: join(fixtures, 'glossary-files-are-not-linked') }]] });
}

/** Renders Markdown to HTML, or MDX to the JSX body of its component, through Astro's own unified pipeline. */
async function render(path: string, base = '/') {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  if (path.endsWith('.mdx')) {
    const mdx = await processor(base).createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
    const { code } = await mdx.process(content, path, frontmatter);
    return { output: code.slice(code.indexOf('function _createMdxContent'), code.indexOf('export default function MDXContent')), frontmatter: {} as Record<string, unknown> };
  }
  const md = await processor(base).createRenderer({ syntaxHighlight: false });
  const result = await md.render(content, { frontmatter, fileURL: pathToFileURL(path) });
  return { output: `${result.code}\n`, frontmatter: result.metadata.frontmatter as Record<string, unknown> };
}

describe('remark-glossary', () => {
  describe.each(readdirSync(fixtures))('%s', (name) => {
    const input = ['input.md', 'input.mdx'].map((f) => join(fixtures, name, f)).find((f) => existsSync(f))!;
    const expectedFile = join(fixtures, name, input.endsWith('.mdx') ? 'output.jsx' : 'output.html');
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

  test('links carry the site base', async () => {
    const { output } = await render(join(fixtures, 'aliases-link-their-term', 'input.md'), '/docs/lync/');
    expect(output).toContain('href="/docs/lync/glossary/#central-management-store"');
  });

  test('records nothing on an opted-out page', async () => {
    const { frontmatter } = await render(join(fixtures, 'page-opt-out', 'input.md'));
    expect(frontmatter['glossaryTerms']).toEqual([]);
  });
});
