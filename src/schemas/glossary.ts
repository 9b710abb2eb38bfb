import { z } from 'astro/zod';
import { errorMessage as error } from './error-map.ts';
import { onlyKnownFields } from './known-fields.ts';

/**
 * Frontmatter of one glossary term. The file name is the term's slug; the Markdown body is its full definition.
 * `termRef` comes from `astro:content` in the site and is a plain string schema in unit tests.
 */
export function glossarySchema<Ref extends z.ZodType>(termRef: Ref) {
  return z
    .object(
      {
      /** The term as readers see it, e.g. `Central Management Store`. */
      term: z.string({ error }).trim().min(1, { error }),
      /** Other spellings linked to the same entry: abbreviations, plurals, inflections. */
      aliases: z.array(z.string({ error }).trim().min(1, { error }), { error }).default([]),
      /** One-sentence definition for popovers and the printed term list. */
      short: z.string({ error }).trim().min(1, { error }),
      /** Other terms worth reading next, by file name without extension. */
      related: z.array(termRef, { error }).default([]),
      },
      { error },
    )
    .loose()
    .superRefine(onlyKnownFields(['term', 'aliases', 'short', 'related']));
}
