import { collectItems, itemLabel, type CheckItem } from './checklist-items.ts';
import { askInitialsOnce, readInitials, writeInitials } from './checklist-initials.ts';
import { printProgress } from './checklist-print.ts';
import { loadTicks, saveTicks, tickKey, ticksOfPage, type Ticks } from './checklist-store.ts';

/**
 * Turns the page's steps and Verify items into checkboxes whose state lives in localStorage, with progress per
 * section and per page, a "next unticked step" link, reset, and the change-record actions. Export and import
 * are loaded only when first used.
 */
export function initChecklist(): void {
  const panel = document.querySelector<HTMLElement>('.checklist-panel');
  const items = collectItems();
  if (!panel || items.length === 0) return;
  const page = panel.dataset['page'] ?? '';
  const $ = <T extends Element>(selector: string) => panel.querySelector<T>(selector)!;
  const message = $<HTMLElement>('.checklist-message');
  const error = $<HTMLElement>('.checklist-error');
  const initials = $<HTMLInputElement>('input[name=initials]');
  const sections = sectionCounters(items);
  // Export and import are fetched on first use; offline that needs the service worker's cache, so say so.
  const recordModule = () =>
    import('./checklist-record.ts').catch(() => {
      error.textContent = 'The export and import code could not be loaded (no network, and not cached yet). Your ticks are safe; try again when online.';
      return undefined;
    });
  let ticks: Ticks = loadTicks();

  const boxes = new Map(items.map((item) => [item, addControls(item)]));
  const render = () => {
    let done = 0;
    for (const [item, { box, stamp }] of boxes) {
      const tick = ticks[tickKey(page, item.id)];
      box.checked = Boolean(tick);
      item.element.classList.toggle('is-done', box.checked);
      stamp.textContent = tick ? stampText(tick.tickedAt, tick.initials) : '';
      if (tick) done++;
    }
    for (const [sectionId, counter] of sections) {
      const sectionDone = items.filter((i) => i.sectionId === sectionId && ticks[tickKey(page, i.id)]).length;
      counter.textContent = `${sectionDone} of ${counter.dataset['total']} done in this section`;
    }
    $('.checklist-progress').textContent = summary(done, items.length);
    const next = items.find((i) => !ticks[tickKey(page, i.id)]);
    const link = $<HTMLAnchorElement>('.checklist-next a');
    link.href = next ? `#${next.id}` : '#main';
    link.textContent = next ? `Next unticked: ${itemLabel(next).replace(/ done:|:/, ',')}` : 'Every step on this page is ticked';
  };

  for (const [item, { box }] of boxes) {
    box.addEventListener('change', () => {
      ticks = loadTicks(); // another tab may have ticked something since
      if (box.checked) {
        const asked = askInitialsOnce();
        if (asked !== undefined) initials.value = asked;
        ticks[tickKey(page, item.id)] = { page, stepId: item.id, phase: panel.dataset['title'] ?? page, section: item.section, text: item.text, tickedAt: new Date().toISOString(), initials: readInitials() };
      } else {
        delete ticks[tickKey(page, item.id)];
      }
      if (!saveTicks(ticks)) error.textContent = 'This browser refused to store the tick (private mode or storage full); it will be lost on reload.';
      render();
    });
  }

  initials.value = readInitials();
  initials.addEventListener('change', () => (initials.value = writeInitials(initials.value)));
  panel.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    message.textContent = '';
    error.textContent = '';
    const action = button.dataset['action'];
    if (action === 'print') printProgress(document.querySelector<HTMLElement>('.progress-record')!, summary(ticksOfPage(ticks, page).length, items.length));
    if (action === 'reset' && window.confirm(`Untick all ${ticksOfPage(ticks, page).length} ticked steps of this page? Export the record first if you need it.`)) {
      ticks = Object.fromEntries(Object.entries(loadTicks()).filter(([, t]) => t.page !== page));
      saveTicks(ticks);
      render();
      message.textContent = 'This page\u2019s ticks were cleared.';
    }
    if (action === 'export') void recordModule().then((m) => m && (message.textContent = m.exportRecord(button.dataset['scope'] === 'all' ? undefined : page, button.dataset['format'] === 'csv' ? 'csv' : 'json')));
    if (action === 'import') $<HTMLInputElement>('input[type=file]').click();
  });
  $<HTMLInputElement>('input[type=file]').addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    void recordModule().then(async (m) => {
      if (!m) return;
      const result = await m.importRecord(file, knownPages(), page);
      (result.ok ? message : error).textContent = result.message;
      ticks = loadTicks();
      render();
    });
  });
  window.addEventListener('storage', () => {
    ticks = loadTicks();
    render();
  });

  document.documentElement.classList.add('checklist-ready');
  panel.hidden = false;
  render();
}

function addControls(item: CheckItem): { box: HTMLInputElement; stamp: HTMLElement } {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.className = 'check-toggle';
  box.setAttribute('aria-label', itemLabel(item));
  const stamp = document.createElement('span');
  stamp.className = 'check-stamp';
  const li = item.element;
  // Verify items have a drawn box the checkbox stands in for on screen; steps get it in front of their words.
  const drawn = li.querySelector(':scope > .check-box');
  if (drawn) drawn.before(box);
  else li.prepend(box);
  // The stamp follows the item's first line of words, where the eye is when ticking.
  const firstBlock = li.querySelector(':scope > .check-text, :scope > p') ?? li;
  firstBlock.append(stamp);
  return { box, stamp };
}

function sectionCounters(items: CheckItem[]): Map<string, HTMLElement> {
  const counters = new Map<string, HTMLElement>();
  for (const item of items) {
    if (counters.has(item.sectionId)) continue;
    const counter = document.createElement('p');
    counter.className = 'section-progress';
    counter.dataset['total'] = String(items.filter((i) => i.sectionId === item.sectionId).length);
    document.getElementById(item.sectionId)?.after(counter);
    counters.set(item.sectionId, counter);
  }
  return counters;
}

/** Every page with steps and its URL, as the sidebar links to it: what an imported record may name. */
function knownPages(): Map<string, string> {
  const links = document.querySelectorAll<HTMLAnchorElement>('.sidebar a[data-steps]');
  return new Map([...links].map((a) => [a.dataset['page'] ?? '', a.href]));
}

function summary(done: number, total: number): string {
  return `${done} of ${total} steps done on this page`;
}

function stampText(at: string, initials: string): string {
  const time = new Date(at).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return ` Done ${time}${initials ? ` by ${initials}` : ''}`;
}
