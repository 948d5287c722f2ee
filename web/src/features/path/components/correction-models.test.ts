// Corrections on the web at their edges: the reason's length (characters, not bytes; trimmed), a
// saved record turned back into its form and into the correction payload (with version and
// reason), the same-day notice (the date as typed, the corrected meeting left out) and the open
// period check.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../types/api';
import {
  REASON_MAX,
  hasOpenPeriod,
  meetingValuesOf,
  meetingsOnDate,
  reasonProblem,
  toConsentCorrection,
  toMeetingCorrection,
  toMemberCorrection,
  toReferralCorrection,
  validateAddendum,
  validateReferralCorrection,
} from './correction-models';

const meeting: Meeting = {
  id: 'm1',
  client_id: 'c1',
  period_id: null,
  held_on: '2026-10-05',
  minutes: 60,
  mode: 'office',
  contents: ['errands'],
  statutory_item: 'coaching',
  tasks: ['Soita Kelaan', 'Varaa aika'],
  note: 'Kävimme Kelassa.',
  kind: 'individual',
  participants: [],
  created_by: 'u1',
  created_by_name: 'Demo',
  created_at: '2026-10-05T10:00:00Z',
  version: 1,
  corrected: false,
  same_day: [],
};

describe('reasonProblem', () => {
  it('requires a reason of three characters after trimming', () => {
    expect(reasonProblem('')).toBe('path.correct.errors.reasonRequired');
    expect(reasonProblem('   ')).toBe('path.correct.errors.reasonRequired');
    expect(reasonProblem(' ab ')).toBe('path.correct.errors.reasonShort');
    expect(reasonProblem('abc')).toBeUndefined();
    expect(reasonProblem('ää')).toBe('path.correct.errors.reasonShort');
    expect(reasonProblem('äää')).toBeUndefined();
  });
  it('counts the upper limit in bytes, like the server', () => {
    expect(reasonProblem('a'.repeat(REASON_MAX))).toBeUndefined();
    expect(reasonProblem('a'.repeat(REASON_MAX + 1))).toBe('path.correct.errors.reasonLong');
    expect(reasonProblem('ä'.repeat(REASON_MAX / 2 + 1))).toBe('path.correct.errors.reasonLong');
  });
});

describe('meeting corrections', () => {
  it('prefill the form from the saved meeting and send it back with version and reason', () => {
    const v = meetingValuesOf(meeting);
    expect(v).toEqual({
      held_on: '5.10.2026',
      minutes: '60',
      mode: 'office',
      contents: ['errands'],
      statutory_item: 'coaching',
      tasks: 'Soita Kelaan\nVaraa aika',
      note: 'Kävimme Kelassa.',
      kind: 'individual',
      participants: '',
    });
    expect(toMeetingCorrection({ ...v, note: ' Kävimme TE-toimistossa. ', reason: ' Väärä paikka ' }, 3)).toEqual({
      held_on: '2026-10-05',
      minutes: 60,
      mode: 'office',
      contents: ['errands'],
      statutory_item: 'coaching',
      tasks: ['Soita Kelaan', 'Varaa aika'],
      note: 'Kävimme TE-toimistossa.',
      kind: 'individual',
      participants: [],
      version: 3,
      reason: 'Väärä paikka',
    });
  });
  it('notice the other meetings on the date typed, not the one being corrected', () => {
    const ms = [meeting, { ...meeting, id: 'm2' }, { ...meeting, id: 'm3', held_on: '2026-10-06' }];
    expect(meetingsOnDate(ms, '5.10.2026').map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(meetingsOnDate(ms, '2026-10-05', 'm1').map((m) => m.id)).toEqual(['m2']);
    expect(meetingsOnDate(ms, '7.10.2026')).toEqual([]);
    expect(meetingsOnDate(ms, '31.2.2026')).toEqual([]); // not a date: no notice
    expect(meetingsOnDate([], '5.10.2026')).toEqual([]);
  });
  it('know whether a period is open', () => {
    expect(hasOpenPeriod([])).toBe(false);
    expect(hasOpenPeriod([{ status: 'closed' }])).toBe(false);
    expect(hasOpenPeriod([{ status: 'closed' }, { status: 'open' }])).toBe(true);
  });
});

describe('other corrections', () => {
  it('send a referral reason as referral_reason and the correction reason as reason', () => {
    const v = { source: 'self', referral_reason: ' Yksinäisyys ', received_on: '1.10.2026', reason: ' Lähde väärin ' };
    expect(validateReferralCorrection(v)).toEqual({ source: undefined, referral_reason: undefined, received_on: undefined, reason: undefined });
    expect(validateReferralCorrection({ ...v, referral_reason: ' ', reason: '' })).toMatchObject({
      referral_reason: 'form.required',
      reason: 'path.correct.errors.reasonRequired',
    });
    expect(toReferralCorrection(v, 1)).toEqual({ version: 1, reason: 'Lähde väärin', source: 'self', referral_reason: 'Yksinäisyys', received_on: '2026-10-01' });
  });
  it('trim a member and a consent correction', () => {
    expect(toMemberCorrection({ organisation_type: 'kela', name: ' Kela ', role: ' Käsittelijä ', contact: ' ', reason: ' Nimike ' }, 2)).toEqual({
      version: 2,
      reason: 'Nimike',
      organisation_type: 'kela',
      name: 'Kela',
      role: 'Käsittelijä',
      contact: '',
    });
    expect(toConsentCorrection({ scope: ' Etuudet ', given_on: '1.10.2026', reason: 'Laajuus' }, 1)).toEqual({
      version: 1,
      reason: 'Laajuus',
      scope: 'Etuudet',
      given_on: '2026-10-01',
    });
  });
  it('require an addendum text and reason', () => {
    expect(validateAddendum({ text: '', reason: 'x' })).toEqual({ text: 'form.required', reason: 'path.correct.errors.reasonShort' });
    expect(validateAddendum({ text: 'Lisäys', reason: 'Uutta tietoa' })).toEqual({ text: undefined, reason: undefined });
  });
});
