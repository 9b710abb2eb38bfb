import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from './support/pages.ts';
import { watch } from './support/guards.ts';

const dist = join(import.meta.dirname, '..', 'dist');

test.describe('Content-Security-Policy and same-origin requests', () => {
  for (const path of allPages) {
    test(`/${path} runs under the CSP with no violations and requests nothing from another origin`, async ({ page, baseURL }) => {
      const { offences, settled } = await watch(page, new URL(baseURL!).origin);
      await page.goto(path);
      await settled();
      // The scripts really ran under the policy: they reveal the buttons that start hidden for no-JS readers.
      await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Dark mode' })).toBeVisible();
      // Inline event handlers would need 'unsafe-inline' (or 'unsafe-hashes'); the DOM has none.
      const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `<${el.localName} ${a.name}>`)));
      expect(handlers).toEqual([]);
      expect(offences).toEqual({ cspViolations: [], foreignRequests: [], dialogs: [] });
    });
  }

  test('search (Pagefind WebAssembly), a result and its highlighted landing page stay within the policy', async ({ page, baseURL }) => {
    const { offences, settled } = await watch(page, new URL(baseURL!).origin);
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByLabel('Words, commands or event IDs').fill('Move-CsUser');
    const first = page.locator('.search-result-page').first();
    await expect(first).toBeVisible();
    await first.click();
    await expect(page).toHaveURL(/highlight=/);
    // Pagefind's highlighter marks the hits once its script has loaded under the policy.
    await expect(page.locator('main mark').first()).toBeVisible();
    await settled();
    expect(offences).toEqual({ cspViolations: [], foreignRequests: [], dialogs: [] });
  });

  test('the policy is strict: no unsafe-inline or unsafe-eval for scripts, and on every built page', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
    const missing: string[] = [];
    const policies = new Set<string>();
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      // Astro's redirect stubs hold a meta refresh and a link, no script or style, so they need no policy.
      if (html.includes('http-equiv="refresh"')) continue;
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      // Pages differ only in the hashes of their own print-rule styles.
      if (policy) policies.add(policy.replace(/ 'sha256-[A-Za-z0-9+/=]+'/g, ''));
      else missing.push(file);
    }
    expect(missing).toEqual([]);
    expect(policies.size).toBe(1);
    const policy = [...policies][0]!;
    const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1];
    expect(scriptSrc).toBe("'self' 'wasm-unsafe-eval'");
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/object-src 'none'/);
    // Hashes of each page's own print-rule <style> texts were set aside above; the rest is our own files only.
    expect(/style-src ([^;]+)/.exec(policy)?.[1]).toBe("'self'");
  });

  test('built pages carry no inline script or style element the policy would have to allow', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dist, file), 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) if (!/\bsrc=/.test(tag) && !/type="application\/(ld\+)?json"/.test(tag)) offenders.push(`${file}: ${tag}`);
      // A <style> is allowed only if the page's own policy names the hash of exactly its text.
      const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
        const hash = createHash('sha256').update(css!.replaceAll('&quot;', '"').replaceAll('&amp;', '&'), 'utf8').digest('base64');
        if (!policy.includes(`'sha256-${hash}'`)) offenders.push(`${file}: <style> not allowed by hash`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
