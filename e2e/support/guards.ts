import type { Page } from '@playwright/test';
import { trackNetwork } from './network.ts';

/** What a page did that it must not: CSP violations, requests to other origins, and `alert()`-style dialogs. */
export interface Offences {
  cspViolations: string[];
  foreignRequests: string[];
  dialogs: string[];
}

/**
 * Starts watching a page before its first navigation. CSP violations are reported from a listener installed
 * ahead of every document (`securitypolicyviolation` fires for blocked scripts, styles, WebAssembly and
 * connections); every request the browser makes is compared with the site's origin; any dialog is recorded and
 * dismissed. Call `settled()` after the interaction under test, then read `offences`.
 */
export async function watch(page: Page, siteOrigin: string): Promise<{ offences: Offences; settled: () => Promise<void> }> {
  const offences: Offences = { cspViolations: [], foreignRequests: [], dialogs: [] };
  const network = trackNetwork(page);
  await page.exposeFunction('__reportCspViolation', (v: string) => offences.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || document.URL}:${e.lineNumber}`);
    });
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs are made in the page itself; anything over the network must be our own origin.
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== siteOrigin) {
      offences.foreignRequests.push(`${request.resourceType()} ${request.url()} (from ${page.url()})`);
    }
  });
  page.on('dialog', (dialog) => {
    offences.dialogs.push(`${dialog.type()}: ${dialog.message()} (on ${page.url()})`);
    void dialog.dismiss();
  });
  return { offences, settled: () => network.settled() };
}
