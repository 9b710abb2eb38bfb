import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: string | undefined;

/**
 * The site icon as a `data:` URL, read once per build from public/favicon.svg (which stays for hosts and tools
 * that ask for the file). Inline, the icon costs no request: the page-weight budget allows three requests
 * before interaction and the stylesheet, theme-init.js and the page script already use them.
 *
 * @example faviconDataUrl() // 'data:image/svg+xml,%3Csvg xmlns=…'
 */
export function faviconDataUrl(): string {
  cached ??= `data:image/svg+xml,${encodeURIComponent(readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8').trim())}`;
  return cached;
}
