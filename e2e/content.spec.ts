import { expect, test } from '@playwright/test';
import { originalTopics } from '../src/data/original-topics.ts';
import { formatDate, formatDowntime, formatDuration } from '../src/lib/format.ts';
import { topicRedirects } from '../src/lib/redirects.ts';
import { pageHref } from '../src/lib/routes.ts';
import type { GuideData } from '../src/schemas/guide.ts';
import { briefSources, expectedHomes } from './support/brief-sources.ts';
import { frontmatter } from './support/frontmatter.ts';
import { nonCommandLines } from './support/powershell-lines.ts';

const pageIds = [...new Set(originalTopics.map((t) => t.page))];
const path = (id: string) => pageHref('/', id).slice(1);

/** The frontmatter facts as YAML gives them, before the build's schema turns the date into a `Date`. */
type Facts = Pick<GuideData, 'title' | 'summary' | 'duration' | 'downtime' | 'roles' | 'permissions' | 'rollback'> & {
  prerequisites: string[];
  lastReviewed: string;
};

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
      const blocks = await page.locator('.code-block[data-lang="powershell"] pre').evaluateAll((pres) => pres.map((p) => (p as HTMLElement).innerText));
      expect(blocks.flatMap(nonCommandLines), 'PowerShell lines that are not commands').toEqual([]);
    });

    test(`${id}: the page shows every frontmatter fact exactly`, async ({ page }) => {
      const data = frontmatter(id) as unknown as Facts;
      await page.goto(path(id));
      // The summary is the first thing a reader sees under the title (hidden search metadata aside).
      const underTitle = await page.locator('article.prose > h1').evaluate((h) => {
        let next = h.nextElementSibling;
        while (next?.hasAttribute('hidden')) next = next.nextElementSibling;
        return next?.matches('p.lede') ? next.textContent : `<${next?.tagName.toLowerCase() ?? 'nothing'}>`;
      });
      expect(underTitle?.replace(/\s+/g, ' ').trim()).toBe(data.summary.trim());
      const fact = (name: string) => page.getByRole('region', { name: 'At a glance' }).locator(`[data-fact="${name}"]`);
      await expect(fact('duration')).toHaveText(formatDuration(data.duration));
      await expect(fact('duration')).toHaveText(/^\d+(–\d+)? (minute|hour|day|week)s?$/);
      await expect(fact('downtime')).toHaveText(formatDowntime(data.downtime));
      await expect(fact('downtime')).toHaveAttribute('data-level', data.downtime);
      await expect(fact('roles')).toHaveText(data.roles.length ? data.roles.join(', ') : 'None');
      await expect(fact('permissions')).toHaveText(data.permissions.length ? data.permissions.join(', ') : 'None');
      const links = await fact('prerequisites').getByRole('link').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
      expect(links).toEqual(data.prerequisites.map((p) => [pageHref('/', p), frontmatter(p)['title']]));
      if (data.prerequisites.length === 0) await expect(fact('prerequisites')).toHaveText('Nothing');
      await expect(fact('rollback')).toHaveText(data.rollback.trim());
      const reviewed = formatDate(new Date(`${data.lastReviewed}T00:00:00Z`));
      await expect(fact('lastReviewed')).toHaveText(reviewed);
      await expect(fact('lastReviewed').locator('time')).toHaveAttribute('datetime', data.lastReviewed);
      // The footer says the same date, in the same words.
      await expect(page.locator('.site-footer time').first()).toHaveText(reviewed);
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

  test("each of the brief's 69 source files lands on its page and section, whatever original-topics.ts says", async ({ page, request }) => {
    const homes = expectedHomes();
    expect(briefSources).toHaveLength(69);
    expect(originalTopics.map((t) => `${t.slug} → ${t.page}`)).toEqual(homes.map((h) => `${h.slug} → ${h.page}`));
    for (const id of new Set(homes.map((h) => h.page))) {
      await page.goto(path(id));
      await expect(page.locator('h1')).toHaveText(String(frontmatter(id)['title']));
      for (const { slug, anchor } of homes.filter((h) => h.page === id && h.anchor)) {
        await expect(page.locator(`main :is(h2, h3)[id="${anchor!}"]`), slug).toHaveCount(1);
        const html = await (await request.get(`${slug}/`)).text();
        expect(html, `/${slug}/`).toContain(`content="0;url=${pageHref('/', id, anchor)}"`);
      }
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
