import { z } from 'astro/zod';
import { errorMessage as error } from './error-map.ts';

/** Lync Server roles a page can say it touches; the summary box and the search filter show these names. */
export const serverRoles = [
  'Front End Server',
  'Back End Server',
  'Edge Server',
  'Director',
  'Mediation Server',
  'Archiving Server',
  'Monitoring Server',
  'Group Chat Server',
  'Survivable Branch Appliance',
  'Central Management Server',
  'XMPP Gateway',
  'Trusted Application Server',
  'File Server',
  'Reverse Proxy',
] as const;

/** `appendix` pages (reference material) follow Phase 8 in title order. */
export const pageKinds = ['overview', 'prerequisites', 'phase', 'appendix'] as const;
export const downtimeLevels = ['none', 'partial', 'full'] as const;
export const durationUnits = ['minutes', 'hours', 'days', 'weeks'] as const;

const text = (field: string) => z.string({ error }).trim().min(1, { error: `${field} must not be empty` });

/** An estimate range such as `{ min: 2, max: 4, unit: hours }`. */
export const durationSchema = z
  .object(
    {
    /** Lower bound of the estimate, in `unit`. */
    min: z.number({ error }).positive(),
    /** Upper bound of the estimate, in `unit`; at least `min`. */
    max: z.number({ error }).positive(),
    /** Unit both bounds are counted in. */
    unit: z.enum(durationUnits, { error }),
    },
    { error },
  )
  .strict()
  .refine((d) => d.max >= d.min, { error: 'max must be greater than or equal to min', path: ['max'] });

/**
 * Frontmatter of one guide page. `reference` is passed in because it comes from `astro:content`,
 * which only exists inside Astro; unit tests pass a plain string schema instead.
 */
export function guideSchema<Ref extends z.ZodType>(pageRef: Ref) {
  return z
    .object(
      {
      /** Page title as shown in the sidebar, the tab and printed headers. */
      title: text('title'),
      /** One sentence for the meta description and search results. */
      description: text('description'),
      /** Which part of the guide this page is; exactly one overview and one prerequisites page exist. */
      kind: z.enum(pageKinds, { error }),
      /** Phase number, 1 to 8; required on phases and forbidden elsewhere. */
      phase: z.number({ error }).int().min(1, { error: 'a phase is numbered 1 to 8' }).max(8, { error: 'a phase is numbered 1 to 8' }).optional(),
      /** Two or three sentences shown at the top of the page and in the phase summary box. */
      summary: text('summary'),
      /** How long the work on this page usually takes. */
      duration: durationSchema,
      /** Service impact for users while this page's work runs. */
      downtime: z.enum(downtimeLevels, { error }),
      /** Lync Server roles this page's work touches. */
      roles: z.array(z.enum(serverRoles, { error }), { error }),
      /** Groups or RBAC roles the operator needs, spelled as in Active Directory or Lync RBAC. */
      permissions: z.array(text('a permission'), { error }),
      /** Other guide pages that must be complete first, by file name without extension. */
      prerequisites: z.array(pageRef, { error }).default([]),
      /** How to undo this page's work. */
      rollback: text('rollback'),
      /** When a person last checked this page against the product; shown in the footer. */
      lastReviewed: z.coerce.date({ error }),
      /** `false` turns off automatic glossary links on this page. */
      glossary: z.boolean({ error }).optional(),
      },
      { error },
    )
    .strict()
    .superRefine((data, ctx) => {
      if (data.kind === 'phase' && data.phase === undefined) {
        ctx.addIssue({ code: 'custom', path: ['phase'], message: 'required when kind is `phase` (a number 1 to 8)' });
      }
      if (data.kind !== 'phase' && data.phase !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['phase'], message: `only phases have a phase number; remove it or set kind to \`phase\`` });
      }
    });
}

export type GuideData = z.infer<ReturnType<typeof guideSchema<z.ZodType<{ id: string; collection: string }>>>>;
