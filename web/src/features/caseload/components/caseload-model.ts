// The caseload view's logic, apart from the page: the query the filters make, the phase columns
// of the summary (in the code list's order, only those with clients), the totals row, and the
// flags a client carries.
import type { CaseloadItem, CaseloadSummary } from '../../../types/api';

/** '' = every unit / worker / phase; 'none' = without a unit / key worker. */
export interface CaseloadFilter {
  unit: string;
  worker: string;
  phase: string;
}

export const NO_FILTER: CaseloadFilter = { unit: '', worker: '', phase: '' };

/** The query parameters of GET /caseload (empty filters are not sent). */
export function caseloadParams(filter: CaseloadFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['unit', 'worker', 'phase'] as const) {
    if (filter[key]) out[key] = filter[key];
  }
  return out;
}

/** The phases that have clients in the summary, in `order` (the client_phase code list). */
export function phaseColumns(summary: readonly CaseloadSummary[], order: readonly string[]): string[] {
  const present = new Set(summary.flatMap((s) => Object.keys(s.phases)));
  const known = order.filter((p) => present.has(p));
  const unknown = [...present].filter((p) => !order.includes(p)).sort();
  return [...known, ...unknown];
}

export interface Totals {
  phases: Record<string, number>;
  total: number;
  deadline_soon: number;
  no_contact: number;
}

/** The sums over every worker of the summary. */
export function totals(summary: readonly CaseloadSummary[]): Totals {
  const out: Totals = { phases: {}, total: 0, deadline_soon: 0, no_contact: 0 };
  for (const s of summary) {
    for (const [phase, n] of Object.entries(s.phases)) out.phases[phase] = (out.phases[phase] ?? 0) + n;
    out.total += s.total;
    out.deadline_soon += s.deadline_soon;
    out.no_contact += s.no_contact;
  }
  return out;
}

export type Flag = 'deadlineSoon' | 'noContact';

/** The flags of one client, most urgent first. */
export function flagsOf(item: Pick<CaseloadItem, 'deadline_soon' | 'no_contact'>): Flag[] {
  const out: Flag[] = [];
  if (item.deadline_soon) out.push('deadlineSoon');
  if (item.no_contact) out.push('noContact');
  return out;
}
