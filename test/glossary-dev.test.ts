import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const PAGE = 'phase-4-move-test-users-to-the-pilot-pool/';

/** A port nobody is listening on, so parallel checkouts and suites never collide. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$|PROD$|DEV$|SSR$|BASE_URL$)/.test(name)));
}

/** The popover definition of the pilot pool on the page, or undefined while the server is not ready. */
async function definition(url: string): Promise<string | undefined> {
  try {
    const html = await (await fetch(url)).text();
    return /id="gloss-def-pilot-pool" class="gloss-def">([^<]*)</.exec(html)?.[1];
  } catch {
    return undefined; // not listening yet
  }
}

async function until(get: () => Promise<string | undefined>, wanted: string, seconds: number): Promise<string | undefined> {
  let last: string | undefined;
  for (const end = Date.now() + seconds * 1000; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
    last = await get();
    if (last === wanted) break;
  }
  return last;
}

test('under astro dev, an edited glossary definition reaches the term popovers of pages already compiled', async () => {
  const work = mkdtempSync(join(tmpdir(), 'lync-glossary-dev-'));
  const content = join(work, 'content');
  cpSync(join(root, 'test', 'fixtures', 'valid'), content, { recursive: true });
  const port = await freePort();
  const server = spawn('npx', ['astro', 'dev', '--port', String(port)], {
    cwd: root,
    // Without the variables Vitest sets for itself (NODE_ENV=test, VITEST…), which change how Astro and Vite run.
    env: { ...withoutTestRunner(process.env), CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    const url = `http://127.0.0.1:${port}/${PAGE}`;
    expect(await until(() => definition(url), 'The first 2013 pool, used for testing.', 90), log).toBe('The first 2013 pool, used for testing.');
    const file = join(content, 'glossary', 'pilot-pool.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('The first 2013 pool, used for testing.', 'The first 2013 pool, edited while the server runs.'));
    expect(await until(() => definition(url), 'The first 2013 pool, edited while the server runs.', 30), log).toBe('The first 2013 pool, edited while the server runs.');
  } finally {
    // npx starts astro as a child: end the whole group this test started.
    process.kill(-server.pid!, 'SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}, 180_000);
