/**
 * Prints the page as a progress record: ticks with their times and initials, a label saying what the paper
 * is and when it was printed. The class on `<html>` switches print.css into progress mode for this print only,
 * so Ctrl+P still gives clean empty boxes for the binder.
 */
export function printProgress(label: HTMLElement, summary: string): void {
  const root = document.documentElement;
  const printed = new Date().toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  label.textContent = `Progress record, printed ${printed}. ${summary}. Guide revision ${root.dataset['revision'] ?? 'unknown'}.`;
  label.hidden = false;
  root.classList.add('print-progress');
  const done = () => {
    root.classList.remove('print-progress');
    label.hidden = true;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
