// One measured `astro build` of a content folder for scripts/bench.mjs: wall-clock time, CPU time (user + system
// of the whole build process tree, which other work on a shared machine inflates far less than wall-clock time),
// Pagefind's own indexing time (from the line src/integrations/pagefind.ts logs), index size and dist size.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total size in bytes of every file under `dir`. */
export function folderBytes(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/**
 * Builds `contentDir` into `work/dist` from a cold cache (a full build, as CI or a fresh checkout does).
 * `env` is added to the build's environment (e.g. LYNC_GLOSSARY=off).
 */
export function measuredBuild(contentDir, work, env = {}) {
  const outDir = join(work, 'dist');
  const cacheDir = join(work, 'cache');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const started = performance.now();
  // bash's `times` prints the CPU time its finished children used: the build and every process it started.
  const r = spawnSync('bash', ['-c', 'npx astro build; status=$?; times >&2; exit $status'], {
    encoding: 'utf8',
    env: { ...process.env, ...env, CONTENT_DIR: contentDir, SITE_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const ms = performance.now() - started;
  const output = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`astro build of ${contentDir} failed (exit ${r.status}):\n${output.slice(-2000)}`);
  const [user, sys] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(minutesSeconds);
  const pagefindMs = Number(/Pagefind indexed \d+ of \d+ HTML files in (\d+) ms/.exec(output)?.[1] ?? NaN);
  return { ms, cpuMs: (user ?? NaN) + (sys ?? NaN), pagefindMs, indexBytes: folderBytes(join(outDir, 'pagefind')), distBytes: folderBytes(outDir) };
}

/** `1m2.345s` (bash's `times` format) in milliseconds. */
function minutesSeconds(text) {
  const m = /^(\d+)m([\d.]+)s$/.exec(text);
  return m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 : NaN;
}
