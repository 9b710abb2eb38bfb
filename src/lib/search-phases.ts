/** One phase filter chip in the search dialog. */
export interface PhaseFilter {
  /** The value Pagefind filters on, as GuideLayout writes it into `data-pagefind-filter="phase"`. */
  value: string;
  /** The chip's visible text (the fieldset's legend says "Limit to phase"). */
  label: string;
}

/**
 * The phase chips the search dialog offers: one per phase the guide has, in phase order, so a guide with
 * more or fewer phases never shows a chip that filters to nothing or lacks one that would.
 *
 * @example phaseFilters([{ entry: { data: { phase: 2 } } }, { entry: { data: {} } }]) // [{ value: 'Phase 2', label: '2' }]
 */
export function phaseFilters(pages: readonly { entry: { data: { phase?: number | undefined } } }[]): PhaseFilter[] {
  const phases = [...new Set(pages.map((p) => p.entry.data.phase).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
  return phases.map((n) => ({ value: `Phase ${n}`, label: String(n) }));
}
