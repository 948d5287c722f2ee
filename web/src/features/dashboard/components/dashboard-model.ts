// Pure helpers of the dashboard: the week as seven days (Mon–Sun) with their meetings, and where
// an unfinished draft is resumed.
import { isoOf } from '../../../lib/dates';
import type { Dashboard } from '../../../types/api';

export type WeekMeeting = Dashboard['week']['meetings'][number];

export function weekDays(from: string, meetings: WeekMeeting[]): { date: string; meetings: WeekMeeting[] }[] {
  const [y, m, d] = from.split('-').map(Number);
  return Array.from({ length: 7 }, (_, i) => {
    const date = isoOf(new Date(y, m - 1, d + i));
    return { date, meetings: meetings.filter((x) => x.held_on === date) };
  });
}

/** "goal:<clientId>" etc. → the page where that form is. */
export function draftLink(key: string): { to: string; kind: string } | null {
  if (key === 'client-new') return { to: '/clients/new', kind: 'client' };
  const [kind, a] = key.split(':');
  if (!a) return null;
  const tab: Record<string, string> = {
    referral: 'documents',
    assessment: 'documents',
    decision: 'documents',
    goal: 'plan',
    'goal-edit': 'plan',
    review: 'plan',
    meeting: 'meetings',
    network: 'network',
  };
  if (Object.hasOwn(tab, kind)) return { to: `/clients/${encodeURIComponent(a)}/${tab[kind]}`, kind };
  if (kind === 'final' || kind === 'extension') return { to: `/periods/${encodeURIComponent(a)}`, kind };
  return null;
}
