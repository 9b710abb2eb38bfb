import { changeEvent, loadTicks, ticksOfPage } from './checklist-store.ts';

/**
 * Shows "n of m steps done" next to each phase in the sidebar. The totals come from the build (`data-steps`
 * on each link); the ticks from localStorage, so every page shows every phase's progress, offline too.
 * The badge is made here, only for pages with ticks: without JavaScript or ticks it would never show, and on a
 * large guide its markup on every link of every page would outweigh the sidebar itself.
 */
export function initChecklistSidebar(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('.sidebar a[data-steps]');
  if (links.length === 0) return;
  const render = () => {
    const ticks = loadTicks();
    for (const link of links) {
      const total = Number(link.dataset['steps']);
      const done = Math.min(ticksOfPage(ticks, link.dataset['page'] ?? '').length, total);
      // Nothing ticked yet: no badge, so a fresh guide stays uncluttered.
      const badge = link.querySelector<HTMLElement>('.nav-progress') ?? (done > 0 ? link.appendChild(makeBadge()) : null);
      if (!badge) continue;
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

function makeBadge(): HTMLElement {
  const badge = document.createElement('span');
  badge.className = 'nav-progress';
  const visible = document.createElement('span');
  visible.setAttribute('aria-hidden', 'true');
  const spoken = document.createElement('span');
  spoken.className = 'visually-hidden';
  badge.append(visible, spoken);
  return badge;
}
