// Every kind of draft key leads to the page of its form, with the id encoded; a key of an unknown
// kind or without an id leads nowhere. The week starts on the given day and runs seven days
// across a month's end.
import { describe, expect, it } from 'vitest';
import { draftLink, weekDays } from './dashboard-model';

describe('draftLink', () => {
  it('leads each kind of draft to its tab', () => {
    const tabs: [string, string][] = [
      ['referral', 'documents'],
      ['assessment', 'documents'],
      ['decision', 'documents'],
      ['goal', 'plan'],
      ['goal-edit', 'plan'],
      ['review', 'plan'],
      ['meeting', 'meetings'],
      ['network', 'network'],
    ];
    for (const [kind, tab] of tabs) expect(draftLink(`${kind}:c1`)).toEqual({ to: `/clients/c1/${tab}`, kind });
    expect(draftLink('final:p1')).toEqual({ to: '/periods/p1', kind: 'final' });
    expect(draftLink('extension:p1')).toEqual({ to: '/periods/p1', kind: 'extension' });
    expect(draftLink('client-new')).toEqual({ to: '/clients/new', kind: 'client' });
  });

  it('encodes the id and leads nowhere without one or for an unknown kind', () => {
    expect(draftLink('goal:a/b')?.to).toBe('/clients/a%2Fb/plan');
    expect(draftLink('final:a/b')?.to).toBe('/periods/a%2Fb');
    expect(draftLink('goal:')).toBeNull();
    expect(draftLink('final')).toBeNull();
    expect(draftLink('extension:')).toBeNull();
    expect(draftLink('client-edit:c1')).toBeNull();
    expect(draftLink('toString:c1')).toBeNull();
    expect(draftLink('')).toBeNull();
  });
});

describe('weekDays', () => {
  it('runs seven days from the given one, across a month and a year', () => {
    const days = weekDays('2026-12-28', []);
    expect(days.map((d) => d.date)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(days.every((d) => d.meetings.length === 0)).toBe(true);
  });
});
