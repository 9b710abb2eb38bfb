/** One term a page links, as the remark plugin records it in `remarkPluginFrontmatter.glossaryTerms`. */
export interface GlossaryUse {
  /** Term id (file name of the glossary entry). */
  id: string;
  /** Index into the page's `headings` of the heading the link sits under; null before the first heading. */
  heading: number | null;
}
