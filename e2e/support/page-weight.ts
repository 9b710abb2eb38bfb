import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { trackNetwork } from './network.ts';

/** One file the browser fetched while loading a page, with its size as a server would send it gzipped. */
export interface Fetched {
  url: string;
  type: string;
  /** The page's own HTML document (not counted as a request "before interaction"). */
  document: boolean;
  gzipBytes: number;
  /** The response body (kept for the document only, to split page chrome from content). */
  body?: string;
}

/**
 * Loads `path` without touching it and records every request until none has been in flight for 500 ms:
 * exactly what a reader pays for before their first click or keystroke. Sizes are the response bodies
 * gzipped at zlib's default level, as static hosts typically serve them.
 */
export async function loadAndMeasure(page: Page, path: string): Promise<Fetched[]> {
  const network = trackNetwork(page);
  await page.goto(path, { waitUntil: 'load' });
  await network.settled();
  return Promise.all(
    network.requests.map(async (r) => {
      const body = (await (await r.response())?.body().catch(() => Buffer.alloc(0))) ?? Buffer.alloc(0);
      const document = r.isNavigationRequest() && r.frame() === page.mainFrame();
      return { url: r.url(), type: r.resourceType(), document, gzipBytes: gzip(body), ...(document ? { body: body.toString('utf8') } : {}) };
    }),
  );
}

/** Size of `data` gzipped at zlib's default level. */
export const gzip = (data: Buffer | string): number => gzipSync(data).length;

/**
 * The page's chrome: its HTML with the `<article>` (title, summary and the rendered guide content) cut out,
 * i.e. what every page pays for header, navigation, search dialog and footer whatever its content.
 */
export function chromeHtml(html: string): string {
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  return start === -1 || end === -1 ? html : html.slice(0, start) + html.slice(end + '</article>'.length);
}

/** `12.3 KB` with one decimal, the unit every budget message uses. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The assets of one kind, largest first, as `path (size)` for a failure message. */
export function listAssets(files: Fetched[]): string {
  return [...files].sort((a, b) => b.gzipBytes - a.gzipBytes).map((f) => `${new URL(f.url).pathname} (${kb(f.gzipBytes)})`).join(', ');
}
