// Corrections with history, on the web: the reason a correction needs (the server's rule: at least
// three characters after trimming, at most 1000 bytes — a hint here, the server decides), the
// forms prefilled from a saved record, the correction payloads, the same-day notice for meetings
// and whether the client has an open service period.
import { dateProblem, fromInputDate, toInputDate } from '../../../lib/dates';
import { MEETING_CONTENT_VALUES, ORGANISATION_TYPE_VALUES, REFERRAL_SOURCE_VALUES, isOneOf, oneOf } from '../../../types/api';
import type { Consent, Meeting, NetworkMember, Period, Referral } from '../../../types/api';
import { toMeetingInput } from './path-models';
import type { Errors, MeetingValues } from './path-models';

export const REASON_MIN = 3;
export const REASON_MAX = 1000;

/** The i18n key of the problem with a correction's (or an addendum's) reason, if any. */
export function reasonProblem(reason: string): string | undefined {
  const r = reason.trim();
  if (!r) return 'path.correct.errors.reasonRequired';
  if ([...r].length < REASON_MIN) return 'path.correct.errors.reasonShort';
  if (new TextEncoder().encode(r).length > REASON_MAX) return 'path.correct.errors.reasonLong';
  return undefined;
}

// ---- meetings

/** A saved meeting as the meeting form's values (dates as the form shows them). */
export const meetingValuesOf = (m: Meeting): MeetingValues => ({
  held_on: toInputDate(m.held_on),
  minutes: String(m.minutes),
  mode: m.mode,
  contents: m.contents.filter((c) => isOneOf(MEETING_CONTENT_VALUES, c)),
  statutory_item: m.statutory_item,
  tasks: m.tasks.join('\n'),
  note: m.note,
  kind: m.kind === 'network' ? 'network' : 'individual',
  participants: m.participants.join('\n'),
});

export type MeetingCorrectionValues = MeetingValues & { reason: string };

export const toMeetingCorrection = (v: MeetingCorrectionValues, version: number) => ({
  ...toMeetingInput(v),
  version,
  reason: v.reason.trim(),
});

/**
 * The client's other meetings on the date typed into the form (d.M.yyyy or ISO), leaving out the
 * meeting being corrected: a second meeting on one day is worth a warning before saving.
 */
export function meetingsOnDate<M extends Pick<Meeting, 'id' | 'held_on'>>(meetings: readonly M[], date: string, exceptId?: string): M[] {
  const iso = fromInputDate(date);
  if (!iso) return [];
  return meetings.filter((m) => m.held_on === iso && m.id !== exceptId);
}

/** Whether one of the client's service periods is open (a meeting then belongs to it). */
export const hasOpenPeriod = (periods: readonly Pick<Period, 'status'>[]) => periods.some((p) => p.status === 'open');

// ---- referrals
export interface ReferralCorrectionValues {
  source: string;
  referral_reason: string;
  received_on: string;
  reason: string;
}
export const referralValuesOf = (r: Referral): ReferralCorrectionValues => ({
  source: r.source,
  referral_reason: r.reason,
  received_on: toInputDate(r.received_on),
  reason: '',
});
export const validateReferralCorrection = (v: ReferralCorrectionValues): Errors => ({
  source: isOneOf(REFERRAL_SOURCE_VALUES, v.source) ? undefined : 'form.required',
  referral_reason: v.referral_reason.trim() ? undefined : 'form.required',
  received_on: dateProblem(v.received_on, true),
  reason: reasonProblem(v.reason),
});
export const toReferralCorrection = (v: ReferralCorrectionValues, version: number) => ({
  version,
  reason: v.reason.trim(),
  source: oneOf(REFERRAL_SOURCE_VALUES, v.source, 'referral source'),
  referral_reason: v.referral_reason.trim(),
  received_on: fromInputDate(v.received_on) ?? '',
});

// ---- network members
export interface MemberCorrectionValues {
  organisation_type: string;
  name: string;
  role: string;
  contact: string;
  reason: string;
}
export const memberValuesOf = (m: NetworkMember): MemberCorrectionValues => ({
  organisation_type: m.organisation_type,
  name: m.name,
  role: m.role,
  contact: m.contact,
  reason: '',
});
export const validateMemberCorrection = (v: MemberCorrectionValues): Errors => ({
  organisation_type: isOneOf(ORGANISATION_TYPE_VALUES, v.organisation_type) ? undefined : 'form.required',
  name: v.name.trim() ? undefined : 'form.required',
  role: v.role.trim() ? undefined : 'form.required',
  reason: reasonProblem(v.reason),
});
export const toMemberCorrection = (v: MemberCorrectionValues, version: number) => ({
  version,
  reason: v.reason.trim(),
  organisation_type: oneOf(ORGANISATION_TYPE_VALUES, v.organisation_type, 'organisation type'),
  name: v.name.trim(),
  role: v.role.trim(),
  contact: v.contact.trim(),
});

// ---- consents
export interface ConsentCorrectionValues {
  scope: string;
  given_on: string;
  reason: string;
}
export const consentValuesOf = (c: Consent): ConsentCorrectionValues => ({ scope: c.scope, given_on: toInputDate(c.given_on), reason: '' });
export const validateConsentCorrection = (v: ConsentCorrectionValues): Errors => ({
  scope: v.scope.trim() ? undefined : 'form.required',
  given_on: dateProblem(v.given_on, true),
  reason: reasonProblem(v.reason),
});
export const toConsentCorrection = (v: ConsentCorrectionValues, version: number) => ({
  version,
  reason: v.reason.trim(),
  scope: v.scope.trim(),
  given_on: fromInputDate(v.given_on) ?? '',
});

// ---- assessment addenda
export interface AddendumValues {
  text: string;
  reason: string;
}
export const validateAddendum = (v: AddendumValues): Errors => ({
  text: v.text.trim() ? undefined : 'form.required',
  reason: reasonProblem(v.reason),
});
export const toAddendum = (v: AddendumValues) => ({ text: v.text.trim(), reason: v.reason.trim() });

/** One field of an earlier wording as text ('' when absent or not a string or number). */
export function fieldText(fields: Record<string, unknown>, key: string): string {
  const v = fields[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}
