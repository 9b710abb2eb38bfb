// Search benchmark: time from the last keystroke to the first result on screen, Pagefind engine time, and bytes
// fetched for the first query, on the real site and on a 1000-page synthetic guide. Prints a table.
// Usage: node scripts/bench-search.mjs [--pages 1000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { writeSyntheticGuide } from './lib/synthetic-guide.mjs';
import { serve } from './lib/serve.mjs';

const flag = process.argv.indexOf('--pages');
const pages = flag === -1 ? 1000 : Number(process.argv[flag + 1]);
if (!Number.isInteger(pages) || pages < 10) throw new Error(`--pages must be a whole number of at least 10 (the guide's own 10 pages); got ${process.argv[flag + 1]}.`);
const queries = ['Move-CsUser', '30024', 'certificate', 'Enable-CsTopology', 'replication'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function build(env) {
  const r = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`astro build failed for ${JSON.stringify(env)}; run it by hand to see why.`);
}

async function measure(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  await page.goto(url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByLabel('Words, commands or event IDs');
  const toResult = [];
  let firstQueryBytes = 0;
  for (const [i, q] of queries.entries()) {
    await input.fill('');
    await page.evaluate(() => document.querySelector('#search-results')?.replaceChildren());
    // Type all but the last key, then time the last keystroke to the first rendered result.
    await input.pressSequentially(q.slice(0, -1));
    const ms = await page.evaluate((last) => new Promise((resolve) => {
      const list = document.querySelector('#search-results');
      const input = document.querySelector('#search-input');
      const start = performance.now();
      new MutationObserver((_, obs) => { if (list.children.length) { obs.disconnect(); resolve(performance.now() - start); } }).observe(list, { childList: true });
      input.value += last;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }), q.slice(-1));
    toResult.push(ms);
    if (i === 0) { await page.waitForTimeout(200); firstQueryBytes = bytes; }
  }
  // Engine time alone, warm: Pagefind's search() plus loading the first result's data.
  const engine = await page.evaluate(async (qs) => {
    const base = document.documentElement.dataset.base;
    const pf = await import(`${base}pagefind/pagefind.js`);
    const times = [];
    for (const q of qs) {
      const t = performance.now();
      const r = await pf.search(q);
      await r.results[0]?.data();
      times.push(performance.now() - t);
    }
    return times;
  }, queries);
  await context.close();
  return { toResult: median(toResult), engine: median(engine), kb: firstQueryBytes / 1024 };
}

const work = mkdtempSync(join(tmpdir(), 'lync-bench-search-'));
try {
  build({ SITE_OUT_DIR: join(work, 'real') });
  writeSyntheticGuide(join(work, 'content'), { pages, terms: 50 });
  build({ SITE_OUT_DIR: join(work, 'synthetic'), CONTENT_DIR: join(work, 'content'), ASTRO_CACHE_DIR: join(work, 'cache') });
  const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  for (const [name, dir] of [['real site (11 pages)', 'real'], [`synthetic (${pages} pages)`, 'synthetic']]) {
    const server = await serve(join(work, dir));
    try {
      rows.push({ site: name, ...(await measure(browser, server.url)) });
    } finally {
      server.stop();
    }
  }
  await browser.close();
  console.log('\n| site | keystroke → first result (median ms) | Pagefind engine (median ms) | first query transfer (KB) |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.site} | ${r.toResult.toFixed(0)} | ${r.engine.toFixed(1)} | ${r.kb.toFixed(1)} |`);
  console.log(`\nQueries: ${queries.join(', ')}. Targets: ≤ 150 ms to first result (real site), ≤ 40 ms engine (1000 pages), ≤ 150 KB first query.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
