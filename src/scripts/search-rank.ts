/** The parts of a Pagefind section hit that ranking reads. */
export interface SectionHit {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

/** The parts of a Pagefind page result that ranking reads. */
export interface PageHit<S extends SectionHit = SectionHit> {
  url: string;
  /** Full page text (Pagefind); the portable index has none, and its section excerpts stand in. */
  content?: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: S[];
}

/**
 * Splits a query into the text Pagefind should search and the exact strings results must contain:
 * quoted phrases, cmdlet names (`Move-CsUser`) and numbers such as event IDs (`30024`).
 *
 * @example parseQuery('"user replicator" Move-CsUser') // { text: 'user replicator Move-CsUser', exact: ['user replicator', 'move-csuser'] }
 */
export function parseQuery(query: string): { text: string; exact: string[] } {
  const phrases = [...query.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim().toLowerCase()).filter(Boolean);
  const rest = query.replace(/"[^"]*"?/g, ' ');
  const tokens = rest.split(/\s+/).filter((t) => /^[A-Za-z]+-[A-Za-z][\w-]*$|^\d{3,}$/.test(t)).map((t) => t.toLowerCase());
  return { text: query.replace(/"/g, ' ').replace(/\s+/g, ' ').trim(), exact: [...phrases, ...tokens] };
}

const normal = (s: string) => s.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').toLowerCase();
const score = (s: SectionHit) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
/** The verb and noun of each cmdlet searched for: `move-csuser` → `move`, `user`. */
const cmdletWords = (exact: string[]) => exact.flatMap((e) => /^([a-z]+)-(?:cs)?([a-z]+)$/.exec(e)?.slice(1) ?? []);

/**
 * Orders Pagefind results for a runbook: pages that contain every exact string (a quoted phrase, a cmdlet,
 * an event ID) come first and, when the query has quoted phrases, pages without them are dropped. Within a
 * page, sections whose excerpt shows the exact string come first, then the sections with the strongest hits,
 * so a command query lands on the step that runs it rather than the top of the page.
 */
export function rankResults<S extends SectionHit, P extends PageHit<S>>(query: string, pages: P[]): P[] {
  const { exact } = parseQuery(query);
  const hasPhrase = /"[^"]+"/.test(query);
  const containsAll = (text: string) => exact.every((e) => normal(text).includes(e));
  const ranked = pages
    .map((page, i) => ({ page, i, exact: exact.length > 0 && containsAll(page.content ?? page.sub_results.map((s) => `${s.title} ${s.excerpt}`).join(' ')) }))
    .filter((r) => !hasPhrase || r.exact)
    .sort((a, b) => Number(b.exact) - Number(a.exact) || a.i - b.i)
    .map(({ page }) => page);
  // A section titled after the command's action ("Move a single user…" for Move-CsUser) is where it is the step
  // itself; one that only runs it again (a rollback) usually is not, however often it names it.
  const words = cmdletWords(exact);
  const named = (s: SectionHit) => words.filter((w) => normal(s.title).includes(w)).length;
  const shows = (s: SectionHit) => Number(exact.length > 0 && containsAll(s.excerpt));
  return ranked.map((page) => ({
    ...page,
    sub_results: [...page.sub_results].sort((a, b) => shows(b) - shows(a) || named(b) - named(a) || score(b) - score(a)),
  }));
}
