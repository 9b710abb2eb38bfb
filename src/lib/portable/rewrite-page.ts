import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { relativeUrl, rootFrom } from './relative-url.ts';

/** One `<script type="module">` taken out of a page: an external file (site-absolute URL) or inline source. */
export type ModuleScript = { src: string } | { code: string };

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'] as const;

/**
 * Makes one built page work from a folder: every site-absolute link and asset becomes relative, the root
 * element learns where the site root is (`data-base`) and that this is the portable copy (`data-portable`),
 * and module scripts are removed and returned, because browsers refuse module scripts on `file:` pages.
 * The caller bundles them into one classic script and adds it with {@link addClassicScript}.
 *
 * @example
 * rewritePage(tree, 'phase-4/index.html', '/')
 * // <a href="/phase-5/"> → <a href="../phase-5/index.html">; <script type="module" src=…> removed
 */
export function rewritePage(tree: Root, pagePath: string, base: string): ModuleScript[] {
  const modules: ModuleScript[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    const props = node.properties;
    if (node.tagName === 'html') {
      props['dataBase'] = rootFrom(pagePath);
      props['dataPortable'] = '';
    }
    const isModule = node.tagName === 'script' && props['type'] === 'module';
    const isPreload = node.tagName === 'link' && String(props['rel']) === 'modulepreload';
    if ((isModule || isPreload) && parent && index !== undefined) {
      if (isModule) modules.push(typeof props['src'] === 'string' ? { src: props['src'] } : { code: scriptText(node) });
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const name of URL_ATTRIBUTES) {
      const value = props[name];
      if (typeof value === 'string') props[name] = relativeUrl(value, pagePath, base);
    }
    // Astro's redirect pages (old topic URLs) move on with a refresh whose target is site-absolute, which from
    // file: would point at the root of the disk.
    if (node.tagName === 'meta' && String(props['httpEquiv']).toLowerCase() === 'refresh' && typeof props['content'] === 'string') {
      props['content'] = refreshContent(props['content'], pagePath, base);
    }
    return undefined;
  });
  return modules;
}

/** Adds `<script src=… defer>` at the end of `<head>`: deferred classic scripts run in order after parsing, as modules do. */
export function addClassicScript(tree: Root, src: string): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'head') return undefined;
    node.children.push({ type: 'element', tagName: 'script', properties: { src, defer: true }, children: [] });
    return SKIP;
  });
}

/**
 * The `content` of a `<meta http-equiv="refresh">` with its URL made relative: `0;url=/phase-4/#x` →
 * `0;url=../phase-4/index.html#x`. The delay, separator and any quotes are kept as written.
 *
 * @example refreshContent('0;url=/phase-4/#move', 'old-topic/index.html', '/') // '0;url=../phase-4/index.html#move'
 */
export function refreshContent(content: string, pagePath: string, base: string): string {
  // The value's own grammar (HTML's "shared declarative refresh steps"): delay, `;` or `,`, optional `url=`, URL.
  const parts = /^(\s*[\d.]+\s*[;,]?\s*(?:url\s*=\s*)?)(['"]?)(.*?)\2\s*$/i.exec(content);
  if (!parts || parts[3] === '') return content;
  const [, lead, quote, url] = parts as unknown as [string, string, string, string];
  return `${lead}${quote}${relativeUrl(url, pagePath, base)}${quote}`;
}

function scriptText(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}
