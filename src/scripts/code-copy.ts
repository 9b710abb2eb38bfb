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
    button.addEventListener('click', () => void copy(button, live));
  }
}

async function copy(button: HTMLButtonElement, live: HTMLElement): Promise<void> {
  const code = button.parentElement?.querySelector('pre')?.innerText ?? '';
  try {
    await navigator.clipboard.writeText(code.replace(/\n$/, ''));
    button.textContent = 'Copied';
    live.textContent = 'Code copied to the clipboard';
  } catch {
    // Clipboard access can be refused (insecure origin, permissions); say how to do it by hand.
    button.textContent = 'Copy failed';
    live.textContent = 'Copy failed: select the code and press Ctrl+C';
  }
  setTimeout(() => (button.textContent = 'Copy'), 2000);
}
