import type { Guide, GuidePage } from './guide.ts';

/** One printable binder: the whole guide, or a single phase (static variants the PDF script can load). */
export interface BinderVariant {
  /** URL segment under `/binder/`: undefined for the whole guide, `phase-4` for one phase. */
  slug: string | undefined;
  /** Cover and document title. */
  title: string;
  /** Guide pages in reading order. */
  pages: GuidePage[];
  /** Whether the glossary is printed as an appendix (the whole guide only). */
  glossary: boolean;
}

/**
 * Every binder the site publishes: `/binder/` (whole guide and glossary) and `/binder/phase-N/` for each phase,
 * so a phase prints on its own without JavaScript and the PDF script has a stable URL per file.
 */
export function binderVariants(guide: Guide): BinderVariant[] {
  const whole: BinderVariant = { slug: undefined, title: 'Whole guide', pages: guide.pages, glossary: true };
  const phases = guide.pages
    .filter((p) => p.entry.data.phase !== undefined)
    .map((p) => ({ slug: `phase-${p.entry.data.phase}`, title: p.entry.data.title, pages: [p], glossary: false }));
  return [whole, ...phases];
}

/** Anchor of a guide page inside a binder. */
export function binderSectionId(page: GuidePage): string {
  return `binder-${page.entry.id}`;
}

/**
 * What a page's own ids (headings, steps, glossary definitions) start with inside a binder: the same ids repeat
 * from page to page, and one document may hold each only once.
 *
 * @example binderIdPrefix(phase4) + 'move-a-single-user' // 'binder-phase-4-…--move-a-single-user'
 */
export function binderIdPrefix(page: GuidePage): string {
  return `${binderSectionId(page)}--`;
}

/**
 * Parses `?phases=4,6` into phase numbers; anything that is not a whole number is dropped, and an empty
 * result means "no selection" (print everything).
 *
 * @example parsePhaseList('4, 6,x') // [4, 6]
 */
export function parsePhaseList(value: string | null | undefined): number[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter((s) => /^\d+$/.test(s)).map(Number))];
}
