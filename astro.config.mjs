// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkAlert } from 'remark-github-blockquote-alert';
import remarkGuideLinks from './src/plugins/remark-guide-links.ts';
import remarkRawHtmlAsText from './src/plugins/remark-raw-html-as-text.ts';
import remarkUnclosedFences from './src/plugins/remark-unclosed-fences.ts';
import rehypeCallouts from './src/plugins/rehype-callouts.ts';
import rehypeTaskLists from './src/plugins/rehype-task-lists.ts';
import rehypeCodeCopy from './src/plugins/rehype-code-copy.ts';
import pagefind from './src/integrations/pagefind.ts';
import mdxErrorHints from './src/integrations/mdx-error-hints.ts';
import { siteBase } from './src/lib/site-base.ts';
import { topicRedirects } from './src/lib/redirects.ts';
import { originalTopics } from './src/data/original-topics.ts';

const base = siteBase(process.env.SITE_BASE);

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
    processor: unified({
      gfm: false, // remark-gfm is added explicitly below so its version is ours, not a transitive one.
      // Raw HTML in glossary Markdown is shown as text, never run (guide pages are MDX and have none).
      remarkPlugins: [remarkRawHtmlAsText, remarkUnclosedFences, remarkGfm, remarkAlert, [remarkGuideLinks, { base }]],
      rehypePlugins: [rehypeCallouts, rehypeTaskLists, rehypeCodeCopy],
    }),
    shikiConfig: {
      // The high-contrast variants keep every token at WCAG AA contrast on our code background.
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
      wrap: false,
    },
  },
  // mdxErrorHints wraps the compiler mdx() registers, so it comes after it.
  integrations: [mdx(), mdxErrorHints(), pagefind()],
  vite: {
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
