import { describe, expect, it } from 'vitest';
import { draftLink, weekDays } from './dashboard-model';
import type { DashboardMeeting } from '../../../types/api';

describe('dashboard', () => {
  it('lays the week out Monday to Sunday with each day\'s meetings', () => {
    const m = (id: string, held_on: string): DashboardMeeting => ({ id, client_id: 'c', first_name: 'A', last_name: 'B', held_on, mode: 'office', minutes: 60, kind: 'individual' });
    const days = weekDays('2026-11-23', [m('1', '2026-11-23'), m('2', '2026-11-29'), m('3', '2026-11-23')]);
    expect(days.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(days[0].meetings.map((x) => x.id)).toEqual(['1', '3']);
    expect(days[6].meetings.map((x) => x.id)).toEqual(['2']);
  });

  it('links every draft to the form it belongs to', () => {
    expect(draftLink('meeting:c1')).toEqual({ to: '/clients/c1/meetings', kind: 'meeting' });
    expect(draftLink('assessment:c1')?.to).toBe('/clients/c1/documents');
    expect(draftLink('goal-edit:c1:g1')?.to).toBe('/clients/c1/plan');
    expect(draftLink('final:p1')).toEqual({ to: '/periods/p1', kind: 'final' });
    expect(draftLink('client-new')?.to).toBe('/clients/new');
    expect(draftLink('unknown')).toBeNull();
  });
});
