/**
 * Reveals the copy buttons on code blocks and copies the block's text on click (or Enter/Space, which buttons
 * get for free). The result is announced through one polite live region and shown on the button for a moment.
 */
export function initCodeCopy(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('.code-copy');
  if (buttons.length === 0) return;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  document.body.append(live);
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const code = button.parentElement?.querySelector('pre')?.innerText ?? '';
      let message = 'Copied';
      try {
        await navigator.clipboard.writeText(code.replace(/\n$/, ''));
      } catch {
        message = 'Copy failed: select the code and press Ctrl+C';
      }
      button.textContent = message === 'Copied' ? 'Copied' : 'Copy failed';
      live.textContent = message === 'Copied' ? 'Code copied to the clipboard' : message;
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
  }
}
