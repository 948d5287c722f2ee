// Corrections on the web at their edges: the reason's length (characters, not bytes; trimmed), a
// saved record turned back into its form and into the correction payload (with version and
// reason), the same-day notice (the date as typed, the corrected meeting left out) and the open
// period check.
import { describe, expect, it } from 'vitest';
import type { Consent, Meeting, NetworkMember, Referral } from '../../../types/api';
import {
  REASON_MAX,
  consentValuesOf,
  fieldText,
  memberValuesOf,
  referralValuesOf,
  toAddendum,
  validateConsentCorrection,
  validateMemberCorrection,
  validateReferralCorrection as checkReferral,
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

describe('the other records turned back into their correction forms', () => {
  it('a referral: its own reason as referral_reason, the date as typed, no correction reason yet', () => {
    const r = { id: 'r1', source: 'te_services', reason: 'Työkyvyn selvittely', received_on: '2026-09-03' } as Referral;
    expect(referralValuesOf(r)).toEqual({ source: 'te_services', referral_reason: 'Työkyvyn selvittely', received_on: '3.9.2026', reason: '' });
  });
  it('a network member and a consent', () => {
    const m = { id: 'n1', organisation_type: 'kela', name: 'Kela Seinäjoki', role: 'Etuudet', contact: '020 692 204' } as NetworkMember;
    expect(memberValuesOf(m)).toEqual({ organisation_type: 'kela', name: 'Kela Seinäjoki', role: 'Etuudet', contact: '020 692 204', reason: '' });
    const c = { id: 'k1', scope: 'Tiedot Kelalle', given_on: '2026-10-01' } as Consent;
    expect(consentValuesOf(c)).toEqual({ scope: 'Tiedot Kelalle', given_on: '1.10.2026', reason: '' });
  });
});

describe('member and consent corrections are checked field by field', () => {
  const member = { organisation_type: 'kela', name: 'Kela', role: 'Etuudet', contact: '', reason: 'Nimi väärin' };
  it('a member needs a known type, a name, a role and a reason; the contact may be empty', () => {
    expect(validateMemberCorrection(member)).toEqual({ organisation_type: undefined, name: undefined, role: undefined, reason: undefined });
    expect(validateMemberCorrection({ ...member, organisation_type: 'mars', name: ' ', role: '', reason: '' })).toEqual({
      organisation_type: 'form.required',
      name: 'form.required',
      role: 'form.required',
      reason: 'path.correct.errors.reasonRequired',
    });
  });
  it('a consent needs its scope, a real date and a reason', () => {
    expect(validateConsentCorrection({ scope: 'Kela', given_on: '1.10.2026', reason: 'Päivä väärin' })).toEqual({ scope: undefined, given_on: undefined, reason: undefined });
    const bad = validateConsentCorrection({ scope: '  ', given_on: '31.2.2026', reason: 'ab' });
    expect(bad.scope).toBe('form.required');
    expect(bad.given_on).toBeDefined();
    expect(bad.reason).toBe('path.correct.errors.reasonShort');
    expect(validateConsentCorrection({ scope: 'Kela', given_on: '', reason: 'Päivä väärin' }).given_on).toBeDefined();
  });
});

describe('an addendum and an earlier wording', () => {
  it('an addendum is sent trimmed', () => {
    expect(toAddendum({ text: '  Lisäys.\n', reason: ' Puuttui ' })).toEqual({ text: 'Lisäys.', reason: 'Puuttui' });
  });
  it('a field of an earlier wording is text: strings as they are, numbers written out, anything else empty', () => {
    const fields = { note: 'Kävimme', minutes: 45, tasks: ['a'], none: null };
    expect(fieldText(fields, 'note')).toBe('Kävimme');
    expect(fieldText(fields, 'minutes')).toBe('45');
    expect(fieldText(fields, 'tasks')).toBe('');
    expect(fieldText(fields, 'none')).toBe('');
    expect(fieldText(fields, 'missing')).toBe('');
  });
});

describe('what the correction forms let through, at the edges', () => {
  it('a network meeting keeps its kind and participants one per line; unknown contents are dropped', () => {
    const v = meetingValuesOf({ ...meeting, kind: 'network', participants: ['Kela', 'TE-palvelut'], contents: ['errands', 'no-such-content' as Meeting['contents'][number]] });
    expect(v.kind).toBe('network');
    expect(v.participants).toBe('Kela\nTE-palvelut');
    expect(v.contents).toEqual(['errands']);
    expect(meetingValuesOf({ ...meeting, kind: 'individual' }).kind).toBe('individual');
  });
  it('a referral needs a known source and a date; the payload names a bad source and sends no bad date', () => {
    const ok = { source: 'te_services', referral_reason: 'Syy', received_on: '3.9.2026', reason: 'Päivä väärin' };
    expect(checkReferral({ ...ok, source: 'mars' }).source).toBe('form.required');
    expect(checkReferral({ ...ok, received_on: '' }).received_on).toBeDefined();
    expect(() => toReferralCorrection({ ...ok, source: 'mars' }, 1)).toThrow(/referral source/);
    expect(toReferralCorrection({ ...ok, received_on: 'eilen' }, 1).received_on).toBe('');
  });
  it('blank text is no text: the role of a member, an addendum', () => {
    expect(validateMemberCorrection({ organisation_type: 'kela', name: 'Kela', role: '   ', contact: '', reason: 'Rooli' }).role).toBe('form.required');
    expect(validateAddendum({ text: '   ', reason: 'Puuttui' }).text).toBe('form.required');
  });
  it('a member payload names a bad type; a consent payload is trimmed and sends no bad date', () => {
    expect(() => toMemberCorrection({ organisation_type: 'mars', name: 'N', role: 'R', contact: '', reason: 'Syy' }, 2)).toThrow(/organisation type/);
    expect(toConsentCorrection({ scope: ' Kela ', given_on: '31.2.2026', reason: ' Päivä ' }, 3)).toEqual({ version: 3, reason: 'Päivä', scope: 'Kela', given_on: '' });
  });
});
