import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every page ships as a `<meta http-equiv>` (static hosts cannot be relied on to
 * send headers). Scripts run only from the site's own files: the build never inlines scripts or stylesheets
 * (astro.config.mjs). Exceptions, each for one reason:
 * - `'wasm-unsafe-eval'`: Pagefind compiles its WebAssembly search engine; this allows WebAssembly only, not `eval`.
 * - `style-src-attr 'unsafe-inline'`: Shiki colours code tokens with `style="--shiki-light:…"` attributes.
 *   Attribute styles cannot run script; `<style>` elements and stylesheets stay restricted to our own files.
 * - `img-src data:`: the favicon is inlined (src/lib/favicon.ts); images cannot run script either.
 * `frame-ancestors`, `report-uri` and `sandbox` are ignored in a meta policy, so they are left out.
 *
 * - `'sha256-…'` for each per-page `<style>` passed in: the printed running header names the page, so its
 *   `@page` rules are inline; the hash allows exactly that text and nothing else.
 *
 * @example cspPolicy() // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export function cspPolicy(inlineStyles: string[] = []): string {
  const hashes = inlineStyles.map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", ...hashes],
    'style-src-elem': ["'self'", ...hashes],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
