import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchFirefox, type Firefox } from './support/firefox.ts';

// The portable copy must open from a folder in Firefox as well as in Chromium. Firefox gives every file: URL an
// origin of its own (security.fileuri.strict_origin_policy), which rules out module scripts and fetch(); the copy
// uses classic scripts only, and this checks that the pages' CSP ('self') still lets them and the stylesheets
// load. Debian's Firefox is driven over WebDriver BiDi (support/firefox.ts).
const root = pathToFileURL(`${resolve('bundle/lync-runbook')}/`).href;
const at = (path: string) => `${root}${path}index.html`;
const searchButton = `[...document.querySelectorAll('.site-header button')].find((b) => b.textContent.includes('Search'))`;
const themeButton = `[...document.querySelectorAll('button')].find((b) => b.textContent.includes('Dark mode'))`;

let firefox: Firefox;
/**
 * Every page visited and every file its elements load (`src`, stylesheets, icons). Firefox reports neither
 * BiDi network events nor resource timings for file: loads, so the document itself is the record; data: URLs
 * (the inlined favicon) are no requests.
 */
const loaded: string[] = [];
const record = async () => loaded.push(...(await firefox.evaluate<string[]>(`[location.href, ...[...document.querySelectorAll('[src], link[href]')].map((el) => el.src || el.href).filter((url) => !url.startsWith('data:'))]`)));
test.beforeAll(async () => {
  test.setTimeout(90_000);
  firefox = await launchFirefox();
});
test.afterAll(async () => {
  await firefox.close();
});

test.describe('portable copy in Firefox (file:)', () => {
  // One browser, one tab: the steps run in order.
  test.describe.configure({ mode: 'serial' });

  test('pages open styled, their scripts run, and the CSP blocks nothing', async () => {
    for (const path of ['', 'phase-4-move-test-users-to-the-pilot-pool/', 'glossary/']) {
      await firefox.goto(at(path));
      expect(await firefox.evaluate(`getComputedStyle(document.querySelector('.site-header')).display`), path).toBe('flex');
      // The search button and the checklist boxes exist only once the page script has run.
      await firefox.waitFor(`${searchButton}?.checkVisibility()`, `the search button on /${path}`);
      expect(await firefox.evaluate('window.__cspViolations'), path).toEqual([]);
      await record();
    }
    expect(await firefox.evaluate(`document.querySelectorAll('.check-toggle, .check-item input[type=checkbox]').length`)).toBe(0);
    await firefox.goto(at('phase-4-move-test-users-to-the-pilot-pool/'));
    await firefox.waitFor(`document.querySelectorAll('input[type=checkbox]').length > 20`, 'checklist boxes on Phase 4');
    await record();
  });

  test('search finds a command in the portable index and opens its section', async () => {
    await firefox.goto(at(''));
    await firefox.waitFor(`${searchButton}`, 'the search button');
    await firefox.evaluate(`${searchButton}.click()`);
    await firefox.waitFor(`document.querySelector('dialog[open] input')`, 'the search dialog');
    expect(await firefox.evaluate(`document.querySelector('dialog[open]').textContent`)).toContain('Searching the portable index in this folder');
    await firefox.evaluate(`(() => { const input = document.querySelector('dialog[open] input'); input.value = 'Move-CsUser'; input.dispatchEvent(new Event('input', { bubbles: true })); })()`);
    await firefox.waitFor(`/\\d+ pages? match/.test(document.querySelector('dialog[open] [role=status]')?.textContent ?? '')`, 'search results');
    const href = await firefox.evaluate<string>(`document.querySelector('.search-result a').href`);
    expect(href).toMatch(/^file:.*\/index\.html#.+/);
    await record();
    await firefox.evaluate(`document.querySelector('.search-result a').click()`);
    await firefox.waitFor(`location.href === ${JSON.stringify(href)}`, 'the result page');
    expect(await firefox.evaluate(`!!document.getElementById(decodeURIComponent(location.hash.slice(1)))`)).toBe(true);
  });

  test('the theme choice carries to the next page, and an old topic URL redirects to its section', async () => {
    await firefox.goto(at('phase-4-move-test-users-to-the-pilot-pool/'));
    await firefox.waitFor(themeButton, 'the theme toggle');
    await firefox.evaluate(`${themeButton}.click()`);
    await firefox.goto(at('phase-2-prepare-for-migration/'));
    await firefox.waitFor(themeButton, 'the theme toggle');
    expect(await firefox.evaluate(`${themeButton}.getAttribute('aria-pressed')`)).toBe('true');

    await firefox.goto(at('move-a-single-user-to-the-pilot-pool/'));
    const target = `${at('phase-4-move-test-users-to-the-pilot-pool/')}#move-a-single-user-to-the-pilot-pool`;
    await firefox.waitFor(`location.href === ${JSON.stringify(target)}`, 'the redirect to Phase 4');
    await record();
  });

  test('nothing was loaded from outside the folder and no script failed', () => {
    // The stylesheet, theme-init.js, the page script and the search index at least, besides the pages.
    expect(loaded.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(3);
    expect(loaded.filter((url) => !url.startsWith(root))).toEqual([]);
    const errors = firefox.events.filter((e) => e.method === 'log.entryAdded' && e.params!['level'] === 'error').map((e) => String(e.params!['text']));
    expect(errors).toEqual([]);
  });
});
