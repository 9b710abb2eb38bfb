import type { Page } from '@playwright/test';

/** Waits until this build's service worker is active and controls the page, i.e. everything is precached. */
export async function waitUntilSavedOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // `ready` resolves once the worker has installed (precached everything) and activated for this scope.
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Every request URL held in the page's origin's caches, by cache name. */
export function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return out;
  });
}

/** The build revision a page was built from, as stamped on its root element. */
export function pageRevision(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('data-revision');
}
