/**
 * The one way glossary names are compared, shared by the linter (src/lib/validate-glossary.ts) and the linker
 * (src/lib/glossary-matcher.ts): if the two disagreed, two names the linker treats as one could pass the linter
 * and the second entry would silently never be linked. Case is ignored, and any run of whitespace (a line break
 * in prose, a doubled space in frontmatter) equals one space.
 *
 * @example glossaryNameKey('  Pilot \n pool ') // 'pilot pool'
 */
export function glossaryNameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}
