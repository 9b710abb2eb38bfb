import { changeEvent, loadTicks, ticksOfPage } from './checklist-store.ts';

/**
 * Shows "n of m steps done" next to each phase in the sidebar. The totals come from the build (`data-steps`
 * on each link); the ticks from localStorage, so every page shows every phase's progress, offline too.
 */
export function initChecklistSidebar(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('.sidebar a[data-steps]');
  if (links.length === 0) return;
  const render = () => {
    const ticks = loadTicks();
    for (const link of links) {
      const total = Number(link.dataset['steps']);
      const done = Math.min(ticksOfPage(ticks, link.dataset['page'] ?? '').length, total);
      const badge = link.querySelector<HTMLElement>('.nav-progress');
      if (!badge) continue;
      // Nothing ticked yet: no badge, so a fresh guide stays uncluttered.
      badge.hidden = done === 0;
      badge.dataset['complete'] = String(done === total);
      badge.querySelector('[aria-hidden]')!.textContent = `${done}/${total}`;
      badge.querySelector('.visually-hidden')!.textContent = `, ${done} of ${total} steps done`;
    }
  };
  render();
  document.addEventListener(changeEvent, render);
  // Another tab ticking a step updates this one.
  window.addEventListener('storage', render);
}
