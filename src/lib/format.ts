import type { GuideData } from '../schemas/guide.ts';

/** `{ min: 2, max: 4, unit: 'hours' }` → `2–4 hours`; equal bounds print once, singular when 1. */
export function formatDuration({ min, max, unit }: GuideData['duration']): string {
  const label = max === 1 ? unit.replace(/s$/, '') : unit;
  return min === max ? `${min} ${label}` : `${min}–${max} ${label}`;
}

const downtimeText: Record<GuideData['downtime'], string> = {
  none: 'None: users are not affected',
  partial: 'Partial: some users or features are interrupted',
  full: 'Full: the service is unavailable during the work',
};

/** Human wording for the downtime level, used on screen, on paper and in search metadata. */
export function formatDowntime(level: GuideData['downtime']): string {
  return downtimeText[level];
}

// One formatter for the whole build: creating one per call costs more than the page it dates.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Dates as `25 November 2026`, unambiguous for readers on either side of the Atlantic. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** Sidebar and prev/next label: phases get their number in front, other pages their title. */
export function shortTitle(data: GuideData): string {
  return data.title.replace(/^Phase \d+:\s*/, '');
}
