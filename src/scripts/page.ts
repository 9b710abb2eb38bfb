import { initThemeToggle } from './theme-toggle.ts';
import { initSearchOpener } from './search-opener.ts';
import { initCodeCopy } from './code-copy.ts';
import { initSearchHighlight } from './search-highlight.ts';
import { initChecklist } from './checklist.ts';
import { initChecklistSidebar } from './checklist-sidebar.ts';
import { initGlossaryPopovers } from './glossary-popover.ts';
import { initPrintDate } from './print-date.ts';
import { initOfflineWorker } from './offline-worker.ts';
import { initBinderSelection } from './binder-select.ts';

/**
 * The one script every page loads before interaction. Components used to carry a `<script>` each, which Astro
 * emits as one file per component: three requests where one does (the page-weight budget allows three in all,
 * with the stylesheet and theme-init.js). Each init is a no-op on pages without its elements; anything heavy
 * (the search UI, Pagefind) is imported on first use from inside these.
 */
export function initPage(): void {
  initThemeToggle();
  initSearchOpener();
  initCodeCopy();
  initSearchHighlight();
  initGlossaryPopovers();
  initChecklist();
  initChecklistSidebar();
  initPrintDate();
  // Only a build writes sw.js; under `astro dev` registering it would 404 and could cache stale dev files.
  if (!import.meta.env.DEV) initOfflineWorker();
  initBinderSelection();
}
