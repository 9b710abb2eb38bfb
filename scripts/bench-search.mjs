// Search benchmark: time from the last keystroke to the first result on screen, Pagefind engine time, and bytes
// fetched for the first query, on the real site and on a 1000-page synthetic guide. Prints a table, marks each
// target ✓ or ✗, and exits non-zero when one is missed.
// Usage: node scripts/bench-search.mjs [--pages 1000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { writeSyntheticGuide } from './lib/synthetic-guide.mjs';
import { serve } from './lib/serve.mjs';

const flag = process.argv.indexOf('--pages');
const pages = flag === -1 ? 1000 : Number(process.argv[flag + 1]);
if (!Number.isInteger(pages) || pages < 10) throw new Error(`--pages must be a whole number of at least 10 (the guide's own 10 pages); got ${process.argv[flag + 1]}.`);
// Each site is searched for things it contains: the synthetic guide has the cmdlets and topic words but no event IDs.
const QUERIES = {
  real: ['Move-CsUser', '30024', 'certificate', 'Enable-CsTopology', 'replication'],
  synthetic: ['Move-CsUser', 'Test-CsRegistration', 'certificate', 'Enable-CsTopology', 'replication'],
};
const TARGETS = { firstResultMs: 150, engineMs: 40, firstQueryKb: 150 };
// Far above any plausible search time: reaching it means the query found nothing, and the run must say so.
const RESULT_TIMEOUT_MS = 10_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function build(env) {
  const r = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`astro build failed for ${JSON.stringify(env)}; run it by hand to see why.`);
}

/** Types `query` into the open dialog and resolves with the ms from its last keystroke to its first result painted. */
async function timeLastKeystroke(page, query) {
  const prefix = query.slice(0, -1);
  await page.getByLabel('Words, commands or event IDs').fill('');
  await page.evaluate(() => delete document.querySelector('#search-results').dataset.query);
  await page.getByLabel('Words, commands or event IDs').pressSequentially(prefix);
  // The prefix's own search must have landed first, or its results could stop the clock for the full query.
  await page.waitForFunction((p) => document.querySelector('#search-results').dataset.query === p, prefix, { timeout: RESULT_TIMEOUT_MS });
  return page.evaluate(({ query, timeout }) => new Promise((resolve, reject) => {
    const list = document.querySelector('#search-results');
    const input = document.querySelector('#search-input');
    // Cleared right before the last key, so only a result for the whole query can count.
    list.replaceChildren();
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (list.dataset.query !== query || list.children.length === 0) return;
      observer.disconnect();
      clearTimeout(timer);
      window.requestAnimationFrame(() => resolve(performance.now() - start));
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no result for \`${query}\` within ${timeout} ms`));
    }, timeout);
    observer.observe(list, { childList: true, attributes: true, attributeFilter: ['data-query'] });
    input.value += query.slice(-1);
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }), { query, timeout: RESULT_TIMEOUT_MS });
}

async function measure(browser, url, site, queries) {
  // The offline worker precaches the whole index after load; blocked, what is counted is what the first query needs.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  let bytes = 0;
  let gzipped = 0;
  context.on('requestfinished', async (r) => {
    const sizes = await r.sizes().catch(() => undefined);
    const response = await r.response().catch(() => null);
    const body = await response?.body().catch(() => undefined);
    if (!sizes || !body) return;
    bytes += sizes.responseHeadersSize + sizes.responseBodySize;
    // The bench's static server sends files as they are; a real host gzips text. Pagefind's index chunks,
    // fragments and WebAssembly are compressed already, so only text types are counted compressed.
    const text = /javascript|css|html|json|text\//.test(response.headers()['content-type'] ?? '');
    gzipped += sizes.responseHeadersSize + (text ? gzipSync(body).length : body.length);
  });
  await page.getByRole('button', { name: 'Search' }).click();
  const toResult = [];
  let firstQueryBytes = 0;
  let firstQueryGzipped = 0;
  for (const [i, q] of queries.entries()) {
    try {
      toResult.push(await timeLastKeystroke(page, q));
    } catch (e) {
      throw new Error(`Search benchmark on the ${site}: ${e instanceof Error ? e.message.split('\n')[0] : e}. Expected every query to find a result. Hint: use queries the site contains (QUERIES in scripts/bench-search.mjs).`, { cause: e });
    }
    if (i === 0) {
      await page.waitForTimeout(300); // let the last index chunks and fragments finish
      firstQueryBytes = bytes;
      firstQueryGzipped = gzipped;
    }
  }
  // Engine time alone, warm: Pagefind's search() plus loading the first result's data.
  const engine = await page.evaluate(async (qs) => {
    const pf = await import(`${document.documentElement.dataset.base}pagefind/pagefind.js`);
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
  return { toResult: median(toResult), engine: median(engine), rawKb: firstQueryBytes / 1024, kb: firstQueryGzipped / 1024 };
}

const mark = (value, target) => (value <= target ? '✓' : '✗');
const work = mkdtempSync(join(tmpdir(), 'lync-bench-search-'));
const loadBefore = loadavg()[0];
try {
  build({ SITE_OUT_DIR: join(work, 'real') });
  writeSyntheticGuide(join(work, 'content'), { pages, terms: 50 });
  build({ SITE_OUT_DIR: join(work, 'synthetic'), CONTENT_DIR: join(work, 'content'), ASTRO_CACHE_DIR: join(work, 'cache') });
  const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  try {
    for (const [key, site] of [['real', 'real site (11 pages)'], ['synthetic', `synthetic (${pages} pages)`]]) {
      const server = await serve(join(work, key));
      try {
        rows.push({ key, site, ...(await measure(browser, server.url, site, QUERIES[key])) });
      } finally {
        server.stop();
      }
    }
  } finally {
    await browser.close();
  }
  const [real, synthetic] = rows;
  const missed = [
    real.toResult > TARGETS.firstResultMs,
    synthetic.engine > TARGETS.engineMs,
    ...rows.map((r) => r.kb > TARGETS.firstQueryKb),
  ].filter(Boolean).length;
  console.log('\n| site | keystroke → first result (median ms) | Pagefind engine (median ms) | first query, gzip as hosted (KB) | first query, uncompressed (KB) |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(`| ${real.site} | ${real.toResult.toFixed(0)} ${mark(real.toResult, TARGETS.firstResultMs)} | ${real.engine.toFixed(1)} | ${real.kb.toFixed(1)} ${mark(real.kb, TARGETS.firstQueryKb)} | ${real.rawKb.toFixed(1)} |`);
  console.log(`| ${synthetic.site} | ${synthetic.toResult.toFixed(0)} | ${synthetic.engine.toFixed(1)} ${mark(synthetic.engine, TARGETS.engineMs)} | ${synthetic.kb.toFixed(1)} ${mark(synthetic.kb, TARGETS.firstQueryKb)} | ${synthetic.rawKb.toFixed(1)} |`);
  for (const r of rows) console.log(`\nQueries on the ${r.site}: ${QUERIES[r.key].join(', ')}.`);
  console.log(`Targets: ≤ ${TARGETS.firstResultMs} ms to first result (real site), ≤ ${TARGETS.engineMs} ms engine (synthetic; the target is set for 1000 pages), ≤ ${TARGETS.firstQueryKb} KB first query with text gzipped as a web server sends it (both; service workers blocked).`);
  console.log(`Load average (1 min): ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after.`);
  if (missed) {
    console.error(`\n${missed} search ${missed === 1 ? 'target was' : 'targets were'} missed (✗ above).`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
