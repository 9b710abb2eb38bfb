// Lighthouse audit of the built site (issue 9): the overview and a phase page, on Lighthouse's default mobile
// profile (slow 4G, mid-range phone) and on desktop. Prints the four category scores and every audit that
// cost points. Uses the system Chromium unless CHROME_PATH says otherwise.
// Usage: npm run lighthouse            (builds dist/ first if it is missing)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './lib/serve.mjs';

const PAGES = [
  { name: 'overview', path: '' },
  { name: 'Phase 4', path: 'phase-4-move-test-users-to-the-pilot-pool/' },
];
const PROFILES = [
  { name: 'mobile', flags: [] },
  { name: 'desktop', flags: ['--preset=desktop'] },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) throw new Error(`No Chromium at \`${chrome}\`. Hint: install your distribution's chromium or set CHROME_PATH.`);

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no build yet; building it…');
  if (spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'lync-lighthouse-'));
const server = await serve('dist');
const rows = [];
const lost = [];
try {
  for (const page of PAGES) {
    for (const profile of PROFILES) {
      const report = join(out, 'report.json');
      const url = `${server.url}${page.path}`;
      const r = spawnSync('npx', ['lighthouse', url, '--quiet', '--output=json', `--output-path=${report}`, `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu', ...profile.flags], {
        encoding: 'utf8',
        env: { ...process.env, CHROME_PATH: chrome },
      });
      if (r.status !== 0) throw new Error(`Lighthouse failed on ${url} (${profile.name}):\n${r.stderr.slice(-1500)}`);
      const lhr = JSON.parse(readFileSync(report, 'utf8'));
      rows.push(`| ${page.name} | ${profile.name} | ${CATEGORIES.map((c) => Math.round(lhr.categories[c].score * 100)).join(' | ')} |`);
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) lost.push(`${page.name} (${profile.name}), ${c}: ${audit.title} (score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
        }
      }
    }
  }
} finally {
  server.stop();
  rmSync(out, { recursive: true, force: true });
}

console.log('\n| page | profile | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
console.log(rows.join('\n'));
console.log(lost.length ? `\nAudits that cost points:\n- ${lost.join('\n- ')}` : '\nEvery weighted audit passed.');
