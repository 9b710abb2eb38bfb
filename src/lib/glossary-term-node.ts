import type { Element } from 'hast';
import type { GlossaryTerm } from './glossary-terms.ts';
import { withBase } from './routes.ts';

/** The mdast node the linker puts in place of a matched name; remark-rehype turns it into `data.hChildren`. */
export interface GlossaryTermNode {
  type: 'glossaryTerm';
  data: { hName: 'span'; hProperties: Record<string, unknown>; hChildren: Element[] };
}

/** URL of a term's entry on the glossary page. */
export function termHref(base: string, id: string): string {
  return withBase(base, `glossary/#${id}`);
}

/**
 * A linked term with its definition beside it, so the definition is in the HTML (readable and announced with
 * JavaScript off) and the popover only has to show it. The term link goes to the full entry. The popover's own
 * link to that entry is added by the popover script when it first opens: without the script the term itself is
 * that link, and pages stay lighter without dozens of repeated links.
 */
export function glossaryTermNode(term: GlossaryTerm, text: string, base: string): GlossaryTermNode {
  const href = termHref(base, term.id);
  const defId = `gloss-def-${term.id}`;
  const el = (tagName: string, properties: Element['properties'], children: Element['children']): Element => ({ type: 'element', tagName, properties, children });
  return {
    type: 'glossaryTerm',
    data: {
      hName: 'span',
      hProperties: { className: ['gloss'] },
      hChildren: [
        el('a', { href, className: ['gloss-term'], ariaDescribedBy: [defId], dataTerm: term.id }, [{ type: 'text', value: text }]),
        el('span', { className: ['gloss-pop'], dataPagefindIgnore: '' }, [el('span', { id: defId, className: ['gloss-def'] }, [{ type: 'text', value: term.short }])]),
      ],
    },
  };
}
