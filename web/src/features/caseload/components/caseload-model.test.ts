import { describe, expect, it } from 'vitest';
import { caseloadParams, flagsOf, NO_FILTER, phaseColumns, totals } from './caseload-model';
import type { CaseloadSummary } from '../../../types/api';

const ORDER = ['referral', 'assessment', 'decision', 'decided', 'start', 'working', 'closing', 'ended'];

const summary: CaseloadSummary[] = [
  { key_worker: { id: 'a', display_name: 'Aino' }, phases: { working: 3, start: 1 }, total: 4, deadline_soon: 1, no_contact: 2 },
  { key_worker: null, phases: { referral: 2, working: 1 }, total: 3, deadline_soon: 0, no_contact: 1 },
];

describe('caseload model', () => {
  it('sends only the filters that are set', () => {
    expect(caseloadParams(NO_FILTER)).toEqual({});
    expect(caseloadParams({ unit: 'u1', worker: '', phase: 'working' })).toEqual({ unit: 'u1', phase: 'working' });
    expect(caseloadParams({ unit: '', worker: 'none', phase: '' })).toEqual({ worker: 'none' });
  });

  it('shows the phases that have clients, in the code list order', () => {
    expect(phaseColumns(summary, ORDER)).toEqual(['referral', 'start', 'working']);
    expect(phaseColumns([], ORDER)).toEqual([]);
    // A phase the list does not know yet still gets a column, after the known ones.
    expect(phaseColumns([{ ...summary[0], phases: { zeta: 1, working: 1 } }], ORDER)).toEqual(['working', 'zeta']);
  });

  it('sums every worker into the totals row', () => {
    expect(totals(summary)).toEqual({
      phases: { working: 4, start: 1, referral: 2 },
      total: 7,
      deadline_soon: 1,
      no_contact: 3,
    });
    expect(totals([])).toEqual({ phases: {}, total: 0, deadline_soon: 0, no_contact: 0 });
  });

  it('lists a client\'s flags, the deadline first', () => {
    expect(flagsOf({ deadline_soon: true, no_contact: true })).toEqual(['deadlineSoon', 'noContact']);
    expect(flagsOf({ deadline_soon: false, no_contact: true })).toEqual(['noContact']);
    expect(flagsOf({ deadline_soon: false, no_contact: false })).toEqual([]);
  });
});
