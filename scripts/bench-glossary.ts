// Benchmark: what remark-glossary costs on 1000 synthetic MDX pages × 200 terms, through the site's own Markdown
// pipeline (src/lib/markdown-pipeline.ts: every remark and rehype plugin in build order, Shiki with our themes,
// MDX optimised as astro.config.mjs has it). Prints a table; run `npm run bench:glossary` (BENCH_PAGES=… for
// fewer pages). The pipeline is most but not all of a build (Vite bundling, page rendering and Pagefind come on
// top), so the share printed here is an upper bound on the plugin's share of a full build.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { unified } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../src/lib/glossary-terms.ts';
import { markdownPipeline, shikiConfig } from '../src/lib/markdown-pipeline.ts';
import remarkGlossary, { type RemarkGlossaryOptions } from '../src/plugins/remark-glossary.ts';

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

// Wall-clock and CPU time side by side: on a shared machine other processes inflate the first, not the second.
interface Time {
  wall: number;
  cpu: number;
}
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const plugin: Time = { wall: 0, cpu: 0 };
/** remark-glossary with a stopwatch around its transform (synchronous, so the CPU delta is its own). */
function timedGlossary(options: RemarkGlossaryOptions) {
  const transform = remarkGlossary(options);
  return (tree: Root, file: VFile) => {
    const wall = performance.now();
    const cpu = cpuMs();
    transform(tree, file);
    plugin.cpu += cpuMs() - cpu;
    plugin.wall += performance.now() - wall;
  };
}

async function run(withGlossary: boolean, sources: string[]): Promise<Time> {
  const pipeline = markdownPipeline({ base: '/', glossary: withGlossary ? { terms, glossaryDir: '/nonexistent' } : false });
  // The site's own list, with the linker swapped for the same linker behind a stopwatch.
  const remarkPlugins = pipeline.remarkPlugins.map((p) => (Array.isArray(p) && p[0] === remarkGlossary ? ([timedGlossary, p[1]] as [typeof timedGlossary, RemarkGlossaryOptions]) : p));
  const processor = unified({ ...pipeline, remarkPlugins });
  const mdx = await processor.createMdxRenderer!({ syntaxHighlight: 'shiki', shikiConfig }, { optimize: true });
  const wall = performance.now();
  const cpu = cpuMs();
  await Promise.all(sources.map((src, i) => mdx.process(src, `/bench/guide/page-${i}.mdx`, {})));
  return { wall: performance.now() - wall, cpu: cpuMs() - cpu };
}

const sources = Array.from({ length: PAGES }, (_, i) => page(i));
const words = sources.reduce((sum, s) => sum + s.split(/\s+/).length, 0);
await run(true, sources.slice(0, 50)); // warm up Shiki and the JIT
Object.assign(plugin, { wall: 0, cpu: 0 });
const without = await run(false, sources);
const withPlugin = await run(true, sources);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const both = (f: (t: keyof Time) => string) => `${f('wall')} wall, ${f('cpu')} CPU`;
const rows: [string, string][] = [
  ['Pages × terms (names incl. aliases)', `${PAGES} × ${TERMS} (${TERMS * 3})`],
  ['Words per page (average)', String(Math.round(words / PAGES))],
  ['CPU cores', String(availableParallelism())],
  ['Pipeline without remark-glossary', both((t) => seconds(without[t]))],
  ['Pipeline with remark-glossary', both((t) => seconds(withPlugin[t]))],
  ['Difference (plugin + rendering the extra markup)', both((t) => seconds(withPlugin[t] - without[t]))],
  ['remark-glossary itself (timed inside)', both((t) => seconds(plugin[t]))],
  ['Per page', both((t) => `${(plugin[t] / PAGES).toFixed(2)} ms`)],
  ['Share of the pipeline (upper bound for a build)', both((t) => `${((plugin[t] / withPlugin[t]) * 100).toFixed(1)} %`)],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\n${'Measure'.padEnd(width)}  Value\n${'-'.repeat(width)}  ${'-'.repeat(36)}`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
