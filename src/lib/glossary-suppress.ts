import type { Data, Parent, PhrasingContent } from 'mdast';

type Position = NonNullable<Parent['position']>;

/** The marker pair authors wrap around one occurrence that must not be linked (content/README.md). */
export const SUPPRESS_OPEN = '<span data-no-glossary>';
export const SUPPRESS_CLOSE = '</span>';

/**
 * What remark-raw-html-as-text makes of a marker pair in plain Markdown: a real parent of the text between
 * the two tags, so the linker can skip it like any ignored ancestor, and remark-rehype renders it as
 * `<span data-no-glossary="">` (in MDX the span is a JSX element already).
 */
export interface NoGlossary extends Parent {
  type: 'noGlossary';
  children: PhrasingContent[];
  data: Data & { hName: 'span'; hProperties: { dataNoGlossary: '' } };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    noGlossary: NoGlossary;
  }
  interface RootContentMap {
    noGlossary: NoGlossary;
  }
}

/** Wraps the content between a marker pair; `position` spans both tags. */
export function noGlossaryNode(children: PhrasingContent[], position?: Position): NoGlossary {
  return { type: 'noGlossary', children, data: { hName: 'span', hProperties: { dataNoGlossary: '' } }, ...(position ? { position } : {}) };
}

/** Whether a raw HTML value is exactly the opening or the closing marker (surrounding whitespace aside). */
export function isSuppressMarker(value: string, which: 'open' | 'close'): boolean {
  return value.trim() === (which === 'open' ? SUPPRESS_OPEN : SUPPRESS_CLOSE);
}
