import { toCsv } from './checklist-csv.ts';
import { currentNamespace, loadTicks, saveTicks, tickKey, type Tick } from './checklist-store.ts';
import { readPageSteps } from './checklist-page-steps.ts';
import { checkSteps, parseRecord, recordFormat, type ChangeRecord } from './checklist-validate.ts';

/** Largest file the import reads: a full guide's record is well under 1 MB. */
const maxBytes = 5 * 1024 * 1024;

/**
 * Downloads the stored ticks of one page (or of all pages when `page` is undefined) as a change record, and
 * returns a sentence saying what was saved. Loaded on first use only.
 */
export function exportRecord(page: string | undefined, format: 'json' | 'csv'): string {
  const ns = currentNamespace();
  const ticks = Object.values(loadTicks(ns))
    .filter((t) => page === undefined || t.page === page)
    .sort((a, b) => a.tickedAt.localeCompare(b.tickedAt));
  const record: ChangeRecord = { format: recordFormat, version: 1, revision: ns.revision, base: ns.base, exportedAt: new Date().toISOString(), scope: page ?? 'all', ticks };
  const body = format === 'csv' ? toCsv(ticks) : `${JSON.stringify(record, null, 2)}\n`;
  const name = `change-record-${page ?? 'all-phases'}-${record.exportedAt.slice(0, 16).replace(':', '')}.${format}`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([body], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return `Saved ${ticks.length} ${ticks.length === 1 ? 'tick' : 'ticks'} to ${name}.`;
}

/**
 * Reads a JSON change record and merges its ticks into this browser's: a step ticked on both keeps the earlier
 * tick. Anything wrong with the file, a step its page does not have included, refuses the whole import before
 * storage is touched.
 *
 * @param pages    page id → URL of every page with steps (from the sidebar)
 * @param current  id of the page the import is made on
 */
export async function importRecord(file: File, pages: ReadonlyMap<string, string>, current: string): Promise<{ ok: boolean; message: string }> {
  if (file.size > maxBytes) return { ok: false, message: `\`${file.name}\` is ${Math.round(file.size / 1024)} KB, too large to be a change record. Nothing was imported; the ticks already in this browser are unchanged.` };
  const ns = currentNamespace();
  const parsed = parseRecord(await file.text(), { revision: ns.revision, pages: new Set(pages.keys()) }, file.name);
  if (!parsed.ok) return parsed;
  const steps = checkSteps(parsed.record, await readPageSteps(parsed.record.ticks.map((t) => t.page), pages, current), file.name);
  if (!steps.ok) return steps;
  const ticks = loadTicks(ns);
  let added = 0;
  for (const tick of parsed.record.ticks) {
    const key = tickKey(tick.page, tick.stepId);
    const existing = ticks[key];
    if (existing && existing.tickedAt <= tick.tickedAt) continue;
    if (!existing) added++;
    ticks[key] = pick(tick);
  }
  if (!saveTicks(ticks, ns)) return { ok: false, message: 'This browser refused to store the imported ticks (private mode or storage full). Nothing was imported.' };
  const kept = parsed.record.ticks.length - added;
  const unchecked = steps.unchecked.length === 0 ? '' : ` The steps of ${steps.unchecked.map((p) => `\`${p}\``).join(', ')} could not be read here (no network and not saved offline, or a portable copy), so those ticks were taken as they are.`;
  return { ok: true, message: `Imported ${parsed.record.ticks.length} ${parsed.record.ticks.length === 1 ? 'tick' : 'ticks'} from ${file.name}: ${added} new${kept ? `, ${kept} already ticked here` : ''}.${unchecked}` };
}

// Only the known fields are stored, whatever else the file carried.
function pick({ page, stepId, phase, section, text, tickedAt, initials }: Tick): Tick {
  return { page, stepId, phase, section, text, tickedAt, initials };
}
