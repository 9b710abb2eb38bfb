// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownPipeline, shikiConfig } from './src/lib/markdown-pipeline.ts';
import pagefind from './src/integrations/pagefind.ts';
import glossary from './src/integrations/glossary.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import portableCopy from './src/integrations/portable-copy.ts';
import mdxErrorHints from './src/integrations/mdx-error-hints.ts';
import e2eAssetMark from './src/integrations/e2e-asset-mark.ts';
import { siteBase } from './src/lib/site-base.ts';
import { topicRedirects } from './src/lib/redirects.ts';
import { originalTopics } from './src/data/original-topics.ts';

const base = siteBase(process.env.SITE_BASE);
// LYNC_GLOSSARY=off leaves out automatic term links, for the benchmark's with/without comparison.
const termLinks = process.env.LYNC_GLOSSARY !== 'off';
// `npm run bundle` builds the portable copy: relative links, classic scripts and a script-loaded search index.
const portable = process.env.SITE_PORTABLE === '1';

export default defineConfig({
  base,
  // Every URL ends in a slash so pages are folders with index.html: the same layout works from any static host.
  trailingSlash: 'always',
  // Stylesheets always as files: the Content-Security-Policy (src/lib/csp.ts) allows no inline <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.SITE_OUT_DIR ?? 'dist',
  // Fixture builds in the tests get their own cache so parallel or stale content stores never mix.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Preview serves the built site: `npm start` promises http://localhost:4321.
  server: { port: Number(process.env.PORT ?? 4321), host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Bookmarks to the original guide's topic pages land on the section that now holds each topic.
  redirects: topicRedirects(originalTopics, base),
  markdown: {
    // Astro 7's native processor ignores remark/rehype plugins; the unified one runs them and MDX inherits it.
    // The plugin list lives in src/lib/markdown-pipeline.ts so `npm run glossary` and the tests run the same one.
    processor: unified(markdownPipeline({ base, glossary: termLinks })),
    shikiConfig,
  },
  // Order matters: astro:build:done hooks run in turn, and the worker must precache the index Pagefind has just
  // written. The portable copy rewrites the finished site; it is opened from file:, where workers cannot run.
  // mdxErrorHints wraps the compiler mdx() registers, so it comes after it.
  // e2eAssetMark does nothing unless the end-to-end tests' second build sets E2E_ASSET_MARK.
  integrations: [glossary(), mdx({ optimize: true }), mdxErrorHints(), e2eAssetMark(process.env.E2E_ASSET_MARK), pagefind(), serviceWorker({ disabled: portable }), ...(portable ? [portableCopy()] : [])],
  vite: {
    plugins: [
      {
        // No <link rel=modulepreload> injection for lazy chunks: the portable copy folds those chunks into one
        // classic script, and preload tags would still point at /_astro/ files outside its folder. Astro rewrites
        // the client build options, so this has to be set per environment, after Astro's config.
        name: 'lync-no-module-preload',
        configEnvironment(name, config) {
          if (name === 'client') (config.build ??= {}).modulePreload = false;
        },
      },
    ],
    build: {
      // Never inline scripts or assets: the Content-Security-Policy allows scripts from the site's own files only.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // MDX output carries a "use strict"-style directive Rolldown warns about once per file; harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
