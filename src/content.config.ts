import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { withFrontmatterHints } from './lib/frontmatter-errors.ts';

// Tests point the build at fixture trees (bad-input corpus, synthetic benchmark guides) through CONTENT_DIR.
const contentDir = process.env['CONTENT_DIR'] ?? './content';

/** The runbook's pages: overview, "Before you begin" and Phases 1 to 8. Ids are the original guide's slugs. */
const guide = defineCollection({
  loader: withFrontmatterHints(glob({ base: `${contentDir}/guide`, pattern: '**/*.{md,mdx}' })),
  schema: guideSchema(reference('guide')),
});

/** One entry per glossary term; ids are the term slugs used as anchors on /glossary/. */
const glossary = defineCollection({
  loader: withFrontmatterHints(glob({ base: `${contentDir}/glossary`, pattern: '**/*.md' })),
  schema: glossarySchema(reference('glossary')),
});

export const collections = { guide, glossary };
