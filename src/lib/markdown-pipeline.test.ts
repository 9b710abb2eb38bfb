import { describe, expect, test, vi } from 'vitest';
import remarkGlossary from '../plugins/remark-glossary.ts';
import remarkRawHtmlAsText from '../plugins/remark-raw-html-as-text.ts';
import { markdownPipeline } from './markdown-pipeline.ts';

/** astro.config.mjs as the build loads it, with the given environment. */
async function siteConfig(env: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  try {
    const { default: config } = (await import('../../astro.config.mjs')) as { default: { markdown: { processor: { options: ReturnType<typeof markdownPipeline> } } } };
    return config.markdown.processor.options;
  } finally {
    vi.unstubAllEnvs();
  }
}
const pluginOf = (entry: unknown) => (Array.isArray(entry) ? entry[0] : entry) as unknown;
// The config is loaded afresh (vi.resetModules), so its plugins are other instances of the same functions.
const names = (list: unknown[]) => list.map((entry) => (pluginOf(entry) as { name: string }).name);
const options = (list: unknown[]) => list.map((entry) => (Array.isArray(entry) ? (entry[1] as unknown) : undefined));

describe('markdownPipeline', () => {
  test('raw HTML is handled first and term links are added last', () => {
    const { remarkPlugins } = markdownPipeline({ base: '/' });
    expect(pluginOf(remarkPlugins[0])).toBe(remarkRawHtmlAsText);
    expect(pluginOf(remarkPlugins.at(-1))).toBe(remarkGlossary);
    expect(remarkPlugins.at(-1)).toEqual([remarkGlossary, { base: '/' }]);
  });

  test('the build runs exactly this pipeline, with its base, and LYNC_GLOSSARY=off drops only the linker', async () => {
    const built = await siteConfig({ SITE_BASE: '/docs/lync/' });
    const expected = markdownPipeline({ base: '/docs/lync/' });
    expect(names(built.remarkPlugins)).toEqual(names(expected.remarkPlugins));
    expect(names(built.remarkPlugins)).toEqual(['remarkRawHtmlAsText', 'remarkUnclosedFences', 'remarkGfm', 'remarkAlert', 'remarkGuideLinks', 'remarkGlossary']);
    expect(options(built.remarkPlugins)).toEqual(options(expected.remarkPlugins));
    expect(options(built.remarkPlugins).at(-1)).toEqual({ base: '/docs/lync/' });
    expect(names(built.rehypePlugins)).toEqual(names(expected.rehypePlugins));
    expect(built.smartypants).toBe(false);

    const off = await siteConfig({ LYNC_GLOSSARY: 'off' });
    expect(names(off.remarkPlugins)).toEqual(names(expected.remarkPlugins).filter((name) => name !== 'remarkGlossary'));
  });
});
