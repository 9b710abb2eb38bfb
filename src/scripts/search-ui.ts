import { parseQuery, rankResults, type PageHit, type SectionHit } from './search-rank.ts';
import { renderPage } from './search-render.ts';
import { loadSearchSource, NO_INDEX_TEXT, type SearchApi } from './search-source.ts';

// Pagefind's own UI waits 300 ms; a runbook search should feel instant, so only coalesce bursts of typing.
const DEBOUNCE_MS = 60;
// Each result shown costs its page's fragment (the page's whole text, 5 to 20 KB), so results come in batches of
// five, as in Pagefind's own UI; "Show more results" fetches the next batch.
const BATCH = 5;

/**
 * Connects the search dialog to Pagefind: results as you type, grouped by page with section hits, phase and
 * role filters, arrow-key navigation, and honest messages when there is no index (dev server) or no match.
 */
export function attachSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const status = dialog.querySelector<HTMLElement>('#search-status')!;
  const list = dialog.querySelector<HTMLOListElement>('#search-results')!;
  const role = dialog.querySelector<HTMLSelectElement>('#search-role')!;
  const more = dialog.querySelector<HTMLButtonElement>('#search-more')!;
  const base = document.documentElement.dataset['base'] ?? '/';
  const api = loadSearchSource(dialog, base);
  // Without an index the reader learns it on opening the dialog, not after typing a first query.
  void api.then(async (source) => {
    if (source) await fillRoles(source, role);
    else status.textContent = NO_INDEX_TEXT;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const run = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    const filters: Record<string, string[]> = {};
    const phases = [...dialog.querySelectorAll<HTMLInputElement>('input[name="phase"]:checked')].map((c) => c.value);
    if (phases.length) filters['phase'] = phases;
    if (role.value) filters['role'] = [role.value];
    const source = await api;
    // Checked before the empty query: clearing the field must not wipe the only thing the dialog can say.
    if (!source) {
      status.textContent = NO_INDEX_TEXT;
      return;
    }
    if (mine !== generation) return;
    if (query === '' && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const response = await source.search(query === '' ? null : parseQuery(query).text, { filters });
    const results = response?.results ?? [];
    // The portable copy cannot run Pagefind's highlighter on the page it opens, so its links stay clean.
    const portable = 'portable' in document.documentElement.dataset;
    const loaded: Awaited<ReturnType<(typeof results)[number]['data']>>[] = [];
    let next = 0;
    /** Shows at least BATCH more results (a quoted phrase may drop some); false if a newer search took over. */
    const show = async (): Promise<boolean> => {
      const want = list.children.length + BATCH;
      while (list.children.length < want && next < results.length) {
        const data = await Promise.all(results.slice(next, next + BATCH).map((r) => r.data()));
        if (mine !== generation) return false; // a newer keystroke already started another search
        next += BATCH;
        loaded.push(...data);
        list.append(...rankResults(query, data).map((page) => renderPage(portable ? page : withHighlight(page, query))));
      }
      more.hidden = next >= results.length;
      return true;
    };
    // A late result set must not drop the reader's focus on the floor: keep it on the first result.
    const hadFocus = list.contains(document.activeElement) || document.activeElement === more;
    list.replaceChildren();
    if (!(await show())) return;
    if (hadFocus) list.querySelector<HTMLAnchorElement>('a')?.focus();
    list.dataset['query'] = query;
    more.onclick = async () => {
      const before = list.children.length;
      if (!(await show())) return;
      list.children[before]?.querySelector('a')?.focus();
      status.textContent = summary(query, results.length, list.children.length, filters);
    };
    const { exact } = parseQuery(query);
    const missing = exact.filter((e) => !loaded.some((d) => (d.content ?? d.sub_results.map((x) => x.excerpt).join(' ')).toLowerCase().replace(/<[^>]*>/g, '').includes(e)));
    status.textContent = list.children.length > 0 && missing.length > 0
      ? `No page contains “${missing.join('”, “')}”; showing pages with similar words.`
      : summary(query, results.length, list.children.length, filters);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  dialog.querySelectorAll('input[name="phase"], #search-role').forEach((c) => c.addEventListener('change', () => void run()));
  dialog.querySelector('form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    list.querySelector<HTMLAnchorElement>('a')?.click();
  });
  dialog.addEventListener('keydown', (e) => moveFocus(e, input, list));
  if (input.value) void run();
}

/** What the status line says once results are in: how many match, and how many of them are shown. */
function summary(query: string, total: number, shown: number, filters: Record<string, string[]>): string {
  const where = Object.keys(filters).length ? ' with the selected filters' : '';
  // A quoted phrase drops pages without it, so only the pages shown are known to match.
  if (shown === 0) return `No pages match “${query}”${where}. Try fewer words, or a cmdlet name such as Move-CsUser.`;
  const count = /"/.test(query) ? shown : total;
  return `${count} ${count === 1 ? 'page matches' : 'pages match'}${where}${count > shown ? `; showing the first ${shown}` : ''}.`;
}

/** Adds the words the reader typed to every result link, for the landing page to mark (search-highlight.ts). */
function withHighlight(page: PageHit<SectionHit>, query: string): PageHit<SectionHit> {
  const words = parseQuery(query).text.split(' ').filter((w) => w.length > 1);
  const add = (url: string) => {
    const u = new URL(url, location.href);
    for (const w of words) u.searchParams.append('highlight', w);
    return u.pathname + u.search + u.hash;
  };
  return { ...page, url: add(page.url), sub_results: page.sub_results.map((s) => ({ ...s, url: add(s.url) })) };
}

/** Offers only the server roles the index actually has, with how many pages touch each. */
async function fillRoles(source: SearchApi, select: HTMLSelectElement): Promise<void> {
  // The portable index has no role filter; the select then keeps only "Any role".
  const roles = (await source.filters?.())?.['role'] ?? {};
  for (const [name, count] of Object.entries(roles).sort(([a], [b]) => a.localeCompare(b))) {
    select.append(new Option(`${name} (${count})`, name));
  }
}

function moveFocus(e: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  e.preventDefault();
  if (e.key === 'ArrowDown') (links[at + 1] ?? links[0])!.focus();
  else if (at <= 0) input.focus();
  else links[at - 1]!.focus();
}
