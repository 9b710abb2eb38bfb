/** One ticked step or Verify item, as stored and as exported. */
export interface Tick {
  /** Guide page id (its URL slug). */
  page: string;
  /** Page-local step id, e.g. `move-a-single-user-to-the-pilot-pool/step-3`. */
  stepId: string;
  /** Page title, e.g. `Phase 4: Move test users to the pilot pool`. */
  phase: string;
  /** Section (`##`) title, followed by the method heading the step sits under when there is one. */
  section: string;
  /** The step's words at the time it was ticked, so the record stands on its own. */
  text: string;
  /** When it was ticked, ISO 8601. */
  tickedAt: string;
  /** Operator's initials, or an empty string. */
  initials: string;
}

/** Ticks keyed by {@link tickKey}. */
export type Ticks = Record<string, Tick>;

/** The site this page belongs to: ticks never mix between sites or guide revisions. */
export interface Namespace {
  base: string;
  revision: string;
}

/** Event fired on `document` whenever this tab changes the stored ticks. */
export const changeEvent = 'checklist:change';

/** Reads the site base and guide revision the layout stamps on `<html>`. */
export function currentNamespace(): Namespace {
  const { base = '/', revision = 'unversioned' } = document.documentElement.dataset;
  return { base, revision };
}

/** localStorage key for one site and revision. */
export function storageKey({ base, revision }: Namespace): string {
  return `lync-runbook:checklists:${base}:${revision}`;
}

/** Key of one tick: step ids are unique per page only. */
export function tickKey(page: string, stepId: string): string {
  return `${page}#${stepId}`;
}

/** Stored ticks for the namespace; an unreadable or missing entry reads as no ticks. */
export function loadTicks(ns: Namespace = currentNamespace()): Ticks {
  try {
    const raw = localStorage.getItem(storageKey(ns));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Ticks) : {};
  } catch {
    return {}; // storage blocked (privacy mode) or corrupt: start empty rather than break the page
  }
}

/** Saves ticks and tells the other scripts on the page; returns false when the browser refuses storage. */
export function saveTicks(ticks: Ticks, ns: Namespace = currentNamespace()): boolean {
  let saved = true;
  try {
    localStorage.setItem(storageKey(ns), JSON.stringify(ticks));
  } catch {
    saved = false;
  }
  document.dispatchEvent(new CustomEvent(changeEvent));
  return saved;
}

/** Ticks of one page. */
export function ticksOfPage(ticks: Ticks, page: string): Tick[] {
  return Object.values(ticks).filter((t) => t.page === page);
}
