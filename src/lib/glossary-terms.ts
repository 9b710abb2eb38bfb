import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { glossarySchema } from '../schemas/glossary.ts';
import { assertNoIssues, type ContentIssue } from './content-issue.ts';
import { validateGlossary } from './validate-glossary.ts';

/** One glossary term as the linker, the popovers and the printed term list need it. */
export interface GlossaryTerm {
  /** File name without `.md`: the term's slug and its anchor on /glossary/. */
  id: string;
  /** Path relative to the project root, for messages. */
  filePath: string;
  term: string;
  aliases: string[];
  short: string;
  related: string[];
  /** The full definition (Markdown). */
  body: string;
}

/** The folder glossary files are read from: `<CONTENT_DIR>/glossary`, as in `src/content.config.ts`. */
export function glossaryDir(): string {
  return resolve(process.env['CONTENT_DIR'] ?? './content', 'glossary');
}

const schema = glossarySchema(z.string());

interface Cached {
  /** Every file's name, modification time and size: any edit, addition or removal changes it. */
  signature: string;
  terms: GlossaryTerm[];
}
interface CacheState {
  byDir: Map<string, Cached>;
  /** Set for `astro build`, where the files cannot change: each call then skips the signature check. */
  fixed: boolean;
}
// On globalThis because one build loads this module twice, in astro.config's plugins and in the pages' bundle;
// both must share one read and one validation.
const registry = globalThis as unknown as Record<symbol, CacheState | undefined>;
const state: CacheState = (registry[Symbol.for('lync-runbook.glossary-terms')] ??= { byDir: new Map(), fixed: false });

/**
 * Reads, schema-checks and lints every `*.md` in `dir`, then returns the same array until a file there is
 * edited, added or removed (by modification time and size), so the remark plugin can ask once per page and
 * `astro dev` still sees an edited definition. Throws a ContentValidationError listing every problem at once.
 */
export function loadGlossaryTerms(dir = glossaryDir()): GlossaryTerm[] {
  const cached = state.byDir.get(dir);
  if (cached && state.fixed) return cached.terms;
  const files = markdownFiles(dir);
  const signature = files.map((name) => {
    const { mtimeMs, size } = statSync(join(dir, name));
    return `${name}\0${mtimeMs}\0${size}`;
  }).join('\n');
  if (cached?.signature === signature) return cached.terms;
  // Nothing is cached for content that fails: the next call reads (and reports) it again.
  state.byDir.delete(dir);
  const terms = readGlossary(dir, files);
  state.byDir.set(dir, { signature, terms });
  return terms;
}

/**
 * Declares whether the glossary files can change while this process runs. `astro build` says they cannot
 * (src/integrations/glossary.ts), which spares every page a directory listing and one `stat` per term.
 */
export function glossaryFilesFixed(fixed: boolean): void {
  state.fixed = fixed;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
}

function readGlossary(dir: string, files: string[]): GlossaryTerm[] {
  const issues: ContentIssue[] = [];
  const terms: GlossaryTerm[] = [];
  for (const name of files) {
    const filePath = relative(process.cwd(), join(dir, name));
    const term = readTerm(filePath, join(dir, name), toId(name), issues);
    if (term) terms.push(term);
  }
  issues.push(...validateGlossary(terms, files.map(toId)));
  assertNoIssues(issues);
  return terms;
}

/** A term's id is its file name without `.md` (and without folders, as Astro's glob loader does). */
function toId(name: string): string {
  return basename(name, '.md');
}

function readTerm(filePath: string, absolute: string, id: string, issues: ContentIssue[]): GlossaryTerm | undefined {
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(readFileSync(absolute, 'utf8'));
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    // js-yaml counts from 0 within the text after the opening `---`, which itself is line 1 of the file.
    const where = mark ? ` on line ${mark.line + 1}` : '';
    issues.push({ file: filePath, field: 'frontmatter', found: `YAML that does not parse (${reason ?? String(error)}${where})`, expected: 'valid YAML between the two `---` lines', hint: 'quote values that contain a colon, and close every bracket and quote.' });
    return undefined;
  }
  const result = schema.safeParse(parsed.frontmatter, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) issues.push(schemaIssue(filePath, issue));
    return undefined;
  }
  return { id, filePath, ...result.data, body: parsed.content.trimStart() };
}

/** Splits a schema message written by src/schemas/error-map.ts ("found …, expected …. Hint: …") into an issue. */
function schemaIssue(file: string, issue: z.core.$ZodIssue): ContentIssue {
  const field = issue.path.map(String).join('.') || 'frontmatter';
  const [body = '', hint = 'see content/README.md for every field\'s format.'] = issue.message.split('. Hint: ');
  const found = /^found (.*), expected (.*)$/s.exec(body);
  if (found) return { file, field, found: found[1]!, expected: found[2]!, hint };
  const missing = /^missing, expected (.*)$/s.exec(body);
  if (missing) return { file, field, found: 'nothing', expected: missing[1]!, hint };
  // A rule with its own wording ("short definition must not be empty") is the expectation itself.
  const found2 = issue.input === '' ? 'an empty value' : `\`${JSON.stringify(issue.input)}\``;
  return { file, field, found: found2, expected: `a valid value (${body})`, hint };
}
