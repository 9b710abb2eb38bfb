import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { buildInfo } from '../lib/build-info.ts';
import { cacheCleanupScript, CACHE_PREFIX } from '../lib/sw-cache-cleanup.ts';
import { leftOutMessage, precacheLimit, type LeftOutFile } from '../lib/precache-limit.ts';

/** Options for {@link serviceWorkerIntegration}. */
export interface ServiceWorkerOptions {
  /** Skip the worker entirely, e.g. for the portable copy, which is opened from `file:` where workers cannot run. */
  disabled?: boolean;
}

/** Files the guide needs offline: every page, its assets, and the Pagefind index and runtime the dialog loads. */
const PRECACHE = ['**/*.html', '_astro/**/*.{js,css}', '*.{js,svg}', 'pagefind/**/*'];
/**
 * Never loaded by a hosted page, so they would only waste space: Pagefind's ready-made UIs (our dialog talks to
 * its API) and the portable copy's search code (a hosted page always searches with Pagefind).
 */
const NOT_USED = ['sw.js', 'sw-cache-cleanup.js', 'pagefind/pagefind-*ui.{js,css}', '_astro/portable-search.*.js'];
/**
 * Largest file the worker precaches. Only the whole-guide binder, which repeats every page in one file, comes
 * near it: about 1.2 MB for the real guide, 12 MB for a 1000-page one. Anything larger is left out by name in
 * the build log rather than failing the build, because such a guide is still worth publishing.
 */
const PRECACHE_LIMIT = 4 * 1024 * 1024;

/**
 * Writes a Workbox service worker into the built site once Pagefind has written its index, so that after one
 * visit every page, asset and the search index are available with no network.
 *
 * Register it after the Pagefind integration in `astro.config.mjs`: Astro runs `astro:build:done` hooks in
 * order, and the worker must list `pagefind/` in its precache.
 *
 * @example
 * integrations: [mdx(), pagefind(), serviceWorker()]
 * // dist/sw.js precaches dist/**, in a cache named lync-runbook-<revision>-precache-v2-<scope>
 */
export default function serviceWorkerIntegration(options: ServiceWorkerOptions = {}): AstroIntegration {
  return {
    name: 'lync-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (options.disabled) return;
        const outDir = fileURLToPath(dir);
        const { revision } = buildInfo();
        // One cache per build revision: a new build installs beside the old one and never mixes into it.
        const cacheId = `${CACHE_PREFIX}${revision}`;
        await writeFile(join(outDir, 'sw-cache-cleanup.js'), cacheCleanupScript(cacheId));
        const leftOut: LeftOutFile[] = [];
        const { count, size, warnings } = await generateSW({
          swDest: join(outDir, 'sw.js'),
          globDirectory: outDir,
          globPatterns: PRECACHE,
          globIgnores: NOT_USED,
          cacheId,
          importScripts: ['sw-cache-cleanup.js'],
          // The new version waits until the reader chooses "Reload", so an open page never gets new assets.
          skipWaiting: false,
          // The first visit is controlled at once, so the page the reader is on already works offline.
          clientsClaim: true,
          // Workbox's own cleanup matches scopes by substring, so the root site's worker would delete the caches of
          // a copy hosted under a sub-path of the same origin; sw-cache-cleanup.js compares scopes exactly instead.
          cleanupOutdatedCaches: false,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          // Astro names assets by content hash; Pagefind names index chunks by hash: no revision query needed.
          dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/)/,
          // `highlight` comes from search results, `ts` from Pagefind's cache tag and `phases` from the binder's
          // phase form (binder-select.ts reads it in the browser); none of them changes the file served.
          ignoreURLParametersMatching: [/^highlight$/, /^ts$/, /^phases$/, /^utm_/],
          directoryIndex: 'index.html',
          // Sizes are judged by precacheLimit, which names what it leaves out; Workbox's own filter would only
          // warn, and every warning fails the build below.
          maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
          manifestTransforms: [precacheLimit(PRECACHE_LIMIT, leftOut)],
        });
        if (warnings.length) throw new Error(`The service worker could not be generated cleanly: ${warnings.join('; ')}. Hint: check the precache patterns in src/integrations/service-worker.ts.`);
        if (leftOut.length) logger.warn(leftOutMessage(leftOut, PRECACHE_LIMIT));
        logger.info(`Service worker precaches ${count} files (${Math.round(size / 1024)} KiB) as ${cacheId}`);
      },
    },
  };
}
