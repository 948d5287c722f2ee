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
  const goal = key.split(':')[2];
  if (kind === 'review' && goal) return { to: reviewGoalLink(a, goal), kind };
  if (Object.hasOwn(tab, kind)) return { to: `/clients/${encodeURIComponent(a)}/${tab[kind]}`, kind };
  if (kind === 'final' || kind === 'extension') return { to: `/periods/${encodeURIComponent(a)}`, kind };
  return null;
}

// ---- My clients by phase (client_phase codes) ----------------------------------------------------

export type DashboardClientRow = Dashboard['clients'][number];
export type Phase = DashboardClientRow['phase'];

/** The phases of a service period in progress: "active". */
export const ACTIVE_PHASES: readonly Phase[] = ['start', 'working', 'closing'];
/** The order of My clients: active first, then the steps before a decision (the one awaited
 * first), then the ones after (decided, denied, ended). */
export const PHASE_ORDER: readonly Phase[] = ['start', 'working', 'closing', 'decision', 'assessment', 'referral', 'decided', 'denied', 'ended'];

/** A filter of My clients: everyone, the active ones, or one phase. */
export type PhaseFilter = 'all' | 'active' | Exclude<Phase, 'start' | 'working' | 'closing'>;
export const PHASE_FILTERS: readonly PhaseFilter[] = ['all', 'active', 'decision', 'assessment', 'referral', 'decided', 'denied', 'ended'];

export function inFilter(phase: Phase, filter: PhaseFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'active') return ACTIVE_PHASES.includes(phase);
  return phase === filter;
}

/** How many clients each filter shows. */
export function phaseCounts(clients: readonly DashboardClientRow[]): Record<PhaseFilter, number> {
  const out = Object.fromEntries(PHASE_FILTERS.map((f) => [f, 0])) as Record<PhaseFilter, number>;
  for (const c of clients) for (const f of PHASE_FILTERS) if (inFilter(c.phase, f)) out[f] += 1;
  return out;
}

/** The clients `filter` shows, active first (PHASE_ORDER); within a phase in the server's order
 * (nearest deadline first, then by name). */
export function clientsShown(clients: readonly DashboardClientRow[], filter: PhaseFilter): DashboardClientRow[] {
  const rank = (p: Phase) => {
    const i = PHASE_ORDER.indexOf(p);
    return i < 0 ? PHASE_ORDER.length : i;
  };
  return clients
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => inFilter(c.phase, filter))
    .sort((a, b) => rank(a.c.phase) - rank(b.c.phase) || a.i - b.i)
    .map(({ c }) => c);
}

/** A filter from the URL (`?phase=`): a known one, else all. */
export function parsePhaseFilter(v: string | null | undefined): PhaseFilter {
  return (PHASE_FILTERS as readonly string[]).includes(v ?? '') ? (v as PhaseFilter) : 'all';
}

// ---- Drafts and goals ----------------------------------------------------------------------------

export type DashboardDraft = Dashboard['drafts'][number];

/** A draft's link: the form's page for its client (or period), with the client's name when the
 * server named them. */
export function draftEntry(d: DashboardDraft): { to: string | null; kind: string; client: string | null } {
  const link = draftLink(d.key);
  const kind = d.form ?? link?.kind ?? 'other';
  const client = d.client ? `${d.client.first_name} ${d.client.last_name}` : null;
  const to = link?.to ?? null;
  return { to, kind, client };
}

/** The plan tab at one goal, its review form open. */
export function reviewGoalLink(clientId: string, goalId: string): string {
  return `/clients/${encodeURIComponent(clientId)}/plan?goal=${encodeURIComponent(goalId)}`;
}
