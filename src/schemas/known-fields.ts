import type { z } from 'astro/zod';
import { fieldMessage } from './error-map.ts';

/**
 * Refinement that rejects fields a schema does not define, one issue per field at that field's path. Zod's own
 * `.strict()` reports unknown keys at the object's root, which Astro prints as a blank field name (`****`);
 * this names the field, so `owner: Priya` reads `owner: found a field …`. Use on a `.loose()` object.
 *
 * @example z.object(shape).loose().superRefine(onlyKnownFields(Object.keys(shape)))
 */
export function onlyKnownFields(known: readonly string[]) {
  return (data: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    for (const key of Object.keys(data)) {
      if (known.includes(key)) continue;
      ctx.addIssue({ code: 'custom', path: [key], message: fieldMessage('a field this format does not have', `only ${known.map((k) => `\`${k}\``).join(', ')}`, 'check the spelling against content/README.md, or remove the field.') });
    }
  };
}
