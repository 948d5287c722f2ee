// The values, client-side checks (hints only: the server decides) and API payloads of the forms
// of the client's path. Form values keep what the user typed (dates as d.M.yyyy, numbers as text)
// so that a draft restores exactly what was on the screen; `to…Input` turns them into the API's
// shape. Check results are i18n keys keyed by API field name.
import { GAS_LEVELS } from '../../../lib/codes';
import type { GasLevel } from '../../../lib/codes';
import { addMonthsIso, dateProblem, fromInputDate, toInputDate, todayInput, todayIso } from '../../../lib/dates';
import {
  CONTINUATION_PATH_VALUES,
  INTERRUPTION_REASON_VALUES,
  LIFE_AREA_VALUES,
  MEETING_CONTENT_VALUES,
  MEETING_MODE_VALUES,
  NOTICE_METHOD_VALUES,
  NEED_LEVEL_VALUES,
  ORGANISATION_TYPE_VALUES,
  REFERRAL_SOURCE_VALUES,
  SERVICE_FORM_VALUES,
  STATUTORY_ITEM_VALUES,
  isOneOf,
  oneOf,
} from '../../../types/api';
import type {
  Assessment,
  AssessmentInput,
  DecisionInput,
  FinalEvaluationInput,
  Goal,
  GoalInput,
  LifeArea,
  MeetingInput,
  NetworkMemberInput,
  ReferralInput,
} from '../../../types/api';

export type Errors = Record<string, string | undefined>;

/** A restored draft shaped like `initial`: same keys, same value types; anything else is dropped. */
export function coerceLike<T>(data: unknown, initial: T): T {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return initial;
  const d = data as Record<string, unknown>;
  const out = { ...initial } as Record<string, unknown>;
  for (const [k, v0] of Object.entries(initial as Record<string, unknown>)) {
    const v = d[k];
    if (v === undefined) continue;
    if (Array.isArray(v0)) {
      if (Array.isArray(v)) out[k] = v0.length > 0 && typeof v0[0] === 'object' ? v : v.filter((x) => typeof x === 'string');
    } else if (typeof v0 === 'object' && v0 !== null) {
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) out[k] = { ...v0, ...v };
    } else if (typeof v === typeof v0) {
      out[k] = v;
    }
  }
  return out as T;
}

// ---- referral
export interface ReferralValues {
  source: string;
  reason: string;
  received_on: string;
}
export const emptyReferral = (): ReferralValues => ({ source: '', reason: '', received_on: todayInput() });
export function validateReferral(v: ReferralValues): Errors {
  return {
    source: isOneOf(REFERRAL_SOURCE_VALUES, v.source) ? undefined : 'form.required',
    reason: v.reason.trim() ? undefined : 'form.required',
    received_on: dateProblem(v.received_on, true),
  };
}
export const toReferralInput = (v: ReferralValues): ReferralInput => ({
  source: oneOf(REFERRAL_SOURCE_VALUES, v.source, 'referral source'),
  reason: v.reason.trim(),
  received_on: fromInputDate(v.received_on) ?? '',
});

// ---- assessment
export interface LifeAreaValues {
  area: string;
  client_view: string;
  worker_view: string;
  strengths: string;
  need_level: string;
}
export interface StatementValues {
  source: string;
  summary: string;
  received_on: string;
}
export interface AssessmentValues {
  life_areas: LifeAreaValues[];
  network_statements: StatementValues[];
  summary: string;
  conclusion: string;
}
/** An empty assessment with one section per life area (the server's `life_area` list). */
export const emptyAssessment = (lifeAreas: readonly string[]): AssessmentValues => ({
  life_areas: lifeAreas.map((area) => ({ area, client_view: '', worker_view: '', strengths: '', need_level: '' })),
  network_statements: [],
  summary: '',
  conclusion: '',
});
export function coerceAssessment(data: unknown, initial: AssessmentValues): AssessmentValues {
  const v = coerceLike(data, initial);
  const raw = typeof data === 'object' && data !== null ? (data as { network_statements?: unknown }).network_statements : undefined;
  const byArea = new Map(
    (Array.isArray(v.life_areas) ? v.life_areas : []).filter((a) => a && typeof a === 'object').map((a) => [a.area, a]),
  );
  return {
    ...v,
    life_areas: initial.life_areas.map((a) => coerceLike(byArea.get(a.area), a)),
    // statements are objects: take them from the draft itself (coerceLike keeps only strings in
    // a list that starts empty)
    network_statements: (Array.isArray(raw) ? raw : [])
      .filter((s): s is object => typeof s === 'object' && s !== null)
      .map((s) => coerceLike(s, { source: '', summary: '', received_on: '' })),
  };
}
export function fromAssessment(a: Pick<Assessment, 'life_areas' | 'network_statements' | 'summary' | 'conclusion'>, lifeAreas: readonly string[]): AssessmentValues {
  const empty = emptyAssessment(lifeAreas);
  const byArea = new Map<string, LifeArea>(a.life_areas.map((l) => [l.area, l]));
  return {
    life_areas: empty.life_areas.map((l) => {
      const s = byArea.get(l.area);
      return s ? { ...s, area: l.area, need_level: s.need_level ?? '' } : l;
    }),
    network_statements: a.network_statements.map((s) => ({ ...s, received_on: toInputDate(s.received_on) })),
    summary: a.summary,
    conclusion: a.conclusion ?? '',
  };
}
export function validateAssessment(v: AssessmentValues, complete: boolean): Errors {
  const e: Errors = {};
  v.network_statements.forEach((s, i) => {
    if (!s.source.trim()) e[`network_statements[${i}].source`] = 'form.required';
    if (!s.summary.trim()) e[`network_statements[${i}].summary`] = 'form.required';
    e[`network_statements[${i}].received_on`] = dateProblem(s.received_on, false);
  });
  if (complete && !v.conclusion) e.conclusion = 'path.assessment.errors.conclusion';
  return e;
}
/** What the assessment form sends: every life area and statement, `completed_on` when completing. */
export type AssessmentRequest = Required<Omit<AssessmentInput, 'completed_on'>> & Pick<AssessmentInput, 'completed_on'>;
export function toAssessmentInput(v: AssessmentValues, complete: boolean, today = todayIso()): AssessmentRequest {
  const input: AssessmentRequest = {
    // the areas are emptyAssessment()'s (coerceAssessment keeps no other), so each is a code
    life_areas: v.life_areas.map((l) => ({
      area: oneOf(LIFE_AREA_VALUES, l.area, 'life area'),
      client_view: l.client_view.trim(),
      worker_view: l.worker_view.trim(),
      strengths: l.strengths.trim(),
      need_level: isOneOf(NEED_LEVEL_VALUES, l.need_level) ? l.need_level : null,
    })),
    network_statements: v.network_statements.map((s) => ({
      source: s.source.trim(),
      summary: s.summary.trim(),
      received_on: fromInputDate(s.received_on),
    })),
    summary: v.summary.trim(),
    conclusion: v.conclusion === 'needed' || v.conclusion === 'not_needed' ? v.conclusion : null,
  };
  if (complete) input.completed_on = today;
  return input;
}

// ---- decision
export interface DecisionValues {
  outcome: 'granted' | 'denied';
  service_forms: string[];
  starts_on: string;
  deadline: string;
  key_worker_id: string;
  grounds: string;
  language: 'fi' | 'sv';
  appeal_instructions: string;
  decided_by_title: string;
  notice_method: string;
  sent_on: string;
}
export function emptyDecision(language: 'fi' | 'sv', appeal: string, now = new Date()): DecisionValues {
  const today = todayIso(now);
  return {
    outcome: 'granted',
    service_forms: ['individual'],
    starts_on: toInputDate(today),
    deadline: toInputDate(addMonthsIso(today, 6)),
    key_worker_id: '',
    grounds: '',
    language,
    appeal_instructions: appeal,
    decided_by_title: '',
    notice_method: 'mail',
    sent_on: toInputDate(today),
  };
}
export function validateDecision(v: DecisionValues): Errors {
  const e: Errors = { grounds: v.grounds.trim() ? undefined : 'form.required', sent_on: dateProblem(v.sent_on, false) };
  if (v.outcome === 'granted') {
    if (v.service_forms.length === 0) e.service_forms = 'path.decision.errors.serviceForms';
    e.starts_on = dateProblem(v.starts_on, true);
    e.deadline = dateProblem(v.deadline, true);
    const a = fromInputDate(v.starts_on);
    const b = fromInputDate(v.deadline);
    if (a && b && b <= a) e.deadline = 'path.decision.errors.deadline';
    if (!v.key_worker_id) e.key_worker_id = 'form.required';
  }
  return e;
}
export function toDecisionInput(v: DecisionValues): DecisionInput {
  const common = {
    grounds: v.grounds.trim(),
    language: v.language,
    ...(v.appeal_instructions.trim() ? { appeal_instructions: v.appeal_instructions.trim() } : {}),
    ...(v.decided_by_title.trim() ? { decided_by_title: v.decided_by_title.trim() } : {}),
    notice_method: isOneOf(NOTICE_METHOD_VALUES, v.notice_method) ? v.notice_method : 'mail',
    ...(fromInputDate(v.sent_on) ? { sent_on: fromInputDate(v.sent_on) ?? undefined } : {}),
  };
  if (v.outcome === 'denied') return { outcome: 'denied', ...common };
  return {
    outcome: 'granted',
    ...common,
    service_forms: v.service_forms.filter((f) => isOneOf(SERVICE_FORM_VALUES, f)),
    // validateDecision requires both dates; an empty one is sent as such and the server names it
    starts_on: fromInputDate(v.starts_on) ?? '',
    deadline: fromInputDate(v.deadline) ?? '',
    key_worker_id: v.key_worker_id,
  };
}

// ---- goal
export interface GoalValues {
  text: string;
  means: string;
  responsible: string;
  review_on: string;
  weight: string;
  gas: Record<GasLevel, string>;
}
export const emptyGoal = (): GoalValues => ({
  text: '',
  means: '',
  responsible: '',
  review_on: '',
  weight: '1',
  gas: { '-2': '', '-1': '', '0': '', '1': '', '2': '' },
});
export function fromGoal(g: Goal): GoalValues {
  return {
    text: g.text,
    means: g.means,
    responsible: g.responsible,
    review_on: toInputDate(g.review_on),
    weight: String(g.weight),
    gas: { ...emptyGoal().gas, ...(g.gas_levels ?? {}) },
  };
}
/** GAS levels are described all five or not at all. */
export function gasProblems(gas: Record<GasLevel, string>): Errors {
  const filled = GAS_LEVELS.filter((l) => gas[l].trim());
  if (filled.length === 0 || filled.length === GAS_LEVELS.length) return {};
  const e: Errors = {};
  for (const l of GAS_LEVELS) if (!gas[l].trim()) e[`gas_levels.${l}`] = 'path.goal.errors.gasAllOrNone';
  return e;
}
export function validateGoal(v: GoalValues): Errors {
  const w = Number(v.weight);
  return {
    text: v.text.trim() ? undefined : 'form.required',
    review_on: dateProblem(v.review_on, false),
    weight: Number.isInteger(w) && w >= 1 && w <= 10 ? undefined : 'path.goal.errors.weight',
    ...gasProblems(v.gas),
  };
}
export function toGoalInput(v: GoalValues): GoalInput {
  const hasGas = GAS_LEVELS.every((l) => v.gas[l].trim());
  return {
    text: v.text.trim(),
    means: v.means.trim(),
    responsible: v.responsible.trim(),
    review_on: fromInputDate(v.review_on),
    weight: Number(v.weight),
    gas_levels: hasGas
      ? { '-2': v.gas['-2'].trim(), '-1': v.gas['-1'].trim(), '0': v.gas['0'].trim(), '1': v.gas['1'].trim(), '2': v.gas['2'].trim() }
      : null,
  };
}

// ---- goal review
export interface ReviewValues {
  reviewed_on: string;
  attainment: string;
  note: string;
}
export const emptyReview = (): ReviewValues => ({ reviewed_on: todayInput(), attainment: '', note: '' });
export const validateReview = (v: ReviewValues): Errors => ({
  reviewed_on: dateProblem(v.reviewed_on, true),
  attainment: v.attainment === '' ? 'form.required' : undefined,
});
export const toReviewInput = (v: ReviewValues) => ({
  reviewed_on: fromInputDate(v.reviewed_on) ?? '',
  attainment: Number(v.attainment),
  note: v.note.trim(),
});

// ---- meeting
export interface MeetingValues {
  held_on: string;
  minutes: string;
  mode: string;
  contents: string[];
  statutory_item: string;
  tasks: string;
  note: string;
  kind: 'individual' | 'network';
  participants: string;
}
export const emptyMeeting = (): MeetingValues => ({
  held_on: todayInput(),
  minutes: '60',
  mode: 'office',
  contents: [],
  statutory_item: 'coaching',
  tasks: '',
  note: '',
  kind: 'individual',
  participants: '',
});
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
export function validateMeeting(v: MeetingValues): Errors {
  const m = Number(v.minutes);
  return {
    held_on: dateProblem(v.held_on, true),
    minutes: Number.isInteger(m) && m >= 1 && m <= 1440 ? undefined : 'path.meeting.errors.minutes',
    mode: isOneOf(MEETING_MODE_VALUES, v.mode) ? undefined : 'form.required',
    statutory_item: isOneOf(STATUTORY_ITEM_VALUES, v.statutory_item) ? undefined : 'form.required',
  };
}
export const toMeetingInput = (v: MeetingValues): MeetingInput => ({
  held_on: fromInputDate(v.held_on) ?? '',
  minutes: Number(v.minutes),
  mode: oneOf(MEETING_MODE_VALUES, v.mode, 'meeting mode'),
  contents: v.contents.filter((c) => isOneOf(MEETING_CONTENT_VALUES, c)),
  statutory_item: oneOf(STATUTORY_ITEM_VALUES, v.statutory_item, 'statutory item'),
  tasks: lines(v.tasks),
  note: v.note.trim(),
  kind: v.kind,
  participants: v.kind === 'network' ? lines(v.participants) : [],
});

// ---- network member
export interface MemberValues {
  organisation_type: string;
  name: string;
  role: string;
  contact: string;
  with_consent: boolean;
  scope: string;
  given_on: string;
}
export const emptyMember = (): MemberValues => ({
  organisation_type: '',
  name: '',
  role: '',
  contact: '',
  with_consent: false,
  scope: '',
  given_on: todayInput(),
});
export function validateMember(v: MemberValues): Errors {
  return {
    organisation_type: isOneOf(ORGANISATION_TYPE_VALUES, v.organisation_type) ? undefined : 'form.required',
    name: v.name.trim() ? undefined : 'form.required',
    role: v.role.trim() ? undefined : 'form.required',
    'consent.scope': v.with_consent && !v.scope.trim() ? 'form.required' : undefined,
    'consent.given_on': v.with_consent ? dateProblem(v.given_on, true) : undefined,
  };
}
export function toMemberInput(v: MemberValues): NetworkMemberInput {
  const input: NetworkMemberInput = {
    organisation_type: oneOf(ORGANISATION_TYPE_VALUES, v.organisation_type, 'organisation type'),
    name: v.name.trim(),
    role: v.role.trim(),
    contact: v.contact.trim(),
  };
  if (v.with_consent) input.consent = { scope: v.scope.trim(), given_on: fromInputDate(v.given_on) ?? '' };
  return input;
}

// ---- extension
export interface ExtensionValues {
  new_deadline: string;
  reason: string;
}
export const emptyExtension = (): ExtensionValues => ({ new_deadline: '', reason: '' });
export function validateExtension(v: ExtensionValues, currentDeadline: string): Errors {
  const d = fromInputDate(v.new_deadline);
  return {
    new_deadline: dateProblem(v.new_deadline, true) ?? (d && d <= currentDeadline ? 'path.period.errors.newDeadline' : undefined),
    reason: v.reason.trim() ? undefined : 'form.required',
  };
}
export const toExtensionInput = (v: ExtensionValues) => ({
  new_deadline: fromInputDate(v.new_deadline) ?? '',
  reason: v.reason.trim(),
});

// ---- final evaluation
export interface FinalValues {
  mode: 'completed' | 'interrupted';
  results: Record<string, { attainment: string; note: string }>;
  continuation: string;
  client_view: string;
  worker_view: string;
  reason: string;
  evaluated_on: string;
}
export const emptyFinal = (): FinalValues => ({
  mode: 'completed',
  results: {},
  continuation: '',
  client_view: '',
  worker_view: '',
  reason: '',
  evaluated_on: todayInput(),
});
export function validateFinal(v: FinalValues, goalIds: string[]): Errors {
  const e: Errors = { evaluated_on: dateProblem(v.evaluated_on, true) };
  if (v.mode === 'interrupted') {
    e.reason = isOneOf(INTERRUPTION_REASON_VALUES, v.reason) ? undefined : 'form.required';
    return e;
  }
  goalIds.forEach((id, i) => {
    if (!v.results[id]?.attainment) e[`goal_results[${i}].attainment`] = 'form.required';
  });
  e.continuation = isOneOf(CONTINUATION_PATH_VALUES, v.continuation) ? undefined : 'form.required';
  e.client_view = v.client_view.trim() ? undefined : 'form.required';
  e.worker_view = v.worker_view.trim() ? undefined : 'form.required';
  return e;
}
export function toFinalInput(v: FinalValues, goalIds: string[]): FinalEvaluationInput {
  const evaluated_on = fromInputDate(v.evaluated_on) ?? '';
  if (v.mode === 'interrupted') {
    return {
      interrupted: true,
      reason: oneOf(INTERRUPTION_REASON_VALUES, v.reason, 'interruption reason'),
      evaluated_on,
      ...(v.worker_view.trim() ? { worker_view: v.worker_view.trim() } : {}),
    };
  }
  return {
    goal_results: goalIds.map((goal_id) => ({
      goal_id,
      attainment: Number(v.results[goal_id]?.attainment ?? 0),
      note: (v.results[goal_id]?.note ?? '').trim(),
    })),
    continuation: oneOf(CONTINUATION_PATH_VALUES, v.continuation, 'continuation path'),
    client_view: v.client_view.trim(),
    worker_view: v.worker_view.trim(),
    evaluated_on,
  };
}

// ---- stage guidance (issue 8): an overdue review, the goal a link points at, the attainment
// choices with the goal's own level descriptions
type GoalForReview = Pick<Goal, 'status' | 'review_on' | 'reviews' | 'gas_levels'>;

/** A goal's review is overdue when the goal is active, its review date is before `today` and no
 * review is dated on or after it (as the server's domain/dashboard review_overdue). */
export function reviewOverdue(goal: GoalForReview, today: string = todayIso()): boolean {
  if (goal.status !== 'active' || !goal.review_on || goal.review_on >= today) return false;
  const due = goal.review_on;
  return !goal.reviews.some((r) => r.reviewed_on >= due);
}

/** The attainment choices, highest first, each with the goal's own description of that level
 * (null when the goal has no levels). */
export function attainmentChoices(goal: Pick<Goal, 'gas_levels'>): { level: GasLevel; description: string | null }[] {
  return [...GAS_LEVELS].reverse().map((level) => ({ level, description: goal.gas_levels?.[level]?.trim() || null }));
}

/** The goal a plan URL points at (`?goal=<id>`, or `#goal-<id>`), when the plan has it. */
export function targetGoal(search: string, hash: string, goalIds: readonly string[]): string | null {
  const fromQuery = new URLSearchParams(search).get('goal');
  const fromHash = /^#goal-(.+)$/.exec(hash)?.[1] ?? null;
  const id = fromQuery ?? (fromHash ? decodeURIComponent(fromHash) : null);
  return id && goalIds.includes(id) ? id : null;
}

// ---- issue 8 (docs): the printed documents and the final steps
/**
 * A date on a printed document in Finnish or Swedish: d.M.yyyy (1.12.2026), whatever the UI
 * language (an English UI must not put 12/1/2026 on a Finnish decision). "" for none.
 */
export function formatPrintDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
}

/** The language a document is printed in: Swedish only when it is the decision's/client's first. */
export const printLanguage = (lang: string | null | undefined): 'fi' | 'sv' => (lang === 'sv' ? 'sv' : 'fi');

/** What the confirmation step of a decision says will happen: an i18n key and its values. */
export function decisionConsequence(v: DecisionValues, workerName: string): { key: string; values: Record<string, string> } {
  if (v.outcome === 'denied') return { key: 'docs.decisionConfirm.denied', values: {} };
  return {
    key: 'docs.decisionConfirm.granted',
    values: { start: formatPrintDate(fromInputDate(v.starts_on)), deadline: formatPrintDate(fromInputDate(v.deadline)), worker: workerName },
  };
}
