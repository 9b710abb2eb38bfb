import { z } from 'astro/zod';
import { errorMessage as error, fieldMessage } from './error-map.ts';
import { isCalendarDate } from '../lib/calendar-date.ts';
import { onlyKnownFields } from './known-fields.ts';

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

const text = () => z.string({ error }).trim().min(1, { error });

/**
 * A calendar date. YAML reads an unquoted `2026-11-25` as a date; a quoted one arrives as text and is read the
 * same way. (Impossible unquoted dates such as 2026-13-45 are rolled over by the YAML parser before this sees
 * them; src/lib/validate-dates.ts catches those from the source.)
 */
const calendarDate = z.preprocess((v) => (typeof v === 'string' && isCalendarDate(v) ? new Date(v) : v), z.date({ error }));

const durationFields = {
  /** Lower bound of the estimate, in `unit`. */
  min: z.number({ error }).positive({ error }),
  /** Upper bound of the estimate, in `unit`; at least `min`. */
  max: z.number({ error }).positive({ error }),
  /** Unit both bounds are counted in. */
  unit: z.enum(durationUnits, { error }),
};

/** An estimate range such as `{ min: 2, max: 4, unit: hours }`. */
export const durationSchema = z
  .object(durationFields, { error })
  .loose()
  .superRefine(onlyKnownFields(Object.keys(durationFields)))
  .refine((d) => d.max >= d.min, { error: (i) => fieldMessage(`\`${(i.input as { max: number }).max}\`, less than min`, 'a maximum at least as large as the minimum', 'swap the two numbers, or fix the one that is wrong.'), path: ['max'] });

/**
 * Frontmatter of one guide page. `reference` is passed in because it comes from `astro:content`,
 * which only exists inside Astro; unit tests pass a plain string schema instead.
 */
export function guideSchema<Ref extends z.ZodType>(pageRef: Ref) {
  return z
    .object(
      {
      /** Page title as shown in the sidebar, the tab and printed headers. */
      title: text(),
      /** One sentence for the meta description and search results. */
      description: text(),
      /** Which part of the guide this page is; exactly one overview and one prerequisites page exist. */
      kind: z.enum(pageKinds, { error }),
      /** Phase number, 1 to 8; required on phases and forbidden elsewhere. */
      phase: z.number({ error }).int({ error }).min(1, { error }).max(8, { error }).optional(),
      /** Two or three sentences shown at the top of the page and in the phase summary box. */
      summary: text(),
      /** How long the work on this page usually takes. */
      duration: durationSchema,
      /** Service impact for users while this page's work runs. */
      downtime: z.enum(downtimeLevels, { error }),
      /** Lync Server roles this page's work touches. */
      roles: z.array(z.enum(serverRoles, { error }), { error }),
      /** Groups or RBAC roles the operator needs, spelled as in Active Directory or Lync RBAC. */
      permissions: z.array(text(), { error }),
      /** Other guide pages that must be complete first, by file name without extension. */
      prerequisites: z.array(pageRef, { error }).default([]),
      /** How to undo this page's work. */
      rollback: text(),
      /** When a person last checked this page against the product; shown in the footer. */
      lastReviewed: calendarDate,
      /** `false` turns off automatic glossary links on this page. */
      glossary: z.boolean({ error }).optional(),
      },
      { error },
    )
    .loose()
    .superRefine((data, ctx) => {
      onlyKnownFields(guideFields)(data, ctx);
      if (data.kind === 'phase' && data.phase === undefined) {
        ctx.addIssue({ code: 'custom', path: ['phase'], message: fieldMessage('nothing', 'a phase number from 1 to 8 because kind is `phase`', 'add `phase: N`, or set kind to `appendix` for reference material.') });
      }
      if (data.kind !== 'phase' && data.phase !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['phase'], message: fieldMessage(`\`${data.phase}\` on a page whose kind is \`${data.kind}\``, 'no phase number', 'only phases have a phase number; remove it or set kind to `phase`.') });
      }
    });
}

/** The fields a guide page's frontmatter may have, for the unknown-field check. */
const guideFields = ['title', 'description', 'kind', 'phase', 'summary', 'duration', 'downtime', 'roles', 'permissions', 'prerequisites', 'rollback', 'lastReviewed'] as const;

export type GuideData = z.infer<ReturnType<typeof guideSchema<z.ZodType<{ id: string; collection: string }>>>>;
