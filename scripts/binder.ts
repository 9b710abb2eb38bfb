// `npm run binder`: prints the change-window binder to PDF (whole guide and one file per phase) from the
// built site, with real page numbers in the contents. See README.md, "Printing a binder".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium.ts';
import { parseBinderArgs, usage } from './binder/args.ts';
import { makeBinders } from './binder/make.ts';
import { serveSite } from './binder/serve.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

async function main(): Promise<void> {
  if (process.argv.includes('--help')) return console.log(usage);
  const options = parseBinderArgs(process.argv.slice(2));
  if (options.build === 'never' && !existsSync(join(dist, 'binder', 'index.html'))) {
    throw new Error(`--no-build: found no built binder at \`${join(dist, 'binder', 'index.html')}\`, expected a built site in dist/. Hint: run \`npm run build\` first, or drop --no-build.`);
  }
  if (options.build === 'always' || (options.build === 'auto' && needsBuild())) {
    console.log('Building the site first (dist/ is missing or older than content/ and src/)…');
    const result = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, SITE_BASE: '/', SITE_OUT_DIR: 'dist' } });
    if (result.status !== 0) throw new Error(`The site build failed (exit ${result.status}); see the messages above.`);
  }
  const server = await serveSite(dist);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  try {
    const files = await makeBinders(browser, server.url, options);
    console.log(`\nPaper ${options.paper.toUpperCase()}, written to ${options.outDir}/\n`);
    console.table(files.map((f) => ({ file: f.file, pages: f.pages, 'size (KB)': Math.round(f.bytes / 1024), prints: f.passes, seconds: Number(f.seconds.toFixed(1)) })));
  } finally {
    await browser.close();
    await server.close();
  }
}

/** dist/ is stale when any file under content/ or src/ is newer than the built binder page. */
function needsBuild(): boolean {
  const built = join(dist, 'binder', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return ['content', 'src'].some((dir) => newest(join(root, dir)) > builtAt);
}

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((max, e) => Math.max(max, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
