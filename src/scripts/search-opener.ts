/**
 * Opens the search dialog from the header button, Ctrl+K / Cmd+K and `/`, and loads the search code on first
 * use. Focus goes back to whatever had it before the dialog opened.
 */
export function initSearchOpener(): void {
  const button = document.querySelector<HTMLButtonElement>('.search-button');
  const dialog = document.querySelector<HTMLDialogElement>('.search-dialog');
  if (!button || !dialog) return;
  button.hidden = false;
  let returnTo: HTMLElement | null = null;
  let ui: Promise<{ attachSearch(d: HTMLDialogElement): void }> | undefined;

  const open = async () => {
    if (dialog.open) return;
    returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : button;
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('#search-input')?.focus();
    if (!ui) {
      ui = import('./search-ui.ts');
      (await ui).attachSearch(dialog);
    }
  };

  button.addEventListener('click', () => void open());
  dialog.querySelector('.search-close')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself, outside the panel.
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
  dialog.addEventListener('close', () => returnTo?.focus());
  // In a search field Chromium spends the first Escape on clearing the text; the dialog should close at once.
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
    }
  });
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
    if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void open();
    } else if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      void open();
    }
  });
}
