/**
 * Shows a glossary term's definition (already in the HTML beside the term) as a popover on mouse hover, keyboard
 * focus and tap. The popover goes in the top layer so no scrolling table clips it, and is placed beside the term
 * inside the viewport. It stays open while the pointer is on it and closes on Escape (WCAG 1.4.13). Without this
 * script, or without the Popover API, CSS shows the same definition on hover and focus.
 */
export function initGlossaryPopovers(): void {
  const roots = document.querySelectorAll<HTMLElement>('.gloss');
  if (roots.length === 0 || !('showPopover' in HTMLElement.prototype)) return;
  for (const root of roots) pop(root).popover = 'manual';
  document.documentElement.classList.add('gloss-js');

  let open: HTMLElement | undefined;
  let pointer = 'mouse';
  let timer = 0;
  const show = (root: HTMLElement) => {
    clearTimeout(timer);
    if (open === root) return;
    hide();
    addMoreLink(root);
    pop(root).showPopover();
    place(root);
    open = root;
  };
  const hide = () => {
    clearTimeout(timer);
    if (open) pop(open).hidePopover();
    open = undefined;
  };
  const gloss = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.gloss') : null) ?? undefined;

  document.addEventListener('pointerover', (e) => {
    if (e.pointerType !== 'mouse') return;
    const root = gloss(e.target);
    if (root) show(root);
    // A short grace period lets the pointer cross the gap between the term and its popover.
    else if (open) timer = window.setTimeout(hide, 300);
  });
  // Whether the tapped term's popover was already open before this tap (the tap's focus opens it before click).
  let wasOpen = false;
  document.addEventListener('pointerdown', (e) => {
    pointer = e.pointerType;
    wasOpen = open !== undefined && open === gloss(e.target);
    if (pointer !== 'mouse' && open && !gloss(e.target)) hide();
  });
  document.addEventListener('click', (e) => {
    const root = gloss(e.target);
    // The first tap on a term shows its definition; a second tap follows the link to the full entry.
    if (root && pointer !== 'mouse' && !wasOpen && (e.target as Element).closest('.gloss-term')) {
      e.preventDefault();
      show(root);
    }
  });
  document.addEventListener('focusin', (e) => {
    const root = gloss(e.target);
    if (root) show(root);
  });
  document.addEventListener('focusout', (e) => {
    if (open && !open.contains(e.relatedTarget as Node | null)) hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && open) hide();
  });
  const reposition = () => open && place(open);
  window.addEventListener('scroll', reposition, { passive: true, capture: true });
  window.addEventListener('resize', reposition);
}

/**
 * A link to the full entry inside the popover, for pointer users. It stays out of the tab order (keyboard users
 * reach the same entry through the term) and outside the description, which points at the definition alone.
 */
function addMoreLink(root: HTMLElement): void {
  const el = pop(root);
  if (el.querySelector('.gloss-more')) return;
  const more = document.createElement('a');
  more.className = 'gloss-more';
  more.href = root.querySelector<HTMLAnchorElement>('.gloss-term')!.href;
  more.tabIndex = -1;
  more.textContent = 'Full entry in the glossary';
  el.append(more);
}

function pop(root: HTMLElement): HTMLElement {
  return root.querySelector<HTMLElement>('.gloss-pop')!;
}

/** Below the term's first line box, or above it when there is no room below; always inside the viewport. */
function place(root: HTMLElement): void {
  const term = root.querySelector('.gloss-term')!;
  const box = term.getClientRects()[0] ?? term.getBoundingClientRect();
  const el = pop(root);
  const margin = 8;
  const width = document.documentElement.clientWidth;
  el.style.maxWidth = `${Math.min(352, width - 2 * margin)}px`;
  const left = Math.max(margin, Math.min(box.left, width - el.offsetWidth - margin));
  const fitsBelow = box.bottom + 4 + el.offsetHeight + margin <= window.innerHeight;
  const top = fitsBelow || box.top - el.offsetHeight - 4 < margin ? box.bottom + 4 : box.top - el.offsetHeight - 4;
  el.style.left = `${left}px`;
  el.style.top = `${top}px`;
}
