import { glossaryNameKey as key } from './glossary-name.ts';
import type { GlossaryTerm } from './glossary-terms.ts';

/** A compiled matcher: one RegExp for every term and alias, and the way back from a matched name to its term. */
export interface GlossaryMatcher {
  /** Global, case-insensitive, whole-word; longest names first so "legacy pool" wins over "pool". */
  pattern: RegExp;
  /** The term a matched name belongs to, whatever its case. */
  termFor(name: string): GlossaryTerm | undefined;
}

// Characters that continue a word: letters, digits, `_` and `-` ("pool-based" is not "pool"), and `@`.
const WORD = String.raw`[\p{L}\p{N}\p{M}_@-]`;
// A dot joins two word characters in host and file names (`pool10.corp`, `xds.mdf`); at a sentence end it does not.
const BEFORE = String.raw`(?<!${WORD}|${WORD}\.)`;
const AFTER = String.raw`(?!${WORD}|\.${WORD})`;

/**
 * Builds one combined pattern for all names, so the tree is walked once however many terms exist.
 *
 * @example createMatcher(terms).pattern.exec('Move users to the legacy pool.')?.[0] // 'legacy pool'
 */
export function createMatcher(terms: GlossaryTerm[]): GlossaryMatcher {
  const byName = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    for (const name of [term.term, ...term.aliases]) byName.set(key(name), term);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  // With no terms the pattern must match nothing rather than the empty string everywhere.
  const alternatives = names.length ? names.map(escape).join('|') : '(?!)';
  return {
    pattern: new RegExp(`${BEFORE}(?:${alternatives})${AFTER}`, 'giu'),
    // Most matches are already a key once lower-cased; only names with odd spacing need the full normalisation.
    termFor: (name) => byName.get(name.toLowerCase()) ?? byName.get(key(name)),
  };
}

/** Escapes a name for the pattern; a space also matches a line break or several spaces. */
function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, String.raw`\s+`);
}
