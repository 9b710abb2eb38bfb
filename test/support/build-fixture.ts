import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures');

/** What a fixture build produced: its exit code, everything it printed, and any HTML it left behind. */
export interface FixtureBuild {
  status: number | null;
  output: string;
  htmlFiles: string[];
  /** The built HTML of the files asked for in {@link FixtureOptions.read}, by path under the output folder. */
  html: Record<string, string>;
}

/** Extra content for a fixture build, and which built pages to hand back before the output is deleted. */
export interface FixtureOptions {
  /** Files to write into the content tree, by path under `content/` (e.g. `guide/phase-4-….mdx`). */
  files?: Record<string, string>;
  /** Built files to read, by path under the output folder (e.g. `phase-4-…/index.html`). */
  read?: string[];
}

/**
 * Builds the site from `test/fixtures/valid` with the files of `test/fixtures/bad/<name>` laid over it
 * (a `_delete` file lists paths to remove), in a temporary folder with its own cache and output.
 */
export function buildFixture(name: string | null, { files = {}, read = [] }: FixtureOptions = {}): FixtureBuild {
  const work = mkdtempSync(join(tmpdir(), 'lync-fixture-'));
  const content = join(work, 'content');
  cpSync(join(fixtures, 'valid'), content, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(content, path), text);
  if (name) {
    const overlay = join(fixtures, 'bad', name);
    cpSync(overlay, content, { recursive: true, filter: (src) => !src.endsWith('_delete') && !src.endsWith('README.md') });
    const deletions = join(overlay, '_delete');
    if (existsSync(deletions)) {
      for (const line of readFileSync(deletions, 'utf8').split('\n').filter(Boolean)) rmSync(join(content, line));
    }
  }
  const outDir = join(work, 'dist');
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, SITE_OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const htmlFiles = existsSync(outDir) ? listHtml(outDir).map((f) => relative(outDir, f)) : [];
  const html = Object.fromEntries(read.filter((path) => existsSync(join(outDir, path))).map((path) => [path, readFileSync(join(outDir, path), 'utf8')]));
  rmSync(work, { recursive: true, force: true });
  // Paths in messages are relative to the project; make them stable across temporary folders.
  const output = `${result.stdout}\n${result.stderr}`.replaceAll(relative(root, content), 'content').replaceAll(content, 'content');
  return { status: result.status, output, htmlFiles, html };
}

function listHtml(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listHtml(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
