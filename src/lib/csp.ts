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
 * @example cspPolicy() // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export function cspPolicy(): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'"],
    'style-src-elem': ["'self'"],
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
