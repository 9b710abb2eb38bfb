import { renderExcerpt } from './search-excerpt.ts';
import { loadSearchSource } from './search-source.ts';

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindResultData { url: string; excerpt: string; meta: Record<string, string>; sub_results: PagefindSubResult[] }

const DEBOUNCE_MS = 60;
const MAX_PAGES = 8;
const MAX_SECTIONS = 4;

/**
 * Connects the search dialog to Pagefind: results as you type, grouped by page with section hits, phase
 * filters, arrow-key navigation, and honest messages when there is no index (dev server) or no match.
 */
export function attachSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const status = dialog.querySelector<HTMLElement>('#search-status')!;
  const list = dialog.querySelector<HTMLOListElement>('#search-results')!;
  const base = document.documentElement.dataset['base'] ?? '/';
  const api = loadSearchSource(dialog, base);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const run = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    const phases = [...dialog.querySelectorAll<HTMLInputElement>('input[name="phase"]:checked')].map((c) => c.value);
    if (query === '' && phases.length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pagefind = await api;
    if (!pagefind) {
      status.textContent = 'Search needs a built site. Run `npm run build`, then `npm start`, and search at http://localhost:4321.';
      return;
    }
    const response = await pagefind.search(query === '' ? null! : query, phases.length ? { filters: { phase: phases } } : {});
    const data = await Promise.all((response?.results ?? []).slice(0, MAX_PAGES).map((r) => r.data()));
    if (mine !== generation) return; // a newer keystroke already started another search
    list.replaceChildren(...data.map(renderPage));
    const total = response?.results.length ?? 0;
    status.textContent = total === 0
      ? `No pages match “${query}”${phases.length ? ' in the selected phases' : ''}. Try fewer words, or a cmdlet name such as Move-CsUser.`
      : `${total} ${total === 1 ? 'page matches' : 'pages match'}${total > MAX_PAGES ? `; showing the best ${MAX_PAGES}` : ''}.`;
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  input.addEventListener('input', schedule);
  dialog.querySelectorAll('input[name="phase"]').forEach((c) => c.addEventListener('change', () => void run()));
  dialog.querySelector('form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    list.querySelector<HTMLAnchorElement>('a')?.click();
  });
  dialog.addEventListener('keydown', (e) => moveFocus(e, input, list));
  if (input.value) void run();
}

function renderPage(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'search-result-page';
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = result.meta['title'] ?? result.url;
  const excerpt = document.createElement('span');
  excerpt.className = 'search-excerpt';
  excerpt.append(...renderExcerpt(result.excerpt));
  link.append(title, excerpt);
  item.append(link);
  const sections = result.sub_results.filter((s) => s.url !== result.url && s.title !== result.meta['title']).slice(0, MAX_SECTIONS);
  if (sections.length) {
    const sub = document.createElement('ul');
    for (const s of sections) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      const t = document.createElement('span');
      t.className = 'search-result-title';
      t.textContent = s.title;
      const ex = document.createElement('span');
      ex.className = 'search-excerpt';
      ex.append(...renderExcerpt(s.excerpt));
      a.append(t, ex);
      li.append(a);
      sub.append(li);
    }
    item.append(sub);
  }
  return item;
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
