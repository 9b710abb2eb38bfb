import type { Tick } from './checklist-store.ts';

/** Marks a JSON file as a change record of this runbook. */
export const recordFormat = 'lync-runbook-change-record';

/** A change record as exported: the ticks of one page or all pages, tied to the guide revision they came from. */
export interface ChangeRecord {
  format: typeof recordFormat;
  version: 1;
  revision: string;
  base: string;
  exportedAt: string;
  /** Page id, or `all`. */
  scope: string;
  ticks: Tick[];
}

/** What the import may accept: this site's revision and the ids of its pages that have steps. */
export interface RecordExpectations {
  revision: string;
  pages: ReadonlySet<string>;
}

export type ParseResult = { ok: true; record: ChangeRecord } | { ok: false; message: string };

const unchanged = 'Nothing was imported; the ticks already in this browser are unchanged.';
const stepId = /^[^\s#]+\/(step|verify)-[1-9]\d*$/;
const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks an imported file before anything is stored. Every refusal names the file, what was found and what
 * was expected, and says that nothing changed.
 *
 * @example parseRecord('{}', expect, 'x.json') // { ok: false, message: '`x.json` is not a change record…' }
 */
export function parseRecord(text: string, expected: RecordExpectations, fileName: string): ParseResult {
  const name = `\`${fileName}\``;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`${name} is not a change record: it is not valid JSON (${(error as Error).message}). ${unchanged} Hint: choose the .json file the Export buttons saved; CSV exports cannot be imported.`);
  }
  if (!isObject(data) || data['format'] !== recordFormat) {
    const format = isObject(data) ? data['format'] : data;
    return fail(`${name} is not a change record of this runbook: \`format\` is ${format === undefined ? 'missing' : shown(format)}, expected \`${recordFormat}\`. ${unchanged}`);
  }
  if (data['version'] !== 1) return fail(`${name} has record \`version\` ${shown(data['version'])}, expected \`1\`. ${unchanged} Hint: export it again from this site.`);
  if (data['revision'] !== expected.revision) {
    return fail(
      `${name} was exported from guide revision ${shown(data['revision'])}, but this site is revision \`${expected.revision}\`. ` +
        `Steps can change between revisions, so ticks cannot be carried across. ${unchanged} ` +
        `Hint: import it on the site built from that revision, or tick the steps again here.`,
    );
  }
  const ticks = data['ticks'];
  if (!Array.isArray(ticks)) return fail(`${name}: ticks: expected a list, received ${shown(ticks)}. ${unchanged}`);
  const issues = ticks.flatMap((tick, i) => tickIssues(tick, `ticks[${i}]`, expected.pages));
  if (issues.length > 0) {
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    return fail(`${name} is not a valid change record: ${issues.slice(0, 5).join('; ')}${more}. ${unchanged}`);
  }
  return { ok: true, record: data as unknown as ChangeRecord };
}

function tickIssues(tick: unknown, path: string, pages: ReadonlySet<string>): string[] {
  if (!isObject(tick)) return [`${path}: expected an object, received ${shown(tick)}`];
  const issues: string[] = [];
  const check = (field: string, ok: (v: unknown) => boolean, expected: string) => {
    if (!ok(tick[field])) issues.push(`${path}.${field}: expected ${expected}, received ${shown(tick[field])}`);
  };
  check('page', (v) => typeof v === 'string' && pages.has(v), 'a page of this guide');
  check('stepId', (v) => typeof v === 'string' && stepId.test(v), 'a step id like `section/step-1`');
  for (const field of ['phase', 'section', 'text', 'initials']) check(field, (v) => typeof v === 'string' && v.length <= 5000, 'text');
  check('tickedAt', (v) => typeof v === 'string' && isoDate.test(v) && !Number.isNaN(Date.parse(v)), 'an ISO 8601 date-time');
  return issues;
}

/** Step ids of each page, as read from the pages themselves; `undefined` for a page that could not be read. */
export type PageSteps = ReadonlyMap<string, ReadonlySet<string> | undefined>;

export type StepCheck = { ok: true; unchecked: string[] } | { ok: false; message: string };

/**
 * Checks that every tick of a well-formed record (see {@link parseRecord}) names a step its page really has.
 * A record edited by hand, or made for other content under the same revision, could otherwise store ticks
 * no checkbox shows, which would still count in the sidebar and in exports. Pages whose steps could not be
 * read (`undefined`) cannot be checked; they are returned in `unchecked` for the caller to report.
 *
 * @example checkSteps(record, new Map([['phase-4', new Set(['move/step-1'])]]), 'x.json') // { ok: true, unchecked: [] }
 */
export function checkSteps(record: ChangeRecord, steps: PageSteps, fileName: string): StepCheck {
  const unknown = record.ticks.flatMap((tick, i) => {
    const known = steps.get(tick.page);
    return known && !known.has(tick.stepId) ? [`ticks[${i}].stepId: found ${shown(tick.stepId, 120)}, expected a step of \`${tick.page}\``] : [];
  });
  if (unknown.length > 0) {
    const more = unknown.length > 5 ? ` (and ${unknown.length - 5} more)` : '';
    return fail(
      `\`${fileName}\` names steps this guide revision does not have: ${unknown.slice(0, 5).join('; ')}${more}. ${unchanged} ` +
        `Hint: the file may have been edited by hand; export the record again from the browser where the steps were ticked.`,
    );
  }
  const unchecked = [...new Set(record.ticks.map((t) => t.page))].filter((page) => !steps.get(page));
  return { ok: true, unchecked };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// `max` is raised for step ids, which a reader must see whole to find the step; 40 keeps a pasted essay short.
function shown(value: unknown, max = 40): string {
  if (value === undefined) return 'nothing';
  // Strings as they are, anything else as JSON (undefined only for functions and symbols, which JSON never holds).
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value);
  return `\`${text.length > max ? `${text.slice(0, max)}…` : text}\``;
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
