// Stage guidance on the dashboard (issue 8): My clients filtered by phase with a count per
// filter, active first; a draft named by its form and client; "Review goal" leads to the goal.
import { describe, expect, it } from 'vitest';
import { PHASE_FILTERS, clientsShown, draftEntry, draftLink, parsePhaseFilter, phaseCounts, reviewGoalLink } from './dashboard-model';
import type { DashboardClientRow, DashboardDraft, Phase } from './dashboard-model';

const client = (id: string, phase: Phase): DashboardClientRow => ({
  id,
  first_name: 'A',
  last_name: id,
  phase,
  period_id: null,
  deadline: null,
  key_worker: false,
  last_contact: null,
  next_meeting: null,
});

// In the server's order (nearest deadline first, then by name) — mixed phases.
const clients = [
  client('ended1', 'ended'),
  client('work1', 'working'),
  client('denied1', 'denied'),
  client('wait1', 'decision'),
  client('start1', 'start'),
  client('ref1', 'referral'),
  client('close1', 'closing'),
  client('work2', 'working'),
  client('decided1', 'decided'),
  client('assess1', 'assessment'),
  client('ended2', 'ended'),
];

describe('My clients by phase', () => {
  it('shows everyone by default, active first, each phase in the server order', () => {
    expect(clientsShown(clients, 'all').map((c) => c.id)).toEqual([
      'start1',
      'work1',
      'work2',
      'close1',
      'wait1',
      'assess1',
      'ref1',
      'decided1',
      'denied1',
      'ended1',
      'ended2',
    ]);
  });

  it('filters to the active ones, to those awaiting a decision, to the ended and to the denied', () => {
    expect(clientsShown(clients, 'active').map((c) => c.id)).toEqual(['start1', 'work1', 'work2', 'close1']);
    expect(clientsShown(clients, 'decision').map((c) => c.id)).toEqual(['wait1']);
    expect(clientsShown(clients, 'ended').map((c) => c.id)).toEqual(['ended1', 'ended2']);
    expect(clientsShown(clients, 'denied').map((c) => c.id)).toEqual(['denied1']);
  });

  it('counts the clients of every filter, and every client is in exactly one phase filter', () => {
    const counts = phaseCounts(clients);
    expect(counts).toEqual({ all: 11, active: 4, decision: 1, assessment: 1, referral: 1, decided: 1, denied: 1, ended: 2 });
    const perPhase = PHASE_FILTERS.filter((f) => f !== 'all').reduce((n, f) => n + counts[f], 0);
    expect(perPhase).toBe(counts.all);
    expect(phaseCounts([])).toEqual({ all: 0, active: 0, decision: 0, assessment: 0, referral: 0, decided: 0, denied: 0, ended: 0 });
  });

  it('reads the filter from the URL, falling back to all', () => {
    expect(parsePhaseFilter('ended')).toBe('ended');
    expect(parsePhaseFilter('working')).toBe('all'); // a period phase is under "active"
    expect(parsePhaseFilter('<script>')).toBe('all');
    expect(parsePhaseFilter(null)).toBe('all');
  });
});

describe('drafts and goals on the dashboard', () => {
  const draft = (key: string, form: DashboardDraft['form'], named: boolean): DashboardDraft => ({
    key,
    updated_at: '2026-11-24T10:00:00.000Z',
    form,
    client: named ? { id: 'c1', first_name: 'Matti', last_name: 'Meikäläinen' } : null,
  });

  it('names the form and the client, and links to that form for that client', () => {
    expect(draftEntry(draft('meeting:c1', 'meeting', true))).toEqual({ to: '/clients/c1/meetings', kind: 'meeting', client: 'Matti Meikäläinen' });
    expect(draftEntry(draft('final:p1', 'final', true))).toEqual({ to: '/periods/p1', kind: 'final', client: 'Matti Meikäläinen' });
  });

  it('leaves a client the server did not name unnamed, and a key of no known form a plain draft', () => {
    expect(draftEntry(draft('meeting:c9', 'meeting', false))).toEqual({ to: '/clients/c9/meetings', kind: 'meeting', client: null });
    expect(draftEntry(draft('client-new', 'client', false))).toEqual({ to: '/clients/new', kind: 'client', client: null });
    expect(draftEntry(draft('whatever', null, false))).toEqual({ to: null, kind: 'other', client: null });
  });

  it('opens the plan at the goal for "Review goal" and for a review draft', () => {
    expect(reviewGoalLink('c 1', 'g/1')).toBe('/clients/c%201/plan?goal=g%2F1');
    expect(draftLink('review:c1:g1')).toEqual({ to: '/clients/c1/plan?goal=g1', kind: 'review' });
  });
});
