import { expect, test } from '@playwright/test';
import { originalTopics } from '../src/data/original-topics.ts';
import { topicRedirects } from '../src/lib/redirects.ts';
import { pageHref } from '../src/lib/routes.ts';
import { frontmatter } from './support/frontmatter.ts';

const pageIds = [...new Set(originalTopics.map((t) => t.page))];
const path = (id: string) => pageHref('/', id).slice(1);

test.describe('guide content', () => {
  for (const id of pageIds) {
    test(`${id}: every original topic has its section, no section is empty, code is code`, async ({ page }) => {
      await page.goto(path(id));
      for (const topic of originalTopics.filter((t) => t.page === id && t.level !== 'page')) {
        await expect(page.locator(`main ${topic.level}#${topic.slug}`), topic.slug).toHaveCount(1);
      }
      const empty = await page.locator('main .prose').evaluate((prose) => {
        // Content sections carry ids; page furniture (sign-off sheet, term list) does not.
        const headings = [...prose.querySelectorAll('h2[id], h3[id]')];
        return headings.filter((h) => {
          let text = '';
          for (let n = h.nextElementSibling; n && !/^H[1-3]$/.test(n.tagName); n = n.nextElementSibling) text += n.textContent ?? '';
          const next = h.nextElementSibling;
          // A section whose first child is a sub-heading still counts as having content below it.
          return text.trim() === '' && !(next && next.tagName === 'H3' && h.tagName === 'H2');
        }).map((h) => h.id);
      });
      expect(empty, 'sections with no content').toEqual([]);
      const lines = await page.locator('.code-block[data-lang="powershell"] pre').evaluateAll((pres) => pres.flatMap((p) => (p as HTMLElement).innerText.split('\n')));
      const command = /^\s*(#.*|\$[\w:{}.[\]-]*.*|[A-Z][a-z]+-[A-Z][A-Za-z0-9]*\b.*|\|.*|-[A-Za-z]\w*.*|[})\]].*|@[{(].*|[\w.]+\.exe\b.*|)$/;
      expect(lines.filter((l) => !command.test(l)), 'PowerShell lines that are not commands').toEqual([]);
    });

    test(`${id}: the summary box shows every frontmatter fact`, async ({ page }) => {
      const data = frontmatter(id);
      await page.goto(path(id));
      const box = page.getByRole('region', { name: 'At a glance' });
      const duration = data['duration'] as { min: number; max: number };
      await expect(box.locator('[data-fact="duration"]')).toContainText(`${duration.min}`);
      await expect(box.locator('[data-fact="duration"]')).toContainText(`${duration.max}`);
      await expect(box.locator('[data-fact="downtime"]')).toHaveAttribute('data-level', String(data['downtime']));
      for (const role of data['roles'] as string[]) await expect(box.locator('[data-fact="roles"]')).toContainText(role);
      for (const group of data['permissions'] as string[]) await expect(box.locator('[data-fact="permissions"]')).toContainText(group);
      const links = await box.locator('[data-fact="prerequisites"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual((data['prerequisites'] as string[]).map((p) => pageHref('/', p)));
      await expect(box.locator('[data-fact="rollback"]')).toHaveText(String(data['rollback']).trim());
    });
  }

  test('every old topic URL redirects to an anchor that exists', async ({ page, request }) => {
    const anchors = new Map<string, Set<string>>();
    for (const id of pageIds) {
      await page.goto(path(id));
      anchors.set(pageHref('/', id), new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    }
    for (const [from, to] of Object.entries(topicRedirects(originalTopics, '/'))) {
      const html = await (await request.get(from.slice(1))).text();
      expect(html, from).toContain(`content="0;url=${to}"`);
      const [target, anchor] = to.split('#');
      expect(anchors.get(target!)?.has(anchor ?? '') || anchor === undefined, `${from} → ${to}`).toBe(true);
    }
  });
});

test.describe('redirects without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an old sub-topic URL lands on its section', async ({ page }) => {
    await page.goto('move-a-single-user-to-the-pilot-pool/');
    await page.waitForURL(/phase-4-move-test-users-to-the-pilot-pool\/#move-a-single-user-to-the-pilot-pool$/);
    await expect(page.locator('#move-a-single-user-to-the-pilot-pool')).toBeInViewport();
  });
  test('the old overview URL lands on the site root', async ({ page }) => {
    await page.goto('migration-from-lync-server-2010-to-lync-server-2013/');
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.locator('h1')).toContainText('Migration from Lync Server 2010 to Lync Server 2013');
  });
});
