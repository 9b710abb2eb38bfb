import { describe, expect, it } from 'vitest';
import { leftOutMessage, precacheLimit, type LeftOutFile } from './precache-limit.ts';

const entries = [
  { url: 'index.html', revision: 'a', size: 60_000 },
  { url: 'binder/index.html', revision: 'b', size: 12 * 2 ** 20 },
  { url: 'binder/phase-4/index.html', revision: 'c', size: 4 * 2 ** 20 },
  { url: '_astro/page.js', revision: null, size: 4 * 2 ** 20 + 1 },
];

describe('precacheLimit', () => {
  it('keeps files up to the limit, in order, and records the larger ones', async () => {
    const leftOut: LeftOutFile[] = [];
    const result = await precacheLimit(4 * 2 ** 20, leftOut)(entries);
    expect(result.manifest.map((e) => e.url)).toEqual(['index.html', 'binder/phase-4/index.html']);
    expect(result.warnings ?? []).toEqual([]);
    expect(leftOut).toEqual([{ url: 'binder/index.html', size: 12 * 2 ** 20 }, { url: '_astro/page.js', size: 4 * 2 ** 20 + 1 }]);
  });

  it('leaves nothing out of a guide whose files all fit', async () => {
    const leftOut: LeftOutFile[] = [];
    const result = await precacheLimit(4 * 2 ** 20, leftOut)(entries.slice(0, 1));
    expect(result.manifest).toHaveLength(1);
    expect(leftOut).toEqual([]);
  });

  it('names each file left out with its size and the limit', () => {
    expect(leftOutMessage([{ url: 'binder/index.html', size: 12.3 * 2 ** 20 }], 4 * 2 ** 20)).toBe(
      'Not precached, so not available offline: `binder/index.html` (12.3 MiB); expected at most 4.0 MiB per precached file (`PRECACHE_LIMIT` in src/integrations/service-worker.ts). Hint: readers who need it offline can use the portable copy (npm run bundle).',
    );
  });
});
