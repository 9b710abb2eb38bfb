// `npm run bundle`: builds the portable copy into bundle/lync-runbook/ and zips it to bundle/lync-runbook-<revision>.zip.
// A separate build (not a copy of dist/) because its HTML, scripts and search index differ; the hosted build is untouched.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('bundle', { recursive: true, force: true });
const env = { ...process.env, SITE_PORTABLE: '1', SITE_BASE: '/', SITE_OUT_DIR: 'bundle/lync-runbook' };
const result = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (result.status !== 0) {
  console.error(`The portable build failed (exit ${result.status}); see the messages above. Nothing was written to bundle/.`);
  process.exit(result.status ?? 1);
}
console.log('\nPortable copy ready: open bundle/lync-runbook/index.html, or hand out the zip in bundle/.');
