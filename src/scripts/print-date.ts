import { printDateCss } from '../lib/print-page.ts';

/**
 * Dates printed sheets with the day they are printed (the page ships with the build date as a fallback) and
 * prints collapsed `<details>` open. Both happen at `beforeprint`; the details close again after printing so
 * the screen is left as the reader had it.
 */
export function initPrintDate(): void {
  const style = document.querySelector<HTMLStyleElement>('style[data-print-date]');
  const revision = document.documentElement.dataset['revision'] ?? 'unknown';
  let opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    // Through the CSSOM, not textContent: the CSP allows this <style> by the hash of its shipped text, and
    // rewriting the text would be blocked; rules inserted into its sheet are not.
    const sheet = style?.sheet;
    if (sheet) {
      while (sheet.cssRules.length) sheet.deleteRule(0);
      sheet.insertRule(printDateCss(revision, `Printed ${printedOn(new Date())}`));
    }
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of opened) details.open = true;
  });
  addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}

/** The reader's local calendar day, spelled like the rest of the site: `25 November 2026`. */
export function printedOn(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
