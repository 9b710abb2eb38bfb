import type { AstroIntegration } from 'astro';
import { loadGlossaryTerms } from '../lib/glossary-terms.ts';

/**
 * Reads and lints the glossary when the build starts, before Astro syncs the content collections. Without it a
 * YAML slip in a glossary file surfaces as the YAML parser's bare message; with it, as our usual
 * "file → field: found …, expected …" with a hint. The remark plugin then reuses the same loaded terms.
 */
export default function glossaryIntegration(): AstroIntegration {
  return {
    name: 'lync-glossary',
    hooks: {
      'astro:config:setup': () => {
        loadGlossaryTerms();
      },
    },
  };
}
