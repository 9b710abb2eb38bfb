const key = 'lync-runbook:initials';
const askedKey = 'lync-runbook:initials-asked';

/** The operator's initials for this browser session (sessionStorage: a shared console forgets them on close). */
export function readInitials(): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** Stores the initials, trimmed and upper-cased, and returns what was stored. */
export function writeInitials(value: string): string {
  const initials = value.trim().toUpperCase().slice(0, 8);
  try {
    sessionStorage.setItem(key, initials);
  } catch {
    // Storage refused: the initials still apply to this page view through the returned value.
  }
  return initials;
}

/**
 * Asks for initials the first time a step is ticked in a session, unless they were already given. The native
 * prompt is keyboard operable and read by every screen reader; leaving it empty is a valid answer.
 */
export function askInitialsOnce(): string | undefined {
  try {
    if (readInitials() || sessionStorage.getItem(askedKey)) return undefined;
    sessionStorage.setItem(askedKey, '1');
  } catch {
    return undefined;
  }
  const answer = window.prompt('Your initials, recorded with each step you tick (optional):', '');
  return answer === null ? undefined : writeInitials(answer);
}
