// `npm run glossary`: which guide pages link each glossary term, and which terms no page uses. Runs the site's
// own Markdown pipeline (src/lib/markdown-pipeline.ts) over content/guide (or CONTENT_DIR) without a full build,
// so it takes a second. Exits 1 when the glossary has errors (the same ones that fail the build); unused terms
// are warnings only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { ContentValidationError } from '../src/lib/content-issue.ts';
import { glossaryDir, loadGlossaryTerms, type GlossaryTerm } from '../src/lib/glossary-terms.ts';
import { formatUnusedWarning, pageUses, unusedTermIssues, type GlossaryUse } from '../src/lib/glossary-usage.ts';
import { markdownPipeline } from '../src/lib/markdown-pipeline.ts';

let terms: GlossaryTerm[];
try {
  terms = loadGlossaryTerms();
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const guideDir = resolve(glossaryDir(), '..', 'guide');
const uses = new Map<string, GlossaryUse[]>();
// Captures what remark-glossary recorded, after every remark plugin of the site has run.
const capture = () => (_tree: unknown, file: VFile) => {
  uses.set(file.path, pageUses((file.data['astro'] as { frontmatter: Record<string, unknown> }).frontmatter));
};
// The site's pipeline, with the terms already loaded (and checked) above.
const pipeline = markdownPipeline({ base: '/', glossary: { terms } });
const processor = unified({ ...pipeline, remarkPlugins: [...pipeline.remarkPlugins, capture] });
const mdx = await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
const md = await processor.createRenderer({ syntaxHighlight: false });

const labels = new Map<string, string>();
for (const name of readdirSync(guideDir).filter((f) => /\.mdx?$/.test(f)).sort()) {
  const path = join(guideDir, name);
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-lines' });
  if (name.endsWith('.mdx')) await mdx.process(content, path, frontmatter);
  else await md.render(content, { frontmatter, fileURL: pathToFileURL(path) });
  labels.set(path, label(frontmatter, name));
}

// Reading order, as in the sidebar: Overview, Before you begin, then the phases.
const rank = (l: string) => (l === 'Overview' ? -1 : l === 'Before you begin' ? 0 : Number(l.replace('Phase ', '')) || 99);
const pagesByTerm = new Map<string, string[]>();
for (const [path, list] of [...uses].sort(([a], [b]) => rank(labels.get(a)!) - rank(labels.get(b)!))) {
  for (const use of list) pagesByTerm.set(use.id, [...(pagesByTerm.get(use.id) ?? []), labels.get(path)!]);
}

const width = Math.max(4, ...terms.map((t) => t.term.length));
console.log(`Glossary usage: ${terms.length} terms, ${labels.size} guide pages\n`);
console.log(`${'Term'.padEnd(width)}  Pages  Linked on`);
console.log(`${'-'.repeat(width)}  -----  ${'-'.repeat(40)}`);
for (const term of [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))) {
  const pages = pagesByTerm.get(term.id) ?? [];
  console.log(`${term.term.padEnd(width)}  ${String(pages.length).padStart(5)}  ${pages.join(', ') || '(none)'}`);
}
const unused = unusedTermIssues(terms, pagesByTerm);
console.log(unused.length ? `\nWarning: ${formatUnusedWarning(unused)}` : '\nEvery term is linked on at least one page.');

/** A short name for a page in the table: "Overview", "Before you begin", "Phase 4". */
function label(frontmatter: Record<string, unknown>, name: string): string {
  if (frontmatter['kind'] === 'overview') return 'Overview';
  if (frontmatter['kind'] === 'prerequisites') return 'Before you begin';
  return typeof frontmatter['phase'] === 'number' ? `Phase ${frontmatter['phase']}` : name.replace(/\.mdx?$/, '');
}
