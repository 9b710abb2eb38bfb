// Benchmark: what remark-glossary costs on 1000 synthetic MDX pages × 200 terms, through the site's own Markdown
// pipeline (same remark and rehype plugins, Shiki with our themes). Prints a table; run `node scripts/bench-glossary.ts`.
// The pipeline is most but not all of a build (Vite bundling, page rendering and Pagefind come on top), so the
// share printed here is an upper bound on the plugin's share of a full build.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { unified, type RemarkPlugins, type ShikiConfig } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { remarkAlert } from 'remark-github-blockquote-alert';
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../src/lib/glossary-terms.ts';
import rehypeCallouts from '../src/plugins/rehype-callouts.ts';
import rehypeCodeCopy from '../src/plugins/rehype-code-copy.ts';
import rehypeTaskLists from '../src/plugins/rehype-task-lists.ts';
import remarkGlossary, { type RemarkGlossaryOptions } from '../src/plugins/remark-glossary.ts';
import remarkGuideLinks from '../src/plugins/remark-guide-links.ts';

const PAGES = Number(process.env['BENCH_PAGES'] ?? 1000);
const TERMS = 200;
const WORDS = ['edge', 'pool', 'store', 'route', 'trunk', 'policy', 'replica', 'gateway', 'archive', 'monitor', 'director', 'registrar', 'mediation', 'federation', 'topology', 'certificate', 'conference', 'presence', 'voice', 'branch'];

// Two-word terms with a plural and an abbreviation alias, plus one-word terms, so longest-match matters.
const terms: GlossaryTerm[] = Array.from({ length: TERMS }, (_, i) => {
  const name = i < 20 ? WORDS[i]! : `${WORDS[i % 20]} ${WORDS[Math.floor(i / 20) % 20]} ${i}`;
  return { id: `term-${i}`, filePath: `bench/term-${i}.md`, term: name, aliases: [`${name}s`, `T${i}X`], short: `Short definition of ${name}.`, related: [], body: 'Full.' };
});

function page(n: number): string {
  const mention = (k: number) => terms[(n * 7 + k * 13) % TERMS]!.term;
  const sections = Array.from({ length: 20 }, (_, s) => {
    const prose = Array.from({ length: 4 }, (_, p) => `Check the ${mention(s * 4 + p)} before you change the ${mention(s * 4 + p + 1)} on the server; it is set by the administrator and confirmed in the log with care.`).join(' ');
    return [
      `## Section ${s} about the ${mention(s)}`,
      prose,
      `> [!NOTE]\n> The ${mention(s + 2)} must be ready first.`,
      `1. Run the command for the ${mention(s + 3)}:\n\n   \`\`\`powershell\n   Get-CsService -Identity "${mention(s)}" | Select-Object Identity, Status\n   \`\`\``,
      `**Verify**\n\n- [ ] The ${mention(s + 4)} shows \`Running\`.\n- [ ] See [Phase 2](phase-2-prepare-for-migration.md#back-up-systems-and-data) for the ${mention(s + 5)}.`,
    ].join('\n\n');
  });
  return `Page ${n} introduces the ${mention(0)} and the ${mention(1)}.\n\n${sections.join('\n\n')}\n`;
}

let pluginMs = 0;
/** remark-glossary with a stopwatch around its transform. */
function timedGlossary(options: RemarkGlossaryOptions) {
  const transform = remarkGlossary(options);
  return (tree: Root, file: VFile) => {
    const start = performance.now();
    transform(tree, file);
    pluginMs += performance.now() - start;
  };
}

async function run(withGlossary: boolean, sources: string[]): Promise<number> {
  const remarkPlugins: RemarkPlugins = [remarkGfm, remarkAlert, [remarkGuideLinks, { base: '/' }]];
  if (withGlossary) remarkPlugins.push([timedGlossary, { base: '/', terms, glossaryDir: '/nonexistent' }]);
  const processor = unified({ gfm: false, remarkPlugins, rehypePlugins: [rehypeCallouts, rehypeTaskLists, rehypeCodeCopy] });
  const shikiConfig: ShikiConfig = { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false, wrap: false };
  const mdx = await processor.createMdxRenderer!({ syntaxHighlight: 'shiki', shikiConfig }, { optimize: false });
  const start = performance.now();
  await Promise.all(sources.map((src, i) => mdx.process(src, `/bench/guide/page-${i}.mdx`, {})));
  return performance.now() - start;
}

const sources = Array.from({ length: PAGES }, (_, i) => page(i));
const words = sources.reduce((sum, s) => sum + s.split(/\s+/).length, 0);
await run(true, sources.slice(0, 50)); // warm up Shiki and the JIT
pluginMs = 0;
const without = await run(false, sources);
const withPlugin = await run(true, sources);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: [string, string][] = [
  ['Pages × terms (names incl. aliases)', `${PAGES} × ${TERMS} (${TERMS * 3})`],
  ['Words per page (average)', String(Math.round(words / PAGES))],
  ['CPU cores', String(availableParallelism())],
  ['Pipeline without remark-glossary', seconds(without)],
  ['Pipeline with remark-glossary', seconds(withPlugin)],
  ['Difference (plugin + rendering the extra markup)', seconds(withPlugin - without)],
  ['remark-glossary itself (timed inside)', seconds(pluginMs)],
  ['Per page', `${(pluginMs / PAGES).toFixed(2)} ms`],
  ['Share of the pipeline (upper bound for a build)', `${((pluginMs / withPlugin) * 100).toFixed(1)} %`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\n${'Measure'.padEnd(width)}  Value\n${'-'.repeat(width)}  ${'-'.repeat(20)}`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
