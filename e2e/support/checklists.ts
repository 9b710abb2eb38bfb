import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** Phase 4, the phase the "done when" of the checklists is written against, relative to the site base. */
export const phase4 = 'phase-4-move-test-users-to-the-pilot-pool/';

/** Answers the once-per-session initials prompt; confirms (or refuses) the reset question. */
export function answerDialogs(page: Page, { initials = 'TN', confirm = true } = {}): void {
  page.on('dialog', (dialog) => void (dialog.type() === 'prompt' ? dialog.accept(initials) : confirm ? dialog.accept() : dialog.dismiss()));
}

/** Clicks an export button, saves the file it downloads to `path` and returns its text. */
export async function download(page: Page, button: string, path: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  await file.saveAs(path);
  return readFile(path, 'utf8');
}
