import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Wraps every highlighted code block in a figure with a copy button. The button ships `hidden` and the
 * page script reveals it, so readers without JavaScript (or on paper) never see a control that does nothing.
 *
 * @example
 * // ```powershell
 * // Get-CsUser
 * // ```
 * // → <div class="code-block" data-lang="powershell"><pre …>…</pre>
 * //     <button type="button" class="code-copy" hidden aria-label="Copy PowerShell code">Copy</button></div>
 */
export default function rehypeCodeCopy() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const lang = String(node.properties['dataLanguage'] ?? 'plaintext');
      // Commands are what people search for during a change: a hit in code outranks a mention in prose.
      node.properties['dataPagefindWeight'] = '4';
      const button: Element = {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['code-copy'], hidden: true, ariaLabel: `Copy ${languageName(lang)} code` },
        children: [{ type: 'text', value: 'Copy' }],
      };
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block'], dataLang: lang },
        children: [node, button],
      };
      return SKIP;
    });
  };
}

function languageName(lang: string): string {
  const names: Record<string, string> = { powershell: 'PowerShell', text: 'text', plaintext: 'text', cmd: 'command', dns: 'DNS' };
  return names[lang] ?? lang;
}
