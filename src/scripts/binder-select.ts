import { parsePhaseList } from '../lib/binder.ts';
import { cssString } from '../lib/print-page.ts';

/**
 * `/binder/?phases=4,6` (or the form's `?phases=4&phases=6`): keeps only those phases in the binder, their
 * contents entries, and names the selection on the cover and in the running header of the cover and contents
 * sheets, so what prints is exactly what was asked for. Unknown numbers are reported and the rest of the
 * selection still applies.
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
  const subtitle = document.querySelector('.binder-subtitle');
  if (subtitle) subtitle.textContent = label;
  // Margin boxes cannot read the page, so the header is a rule. Added through the CSSOM: the CSP allows the
  // shipped <style> by the hash of its text, and new text would be blocked. Named pages keep their own header.
  const pageRules = document.querySelector<HTMLStyleElement>('style[data-print-page]')?.sheet;
  pageRules?.insertRule(`@page { @top-right { content: ${cssString(label)}; } }`, pageRules.cssRules.length);
  document.title = document.title.replace(/^Binder: [^|]*/, `Binder: ${label} `);
}
