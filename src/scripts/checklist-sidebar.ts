import { changeEvent, loadTicks, ticksOfPage } from './checklist-store.ts';

/**
 * Shows "n of m steps done" next to each phase in the sidebar, "0/m" included, so an operator sees from any page
 * how much every phase asks before starting it. The totals come from the build (`data-steps` on each link); the
 * ticks from localStorage, so every page shows every phase's progress, offline too. The badge is made here
 * rather than in the HTML: without JavaScript there are no ticks to count, and the page stays plain content.
 */
export function initChecklistSidebar(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('.sidebar a[data-steps]');
  if (links.length === 0) return;
  const badges = new Map([...links].map((link) => [link, link.appendChild(makeBadge())]));
  const render = () => {
    const ticks = loadTicks();
    for (const [link, badge] of badges) {
      const total = Number(link.dataset['steps']);
      const done = Math.min(ticksOfPage(ticks, link.dataset['page'] ?? '').length, total);
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
