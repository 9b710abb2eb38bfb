import { parsePhaseList } from '../lib/binder.ts';

/**
 * `/binder/?phases=4,6` (or the form's `?phases=4&phases=6`): keeps only those phases in the binder, their
 * contents entries and the cover's scope line, so what prints is exactly what was asked for. Unknown
 * numbers are reported and the rest of the selection still applies.
 */
export function initBinderSelection(): void {
  const params = new URLSearchParams(location.search);
  const wanted = parsePhaseList(params.getAll('phases').join(','));
  if (wanted.length === 0) return;
  const sections = [...document.querySelectorAll<HTMLElement>('.binder-page')];
  const available = new Set(sections.map((s) => Number(s.dataset['phase'])).filter((n) => n > 0));
  const chosen = wanted.filter((n) => available.has(n)).sort((a, b) => a - b);
  const missing = wanted.filter((n) => !available.has(n));
  const status = document.querySelector<HTMLElement>('[data-binder-status]');
  if (status && missing.length) status.textContent = `No phase ${missing.join(', ')} in this guide; showing the phases that exist.`;
  if (chosen.length === 0) return;

  const keep = (el: HTMLElement) => chosen.includes(Number(el.dataset['phase']));
  for (const section of sections) if (!keep(section)) section.remove();
  for (const entry of document.querySelectorAll<HTMLElement>('.binder-toc > ol > li')) if (!keep(entry)) entry.remove();
  for (const box of document.querySelectorAll<HTMLInputElement>('.binder-select input[name="phases"]')) box.checked = chosen.includes(Number(box.value));
  const label = `Phase${chosen.length > 1 ? 's' : ''} ${chosen.join(', ')}`;
  const scope = document.querySelector('[data-binder-scope]');
  if (scope) scope.textContent = `${label} only`;
  document.title = document.title.replace(/^Binder: [^|]*/, `Binder: ${label} `);
}
