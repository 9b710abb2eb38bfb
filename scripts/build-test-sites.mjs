// Builds the site twice for the end-to-end tests: at the root (dist/) and under a sub-path (dist-sub/), because
// hosting under a sub-path is a promise the tests must keep. Fails fast, naming the build that broke.
import { spawnSync } from 'node:child_process';

const builds = [
  { name: 'root', env: { SITE_OUT_DIR: 'dist' } },
  // The sub-path build lands in dist-sub/docs/lync/ so a plain static server at dist-sub/ hosts it as a real sub-path.
  { name: 'sub-path /docs/lync/', env: { SITE_OUT_DIR: 'dist-sub/docs/lync', SITE_BASE: '/docs/lync/' } },
];

for (const build of builds) {
  console.log(`\n▶ Building the site (${build.name})`);
  const result = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ...build.env } });
  if (result.status !== 0) {
    console.error(`The ${build.name} build failed (exit ${result.status}); see the messages above.`);
    process.exit(result.status ?? 1);
  }
}
