import type { Tick } from './checklist-store.ts';

const header = ['step id', 'phase', 'section title', 'step text', 'ticked at', 'initials'];

/**
 * The change record as CSV (RFC 4180: quoted fields, CRLF line ends, UTF-8 byte-order mark so Excel reads
 * the arrows and dashes). Cells starting with `=`, `+`, `-`, `@` get a leading apostrophe so a spreadsheet
 * shows them as text instead of running them as formulas: initials typed by someone else are untrusted input.
 *
 * @example toCsv([tick]) // '\uFEFFstep id,phase,…\r\nmove-a-single-user/step-1,"Phase 4: …",…\r\n'
 */
export function toCsv(ticks: Tick[]): string {
  const rows = [header, ...ticks.map((t) => [t.stepId, t.phase, t.section, t.text, t.tickedAt, t.initials])];
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
