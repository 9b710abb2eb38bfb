// Builds the sites the end-to-end tests serve: the real guide at the root (dist/) and under a sub-path
// (dist-sub/), because hosting under a sub-path is a promise the tests must keep; a next revision (dist-next/)
// for the offline update test; the portable copy (bundle/); and the hostile-content fixture (dist-hostile/),
// whose pages and glossary carry script-injection strings that must render as text. Fails fast, naming the
// build that broke.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The hostile fixture is an overlay on the minimal valid guide, like the bad-input cases in test/fixtures/bad/.
const hostile = mkdtempSync(join(tmpdir(), 'lync-hostile-'));
cpSync('test/fixtures/valid', hostile, { recursive: true });
cpSync('test/fixtures/hostile', hostile, { recursive: true, filter: (src) => !src.endsWith('README.md') });

const builds = [
  { name: 'root', env: { SITE_OUT_DIR: 'dist' } },
  // The sub-path build lands in dist-sub/docs/lync/ so a plain static server at dist-sub/ hosts it as a real sub-path.
  { name: 'sub-path /docs/lync/', env: { SITE_OUT_DIR: 'dist-sub/docs/lync', SITE_BASE: '/docs/lync/' } },
  // A second publication of the same site under a new revision: the offline tests switch to it to see the update.
  // E2E_ASSET_MARK (test-only, src/integrations/e2e-asset-mark.ts) stamps its stylesheet and page script, so its
  // hashed assets differ from dist/'s too and the update test can tell which build each page's assets came from.
  { name: 'next revision', env: { SITE_OUT_DIR: 'dist-next', GIT_REVISION: 'e2e-next-build', E2E_ASSET_MARK: 'next' } },
  // The portable copy, built exactly as `npm run bundle` builds it, into bundle/.
  { name: 'portable copy', command: ['node', 'scripts/bundle.mjs'] },
  { name: 'hostile content', env: { SITE_OUT_DIR: 'dist-hostile', CONTENT_DIR: hostile, ASTRO_CACHE_DIR: join(hostile, '.cache') } },
];

try {
  for (const build of builds) {
    console.log(`\n▶ Building the site (${build.name})`);
    const [cmd, ...args] = build.command ?? ['npx', 'astro', 'build'];
    const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...(build.env ?? {}) } });
    if (result.status !== 0) {
      console.error(`The ${build.name} build failed (exit ${result.status}); see the messages above.`);
      process.exitCode = result.status ?? 1;
      break;
    }
  }
} finally {
  rmSync(hostile, { recursive: true, force: true });
}
