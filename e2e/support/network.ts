import type { Page, Request } from '@playwright/test';

/**
 * Records every request a page makes and waits for them to finish. Playwright's `networkidle` load state is
 * discouraged and times out on a busy machine; this waits for exactly the requests the page made, then for a
 * quiet moment in which nothing new starts (a script that fetches more once it runs would start then).
 */
export function trackNetwork(page: Page) {
  const requests: Request[] = [];
  const pending = new Set<Request>();
  page.on('request', (r) => {
    requests.push(r);
    pending.add(r);
  });
  const done = (r: Request) => pending.delete(r);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    requests,
    /** Resolves once no request has been in flight for `quietMs`. */
    async settled(quietMs = 500): Promise<void> {
      for (let quietSince = Date.now(); Date.now() - quietSince < quietMs; ) {
        if (pending.size > 0) quietSince = Date.now();
        await page.waitForTimeout(50);
      }
    },
  };
}
