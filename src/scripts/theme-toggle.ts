const KEY = 'lync-runbook-theme';

/** Effective theme: the stored choice if any, else the system preference. */
function currentTheme(): 'light' | 'dark' {
  const stored = document.documentElement.dataset['theme'];
  if (stored === 'light' || stored === 'dark') return stored;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Wires the header's dark-mode button: it shows the effective theme via `aria-pressed`, and a click stores the
 * opposite choice. Until someone clicks, the page follows the system setting (see public/theme-init.js).
 */
export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (!button) return;
  const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  button.hidden = false;
  sync();
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
    sync();
  });
}
