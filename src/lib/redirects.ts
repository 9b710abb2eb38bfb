import type { OriginalTopic } from '../data/original-topics.ts';
import { pageHref } from './routes.ts';

/**
 * Redirects from every original topic URL that is not itself a page here to the page and section that now hold
 * it, in the form Astro's `redirects` option takes. Astro prefixes the base to the source but not to the
 * destination, so destinations carry it here.
 *
 * @example topicRedirects([{ slug: 'migration-process', page: 'before-you-begin-the-migration', level: 'h2' }], '/docs/')
 * // { '/migration-process/': '/docs/before-you-begin-the-migration/#migration-process' }
 */
export function topicRedirects(topics: readonly OriginalTopic[], base: string): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const topic of topics) {
    const destination = pageHref(base, topic.page, topic.level === 'page' ? undefined : topic.slug);
    // A topic that is still a page at its own URL needs no redirect.
    if (destination === `${base}${topic.slug}/`) continue;
    redirects[`/${topic.slug}/`] = destination;
  }
  return redirects;
}
