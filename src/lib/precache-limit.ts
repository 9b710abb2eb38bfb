import type { ManifestTransform } from 'workbox-build';

/** A file the service worker does not precache because it is larger than one cache entry may be. */
export interface LeftOutFile {
  url: string;
  size: number;
}

/**
 * A Workbox manifest transform that keeps every file up to `limit` bytes and records the larger ones in
 * `leftOut`, instead of Workbox's own size filter, which reports them only as warnings. The integration treats
 * any Workbox warning as a broken build; an oversized file is an expected outcome of a very large guide
 * (a 1000-page whole-guide binder is about 12 MB) that the build should name, not fail on.
 *
 * @example
 * const leftOut: LeftOutFile[] = [];
 * generateSW({ …, maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER, manifestTransforms: [precacheLimit(4 * 2 ** 20, leftOut)] });
 * // leftOut: [{ url: 'binder/index.html', size: 12_582_912 }] for a guide whose binder has outgrown the limit
 */
export function precacheLimit(limit: number, leftOut: LeftOutFile[]): ManifestTransform {
  return (entries) => {
    const manifest = entries.filter((entry) => {
      if (entry.size <= limit) return true;
      leftOut.push({ url: entry.url, size: entry.size });
      return false;
    });
    return { manifest };
  };
}

/** One log line naming each file left out, its size and the limit, so a reader of the build log knows what will not work offline. */
export function leftOutMessage(leftOut: readonly LeftOutFile[], limit: number): string {
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const files = leftOut.map((f) => `\`${f.url}\` (${mib(f.size)})`).join(', ');
  return `Not precached, so not available offline: ${files}; expected at most ${mib(limit)} per precached file (\`PRECACHE_LIMIT\` in src/integrations/service-worker.ts). Hint: readers who need it offline can use the portable copy (npm run bundle).`;
}
