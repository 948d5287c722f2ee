// The rules of the path forms, written from domain.md and the API: GAS levels all five or none,
// the payloads the API expects, and drafts restored into the form's shape.
// The path forms' models at their edges, each checked for its exact output: what a fresh form
// holds (with a fixed clock), every check with the value just inside and just outside it, every
// payload trimmed and with nothing the API does not take, and drafts restored into the form's
// shape whatever they contain.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromInputDate } from '../../../lib/dates';
import {
  coerceAssessment,
  coerceLike,
  emptyAssessment,
  decisionConsequence,
  emptyDecision,
  formatPrintDate,
  printLanguage,
  emptyExtension,
  emptyFinal,
  emptyGoal,
  emptyMeeting,
  emptyMember,
  emptyReferral,
  emptyReview,
  fromAssessment,
  fromGoal,
  gasProblems,
  toAssessmentInput,
  toDecisionInput,
  toExtensionInput,
  toFinalInput,
  toGoalInput,
  toMeetingInput,
  toMemberInput,
  toReferralInput,
  toReviewInput,
  validateAssessment,
  validateDecision,
  validateExtension,
  validateFinal,
  validateGoal,
  validateMeeting,
  validateMember,
  validateReferral,
  validateReview,
} from './path-models';
import type { DecisionValues, FinalValues, GoalValues, MeetingValues, MemberValues } from './path-models';
import type { Goal } from '../../../types/api';
import { CODES } from '../../../test/codes-fixture';

const LIFE_AREAS = CODES.lists.life_area.map((c) => c.code);

describe('goal', () => {
  it('accepts GAS levels all five or none', () => {
    expect(gasProblems(emptyGoal().gas)).toEqual({});
    const all = { '-2': 'a', '-1': 'b', '0': 'c', '1': 'd', '2': 'e' };
    expect(gasProblems(all)).toEqual({});
    const some = { ...emptyGoal().gas, '0': 'odotettu', '2': 'paras' };
    expect(Object.keys(gasProblems(some)).sort()).toEqual(['gas_levels.-1', 'gas_levels.-2', 'gas_levels.1']);
    expect(gasProblems({ ...all, '1': '  ' })).toEqual({ 'gas_levels.1': 'path.goal.errors.gasAllOrNone' });
  });

  it('requires the text and a weight 1–10', () => {
    const v = { ...emptyGoal(), weight: '11' };
    const e = validateGoal(v);
    expect(e.text).toBe('form.required');
    expect(e.weight).toBe('path.goal.errors.weight');
    expect(validateGoal({ ...v, text: 'x', weight: '10' })).toMatchObject({ text: undefined, weight: undefined });
  });

  it('sends gas_levels only when all are described, dates as ISO', () => {
    const v = { ...emptyGoal(), text: ' Käyn kaupassa ', review_on: '1.12.2026', weight: '3' };
    expect(toGoalInput(v)).toEqual({ text: 'Käyn kaupassa', means: '', responsible: '', review_on: '2026-12-01', weight: 3, gas_levels: null });
    const gas = { '-2': 'a', '-1': 'b', '0': 'c', '1': 'd', '2': 'e' };
    expect(toGoalInput({ ...v, gas }).gas_levels).toEqual(gas);
  });
});

describe('decision', () => {
  it('prefills the county appeal text, today and a six-month deadline', () => {
    const v = emptyDecision('sv', 'Anvisning', new Date(2026, 10, 24));
    expect(v).toMatchObject({ language: 'sv', appeal_instructions: 'Anvisning', starts_on: '24.11.2026', deadline: '24.5.2027', outcome: 'granted' });
  });

  it('needs a key worker, service forms and a deadline after the start when granted', () => {
    const v = { ...emptyDecision('fi', 'x', new Date(2026, 10, 24)), service_forms: [], deadline: '1.1.2026', grounds: 'g' };
    expect(validateDecision(v)).toMatchObject({
      key_worker_id: 'form.required',
      service_forms: 'path.decision.errors.serviceForms',
      deadline: 'path.decision.errors.deadline',
    });
  });

  it('sends only outcome, grounds and texts for a denial', () => {
    const v = { ...emptyDecision('fi', 'ohje', new Date(2026, 10, 24)), outcome: 'denied' as const, grounds: ' Ei tarvetta ' };
    expect(validateDecision(v)).toEqual({ grounds: undefined });
    expect(toDecisionInput(v)).toEqual({ outcome: 'denied', grounds: 'Ei tarvetta', language: 'fi', appeal_instructions: 'ohje', notice_method: 'mail', sent_on: '2026-11-24' });
  });

  it('sends the period fields for a granted decision', () => {
    const v = { ...emptyDecision('fi', 'ohje', new Date(2026, 10, 24)), key_worker_id: 'w1', grounds: 'g', service_forms: ['individual', 'group'] };
    expect(toDecisionInput(v)).toEqual({
      outcome: 'granted',
      grounds: 'g',
      language: 'fi',
      appeal_instructions: 'ohje',
      notice_method: 'mail',
      sent_on: '2026-11-24',
      service_forms: ['individual', 'group'],
      starts_on: '2026-11-24',
      deadline: '2027-05-24',
      key_worker_id: 'w1',
    });
  });
});

describe('assessment', () => {
  it('has every life area and sends them all, need level null when not chosen', () => {
    const v = emptyAssessment(LIFE_AREAS);
    expect(v.life_areas.map((a) => a.area)).toEqual(['everyday_management', 'social_relationships', 'housing', 'finances', 'health_substance_use', 'education', 'work']);
    v.life_areas[2] = { ...v.life_areas[2], client_view: ' kallis ', need_level: 'great' };
    const input = toAssessmentInput(v, false);
    expect(input.life_areas).toHaveLength(7);
    expect(input.life_areas[2]).toEqual({ area: 'housing', client_view: 'kallis', worker_view: '', strengths: '', need_level: 'great' });
    expect(input.life_areas[0].need_level).toBeNull();
    expect(input.conclusion).toBeNull();
    expect(input).not.toHaveProperty('completed_on');
  });

  it('requires a conclusion only when completing', () => {
    const v = emptyAssessment(LIFE_AREAS);
    expect(validateAssessment(v, false).conclusion).toBeUndefined();
    expect(validateAssessment(v, true).conclusion).toBe('path.assessment.errors.conclusion');
    expect(toAssessmentInput({ ...v, conclusion: 'needed' }, true, '2026-11-24')).toMatchObject({ conclusion: 'needed', completed_on: '2026-11-24' });
  });

  it('restores a draft by life area and drops what does not belong', () => {
    const draft = {
      life_areas: [{ area: 'work', client_view: 'haluan töihin', need_level: 'some', extra: 1 }, 'junk'],
      network_statements: [{ source: 'lääkäri', summary: 'lausunto' }],
      summary: 42,
      conclusion: 'needed',
    };
    const v = coerceAssessment(draft, emptyAssessment(LIFE_AREAS));
    expect(v.life_areas).toHaveLength(7);
    expect(v.life_areas[6]).toEqual({ area: 'work', client_view: 'haluan töihin', worker_view: '', strengths: '', need_level: 'some' });
    expect(v.network_statements).toEqual([{ source: 'lääkäri', summary: 'lausunto', received_on: '' }]);
    expect(v.summary).toBe('');
    expect(v.conclusion).toBe('needed');
  });

  it('checks each network statement', () => {
    const v = { ...emptyAssessment(LIFE_AREAS), network_statements: [{ source: '', summary: 'x', received_on: '31.2.2026' }] };
    expect(validateAssessment(v, false)).toMatchObject({
      'network_statements[0].source': 'form.required',
      'network_statements[0].received_on': 'form.invalidDate',
    });
  });
});

describe('meeting', () => {
  it('defaults to today and is quick to fill', () => {
    const v = emptyMeeting();
    expect(validateMeeting(v)).toEqual({ held_on: undefined, minutes: undefined, mode: undefined, statutory_item: undefined });
  });

  it('sends tasks and participants one per line, participants only for network meetings', () => {
    const v = { ...emptyMeeting(), held_on: '24.11.2026', minutes: '45', tasks: ' Soita Kelaan \n\n Hae lomake ', participants: 'Kela\nTE', contents: ['errands'] };
    expect(toMeetingInput(v)).toEqual({
      held_on: '2026-11-24',
      minutes: 45,
      mode: 'office',
      contents: ['errands'],
      statutory_item: 'coaching',
      tasks: ['Soita Kelaan', 'Hae lomake'],
      note: '',
      kind: 'individual',
      participants: [],
    });
    expect(toMeetingInput({ ...v, kind: 'network' }).participants).toEqual(['Kela', 'TE']);
    expect(validateMeeting({ ...v, minutes: '0' }).minutes).toBe('path.meeting.errors.minutes');
  });

  // Form values are strings and a restored draft may hold anything: a code the API's enum does not
  // have (docs/openapi.yaml, generated into types/api.generated.ts) is stopped at the field.
  it('refuses codes that are not in the API\'s enums, and never sends them', () => {
    const v = { ...emptyMeeting(), mode: 'carrier_pigeon', statutory_item: 'x', contents: ['errands', 'juggling'] };
    expect(validateMeeting(v)).toMatchObject({ mode: 'form.required', statutory_item: 'form.required' });
    expect(() => toMeetingInput(v)).toThrow('not a meeting mode code');
    expect(toMeetingInput({ ...v, mode: 'phone', statutory_item: 'other' }).contents).toEqual(['errands']);
  });
});

describe('network member', () => {
  it('sends a consent only when one is given', () => {
    const v = { ...emptyMember(), organisation_type: 'kela', name: 'Kela', role: 'käsittelijä', given_on: '10.11.2026', scope: 'toimeentulo' };
    expect(toMemberInput(v)).not.toHaveProperty('consent');
    expect(toMemberInput({ ...v, with_consent: true }).consent).toEqual({ scope: 'toimeentulo', given_on: '2026-11-10' });
  });
});

describe('period', () => {
  it('wants an extension after the current deadline, with a reason', () => {
    expect(validateExtension({ new_deadline: '1.3.2027', reason: '' }, '2027-03-10')).toEqual({
      new_deadline: 'path.period.errors.newDeadline',
      reason: 'form.required',
    });
    expect(validateExtension({ new_deadline: '10.5.2027', reason: 'lisäaikaa' }, '2027-03-10')).toEqual({ new_deadline: undefined, reason: undefined });
  });

  it('builds a final evaluation with every goal, or an interruption with its reason', () => {
    const v = {
      ...emptyFinal(),
      evaluated_on: '24.11.2026',
      results: { g1: { attainment: '1', note: ' hyvä ' }, g2: { attainment: '-1', note: '' } },
      continuation: 'studies',
      client_view: 'a',
      worker_view: 'b',
    };
    expect(validateFinal(v, ['g1', 'g2'])).toEqual({
      evaluated_on: undefined,
      continuation: undefined,
      client_view: undefined,
      worker_view: undefined,
    });
    expect(validateFinal(v, ['g1', 'g3'])['goal_results[1].attainment']).toBe('form.required');
    expect(toFinalInput(v, ['g1', 'g2'])).toEqual({
      goal_results: [
        { goal_id: 'g1', attainment: 1, note: 'hyvä' },
        { goal_id: 'g2', attainment: -1, note: '' },
      ],
      continuation: 'studies',
      client_view: 'a',
      worker_view: 'b',
      evaluated_on: '2026-11-24',
    });
    const i = { ...v, mode: 'interrupted' as const, reason: 'could_not_be_reached', worker_view: '' };
    expect(validateFinal(i, ['g1'])).toEqual({ evaluated_on: undefined, reason: undefined });
    expect(toFinalInput(i, ['g1'])).toEqual({ interrupted: true, reason: 'could_not_be_reached', evaluated_on: '2026-11-24' });
  });
});

describe('drafts', () => {
  it('restores only the keys and types of the form', () => {
    const initial = emptyMeeting();
    const v = coerceLike({ note: 'kesken', minutes: 30, contents: ['errands', 7], hacker: true }, initial);
    expect(v.note).toBe('kesken');
    expect(v.minutes).toBe(initial.minutes);
    expect(v.contents).toEqual(['errands']);
    expect(v).not.toHaveProperty('hacker');
    expect(coerceLike('nonsense', initial)).toEqual(initial);
  });
});

// ---- at the edges ----
const AREAS = ['housing', 'finances'];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 24, 12, 0)); // 24 November 2026
});
afterEach(() => vi.useRealTimers());

describe('coerceLike', () => {
  const initial = { s: 'a', n: 1, b: false, list: ['x'], objs: [{ k: 1 }], empty: [] as string[], o: { p: 'q', r: 's' }, nil: null as string | null };

  it('keeps the initial values for what is not a plain object', () => {
    for (const d of [null, undefined, 'text', 5, ['s']]) expect(coerceLike(d, initial)).toEqual(initial);
  });

  it('takes values of the same type, and only those', () => {
    expect(coerceLike({ s: 'b', n: 2, b: true, extra: 'x' }, initial)).toEqual({ ...initial, s: 'b', n: 2, b: true });
    expect(coerceLike({ s: 2, n: '2', b: 'true', nil: 'x' }, initial)).toEqual(initial);
  });

  it('takes strings of a list, whole lists of objects, and merges objects', () => {
    expect(coerceLike({ list: ['y', 3, 'z'], empty: ['a', {}], objs: [{ k: 2 }, { k: 3 }] }, initial)).toEqual({
      ...initial,
      list: ['y', 'z'],
      empty: ['a'],
      objs: [{ k: 2 }, { k: 3 }],
    });
    expect(coerceLike({ list: 'y', objs: {} }, initial)).toEqual(initial);
    expect(coerceLike({ o: { p: 'P', t: 'T' } }, initial).o).toEqual({ p: 'P', r: 's', t: 'T' });
    expect(coerceLike({ o: ['P'] }, initial).o).toEqual({ p: 'q', r: 's' });
    expect(coerceLike({ o: null }, initial).o).toEqual({ p: 'q', r: 's' });
    expect(coerceLike({ o: 'P' }, initial).o).toEqual({ p: 'q', r: 's' });
  });

  it('does not change the initial value', () => {
    const before = JSON.stringify(initial);
    coerceLike({ s: 'b', o: { p: 'P' } }, initial);
    expect(JSON.stringify(initial)).toBe(before);
  });
});

describe('referral', () => {
  it('starts empty, received today', () => {
    expect(emptyReferral()).toEqual({ source: '', reason: '', received_on: '24.11.2026' });
  });
  it('needs a known source, a reason and a date', () => {
    expect(validateReferral({ source: 'self', reason: 'r', received_on: '1.1.2026' })).toEqual({});
    expect(validateReferral({ source: 'bogus', reason: '  ', received_on: '' })).toEqual({
      source: 'form.required',
      reason: 'form.required',
      received_on: 'form.required',
    });
    expect(validateReferral({ source: '', reason: 'r', received_on: '31.2.2026' })).toEqual({ source: 'form.required', received_on: 'form.invalidDate' });
  });
  it('sends the reason trimmed and the date as ISO', () => {
    expect(toReferralInput({ source: 'kela', reason: ' needs help ', received_on: '2.3.2026' })).toEqual({
      source: 'kela',
      reason: 'needs help',
      received_on: '2026-03-02',
    });
    expect(toReferralInput({ source: 'kela', reason: 'r', received_on: 'x' }).received_on).toBe('');
    expect(() => toReferralInput({ source: 'bogus', reason: 'r', received_on: '' })).toThrow('not a referral source code');
  });
});

describe('assessment', () => {
  it('starts with one empty section per life area', () => {
    expect(emptyAssessment(AREAS)).toEqual({
      life_areas: [
        { area: 'housing', client_view: '', worker_view: '', strengths: '', need_level: '' },
        { area: 'finances', client_view: '', worker_view: '', strengths: '', need_level: '' },
      ],
      network_statements: [],
      summary: '',
      conclusion: '',
    });
  });

  it('fills the form from a record, areas in list order, missing areas empty', () => {
    const v = fromAssessment(
      {
        life_areas: [{ area: 'finances', client_view: 'c', worker_view: 'w', strengths: 's', need_level: null }],
        network_statements: [{ source: 'doctor', summary: 'ok', received_on: '2026-11-02' }, { source: 'x', summary: 'y', received_on: null }],
        summary: 'sum',
        conclusion: null,
      },
      AREAS,
    );
    expect(v).toEqual({
      life_areas: [
        { area: 'housing', client_view: '', worker_view: '', strengths: '', need_level: '' },
        { area: 'finances', client_view: 'c', worker_view: 'w', strengths: 's', need_level: '' },
      ],
      network_statements: [
        { source: 'doctor', summary: 'ok', received_on: '2.11.2026' },
        { source: 'x', summary: 'y', received_on: '' },
      ],
      summary: 'sum',
      conclusion: '',
    });
    const done = fromAssessment(
      { life_areas: [{ area: 'housing', client_view: '', worker_view: '', strengths: '', need_level: 'great' }], network_statements: [], summary: '', conclusion: 'needed' },
      AREAS,
    );
    expect(done.life_areas[0].need_level).toBe('great');
    expect(done.conclusion).toBe('needed');
  });

  it('restores a draft: only the known areas, in list order, and statements as objects', () => {
    const initial = emptyAssessment(AREAS);
    const v = coerceAssessment(
      {
        life_areas: [{ area: 'finances', client_view: 'c' }, null, 'x', { area: 'unknown', client_view: 'u' }],
        network_statements: [{ source: 's', summary: 'm', received_on: '1.1.2026', extra: 1 }, 'text', null, { source: 5 }],
        summary: 'sum',
      },
      initial,
    );
    expect(v).toEqual({
      life_areas: [initial.life_areas[0], { ...initial.life_areas[1], client_view: 'c' }],
      network_statements: [
        { source: 's', summary: 'm', received_on: '1.1.2026' },
        { source: '', summary: '', received_on: '' },
      ],
      summary: 'sum',
      conclusion: '',
    });
    expect(coerceAssessment(null, initial)).toEqual(initial);
    expect(coerceAssessment({ life_areas: 'x', network_statements: {} }, initial)).toEqual(initial);
  });

  it('checks every statement and wants a conclusion only when completing', () => {
    const v = {
      ...emptyAssessment(AREAS),
      network_statements: [
        { source: ' ', summary: '', received_on: 'x' },
        { source: 'a', summary: 'b', received_on: '' },
      ],
    };
    expect(validateAssessment(v, false)).toEqual({
      'network_statements[0].source': 'form.required',
      'network_statements[0].summary': 'form.required',
      'network_statements[0].received_on': 'form.invalidDate',
      'network_statements[1].received_on': undefined,
    });
    expect(validateAssessment(emptyAssessment(AREAS), true)).toEqual({ conclusion: 'path.assessment.errors.conclusion' });
    expect(validateAssessment({ ...emptyAssessment(AREAS), conclusion: 'needed' }, true)).toEqual({});
  });

  it('sends every area and statement trimmed, and completed_on only when completing', () => {
    const v = {
      life_areas: [
        { area: 'housing', client_view: ' c ', worker_view: ' w ', strengths: ' s ', need_level: 'some' },
        { area: 'finances', client_view: '', worker_view: '', strengths: '', need_level: 'bogus' },
      ],
      network_statements: [{ source: ' doc ', summary: ' ok ', received_on: '2.11.2026' }, { source: 'a', summary: 'b', received_on: '' }],
      summary: ' sum ',
      conclusion: 'not_needed',
    };
    expect(toAssessmentInput(v, false)).toEqual({
      life_areas: [
        { area: 'housing', client_view: 'c', worker_view: 'w', strengths: 's', need_level: 'some' },
        { area: 'finances', client_view: '', worker_view: '', strengths: '', need_level: null },
      ],
      network_statements: [{ source: 'doc', summary: 'ok', received_on: '2026-11-02' }, { source: 'a', summary: 'b', received_on: null }],
      summary: 'sum',
      conclusion: 'not_needed',
    });
    expect(toAssessmentInput(v, false)).not.toHaveProperty('completed_on');
    expect(toAssessmentInput(v, true, '2026-11-30').completed_on).toBe('2026-11-30');
    expect(toAssessmentInput(v, true).completed_on).toBe('2026-11-24');
    expect(toAssessmentInput({ ...v, conclusion: 'needed' }, false).conclusion).toBe('needed');
    expect(toAssessmentInput({ ...v, conclusion: 'maybe' }, false).conclusion).toBeNull();
  });
});

describe('decision', () => {
  const granted = (over: Partial<DecisionValues> = {}): DecisionValues => ({
    ...emptyDecision('fi', 'appeal'),
    key_worker_id: 'u1',
    grounds: 'g',
    ...over,
  });

  it('starts granted, individual, today to six months on', () => {
    expect(emptyDecision('sv', 'Besvär', new Date(2026, 7, 31))).toEqual({
      outcome: 'granted',
      service_forms: ['individual'],
      starts_on: '31.8.2026',
      deadline: '28.2.2027',
      key_worker_id: '',
      grounds: '',
      language: 'sv',
      appeal_instructions: 'Besvär',
      decided_by_title: '',
      notice_method: 'mail',
      sent_on: '31.8.2026',
    });
    expect(emptyDecision('fi', '').starts_on).toBe('24.11.2026');
  });

  it('wants a deadline after the start: the day after is enough, the same day is not', () => {
    expect(validateDecision(granted({ starts_on: '1.12.2026', deadline: '2.12.2026' }))).toEqual({
      grounds: undefined,
      starts_on: undefined,
      deadline: undefined,
    });
    expect(validateDecision(granted({ starts_on: '1.12.2026', deadline: '1.12.2026' })).deadline).toBe('path.decision.errors.deadline');
    expect(validateDecision(granted({ starts_on: '1.12.2026', deadline: '30.11.2026' })).deadline).toBe('path.decision.errors.deadline');
    expect(validateDecision(granted({ starts_on: 'x', deadline: '1.12.2026' }))).toMatchObject({ starts_on: 'form.invalidDate', deadline: undefined });
    expect(validateDecision(granted({ starts_on: '1.12.2026', deadline: '' })).deadline).toBe('form.required');
  });

  it('needs grounds always, and service forms and a key worker when granted', () => {
    expect(validateDecision(granted({ grounds: '  ', service_forms: [], key_worker_id: '' }))).toEqual({
      grounds: 'form.required',
      service_forms: 'path.decision.errors.serviceForms',
      starts_on: undefined,
      deadline: undefined,
      key_worker_id: 'form.required',
    });
    expect(validateDecision(granted({ outcome: 'denied', service_forms: [], key_worker_id: '', starts_on: '', grounds: '' }))).toEqual({
      grounds: 'form.required',
    });
  });

  it('sends a granted decision with its period, and a denial without it', () => {
    const SENT = fromInputDate(emptyDecision('fi', '').sent_on);
    const v = granted({ grounds: ' g ', appeal_instructions: ' a ', service_forms: ['group', 'bogus'], starts_on: '1.12.2026', deadline: '1.6.2027' });
    expect(toDecisionInput(v)).toEqual({
      outcome: 'granted',
      grounds: 'g',
      language: 'fi',
      appeal_instructions: 'a',
      notice_method: 'mail',
      sent_on: SENT,
      service_forms: ['group'],
      starts_on: '2026-12-01',
      deadline: '2027-06-01',
      key_worker_id: 'u1',
    });
    expect(toDecisionInput({ ...v, appeal_instructions: '  ', starts_on: '', deadline: 'x' })).toEqual({
      outcome: 'granted',
      grounds: 'g',
      language: 'fi',
      notice_method: 'mail',
      sent_on: SENT,
      service_forms: ['group'],
      starts_on: '',
      deadline: '',
      key_worker_id: 'u1',
    });
    expect(toDecisionInput({ ...v, outcome: 'denied', language: 'sv' })).toEqual({ outcome: 'denied', grounds: 'g', language: 'sv', appeal_instructions: 'a', notice_method: 'mail', sent_on: SENT });
  });
});

describe('goal', () => {
  const goal = (over: Partial<GoalValues> = {}): GoalValues => ({ ...emptyGoal(), text: 't', ...over });
  const allGas = { '-2': ' a ', '-1': ' b ', '0': ' c ', '1': ' d ', '2': ' e ' };

  it('starts empty with weight 1', () => {
    expect(emptyGoal()).toEqual({ text: '', means: '', responsible: '', review_on: '', weight: '1', gas: { '-2': '', '-1': '', '0': '', '1': '', '2': '' } });
  });

  it('takes weights 1 to 10, whole numbers only', () => {
    for (const w of ['1', '10', '5']) expect(validateGoal(goal({ weight: w })).weight).toBeUndefined();
    for (const w of ['0', '11', '1.5', '', 'x', '-1']) expect(validateGoal(goal({ weight: w })).weight, w).toBe('path.goal.errors.weight');
  });

  it('needs a text and takes an empty review date', () => {
    expect(validateGoal(goal())).toEqual({ text: undefined, review_on: undefined, weight: undefined });
    expect(validateGoal(goal({ text: '  ', review_on: '31.2.2027' }))).toEqual({ text: 'form.required', review_on: 'form.invalidDate', weight: undefined });
  });

  it('names each missing GAS level when some are described; blank counts as missing', () => {
    expect(gasProblems({ '-2': 'a', '-1': ' ', '0': 'c', '1': '', '2': 'e' })).toEqual({
      'gas_levels.-1': 'path.goal.errors.gasAllOrNone',
      'gas_levels.1': 'path.goal.errors.gasAllOrNone',
    });
    expect(gasProblems({ '-2': ' ', '-1': ' ', '0': ' ', '1': ' ', '2': ' ' })).toEqual({});
    expect(gasProblems(allGas)).toEqual({});
    expect(gasProblems({ ...allGas, '2': '' })).toEqual({ 'gas_levels.2': 'path.goal.errors.gasAllOrNone' });
  });

  it('sends everything trimmed, GAS levels only when all five are described', () => {
    expect(toGoalInput({ text: ' t ', means: ' m ', responsible: ' r ', review_on: '1.3.2027', weight: '3', gas: allGas })).toEqual({
      text: 't',
      means: 'm',
      responsible: 'r',
      review_on: '2027-03-01',
      weight: 3,
      gas_levels: { '-2': 'a', '-1': 'b', '0': 'c', '1': 'd', '2': 'e' },
    });
    expect(toGoalInput(goal({ gas: { ...allGas, '0': ' ' } })).gas_levels).toBeNull();
    expect(toGoalInput(goal()).review_on).toBeNull();
  });

  it('fills the form from a goal', () => {
    const g = { text: 't', means: 'm', responsible: 'r', review_on: '2027-03-01', weight: 4, gas_levels: null } as unknown as Goal;
    expect(fromGoal(g)).toEqual({ text: 't', means: 'm', responsible: 'r', review_on: '1.3.2027', weight: '4', gas: emptyGoal().gas });
    expect(fromGoal({ ...g, gas_levels: { '-2': 'a', '-1': 'b', '0': 'c', '1': 'd', '2': 'e' } }).gas).toEqual({ '-2': 'a', '-1': 'b', '0': 'c', '1': 'd', '2': 'e' });
  });
});

describe('review', () => {
  it('starts today, with no attainment chosen', () => {
    expect(emptyReview()).toEqual({ reviewed_on: '24.11.2026', attainment: '', note: '' });
  });
  it('needs a date and an attainment; 0 is an attainment', () => {
    expect(validateReview({ reviewed_on: '24.11.2026', attainment: '0', note: '' })).toEqual({ reviewed_on: undefined, attainment: undefined });
    expect(validateReview({ reviewed_on: '', attainment: '', note: '' })).toEqual({ reviewed_on: 'form.required', attainment: 'form.required' });
  });
  it('sends the attainment as a number and the note trimmed', () => {
    expect(toReviewInput({ reviewed_on: '24.11.2026', attainment: '-2', note: ' n ' })).toEqual({ reviewed_on: '2026-11-24', attainment: -2, note: 'n' });
    expect(toReviewInput({ reviewed_on: 'x', attainment: '1', note: '' }).reviewed_on).toBe('');
  });
});

describe('meeting', () => {
  const meeting = (over: Partial<MeetingValues> = {}): MeetingValues => ({ ...emptyMeeting(), ...over });

  it('starts today, an hour at the office, coaching, individual', () => {
    expect(emptyMeeting()).toEqual({
      held_on: '24.11.2026',
      minutes: '60',
      mode: 'office',
      contents: [],
      statutory_item: 'coaching',
      tasks: '',
      note: '',
      kind: 'individual',
      participants: '',
    });
  });

  it('takes 1 to 1440 whole minutes', () => {
    for (const m of ['1', '1440', '60']) expect(validateMeeting(meeting({ minutes: m })).minutes).toBeUndefined();
    for (const m of ['0', '1441', '1.5', '', 'x']) expect(validateMeeting(meeting({ minutes: m })).minutes, m).toBe('path.meeting.errors.minutes');
  });

  it('needs a date, a known mode and a known statutory item', () => {
    expect(validateMeeting(meeting())).toEqual({ held_on: undefined, minutes: undefined, mode: undefined, statutory_item: undefined });
    expect(validateMeeting(meeting({ held_on: '', mode: 'x', statutory_item: '' }))).toEqual({
      held_on: 'form.required',
      minutes: undefined,
      mode: 'form.required',
      statutory_item: 'form.required',
    });
  });

  it('sends tasks one per line without blank lines, and only known contents', () => {
    expect(
      toMeetingInput(meeting({ held_on: '2.11.2026', minutes: '45', mode: 'video', contents: ['errands', 'bogus'], statutory_item: 'counselling', tasks: ' a \n\n  \nb', note: ' n ' })),
    ).toEqual({
      held_on: '2026-11-02',
      minutes: 45,
      mode: 'video',
      contents: ['errands'],
      statutory_item: 'counselling',
      tasks: ['a', 'b'],
      note: 'n',
      kind: 'individual',
      participants: [],
    });
    expect(toMeetingInput(meeting({ held_on: '' })).held_on).toBe('');
    expect(toMeetingInput(meeting({ kind: 'network', participants: ' TE \n\nKela ' })).participants).toEqual(['TE', 'Kela']);
    expect(toMeetingInput(meeting({ kind: 'individual', participants: 'TE' })).participants).toEqual([]);
  });
});

describe('network member', () => {
  const member = (over: Partial<MemberValues> = {}): MemberValues => ({ ...emptyMember(), organisation_type: 'kela', name: 'n', role: 'r', ...over });

  it('starts without consent, given today if one is added', () => {
    expect(emptyMember()).toEqual({ organisation_type: '', name: '', role: '', contact: '', with_consent: false, scope: '', given_on: '24.11.2026' });
  });

  it('needs a known type, a name and a role; a consent needs its scope and date', () => {
    expect(validateMember(member())).toEqual({
      organisation_type: undefined,
      name: undefined,
      role: undefined,
      'consent.scope': undefined,
      'consent.given_on': undefined,
    });
    expect(validateMember(member({ organisation_type: 'x', name: ' ', role: '', scope: '', given_on: '' }))).toEqual({
      organisation_type: 'form.required',
      name: 'form.required',
      role: 'form.required',
      'consent.scope': undefined,
      'consent.given_on': undefined,
    });
    expect(validateMember(member({ with_consent: true, scope: ' ', given_on: '' }))).toMatchObject({
      'consent.scope': 'form.required',
      'consent.given_on': 'form.required',
    });
    expect(validateMember(member({ with_consent: true, scope: 's', given_on: '1.1.2026' }))).toMatchObject({
      'consent.scope': undefined,
      'consent.given_on': undefined,
    });
  });

  it('sends the member trimmed, with a consent only when given', () => {
    expect(toMemberInput(member({ name: ' n ', role: ' r ', contact: ' c ', scope: 'ignored' }))).toEqual({ organisation_type: 'kela', name: 'n', role: 'r', contact: 'c' });
    expect(toMemberInput(member({ with_consent: true, scope: ' s ', given_on: '1.1.2026' })).consent).toEqual({ scope: 's', given_on: '2026-01-01' });
    expect(toMemberInput(member({ with_consent: true, scope: 's', given_on: '' })).consent).toEqual({ scope: 's', given_on: '' });
  });
});

describe('extension', () => {
  it('starts empty', () => {
    expect(emptyExtension()).toEqual({ new_deadline: '', reason: '' });
  });
  it('wants a new deadline after the current one: the day after is enough, the same day is not', () => {
    expect(validateExtension({ new_deadline: '2.6.2027', reason: 'r' }, '2027-06-01')).toEqual({ new_deadline: undefined, reason: undefined });
    expect(validateExtension({ new_deadline: '1.6.2027', reason: 'r' }, '2027-06-01').new_deadline).toBe('path.period.errors.newDeadline');
    expect(validateExtension({ new_deadline: '31.5.2027', reason: 'r' }, '2027-06-01').new_deadline).toBe('path.period.errors.newDeadline');
    expect(validateExtension({ new_deadline: '', reason: ' ' }, '2027-06-01')).toEqual({ new_deadline: 'form.required', reason: 'form.required' });
    expect(validateExtension({ new_deadline: '31.6.2027', reason: 'r' }, '2027-06-01').new_deadline).toBe('form.invalidDate');
  });
  it('sends the date as ISO and the reason trimmed', () => {
    expect(toExtensionInput({ new_deadline: '2.6.2027', reason: ' r ' })).toEqual({ new_deadline: '2027-06-02', reason: 'r' });
    expect(toExtensionInput({ new_deadline: 'x', reason: '' })).toEqual({ new_deadline: '', reason: '' });
  });
});

describe('final evaluation', () => {
  const done = (over: Partial<FinalValues> = {}): FinalValues => ({
    ...emptyFinal(),
    results: { g1: { attainment: '1', note: ' n ' }, g2: { attainment: '-2', note: '' } },
    continuation: 'studies',
    client_view: ' c ',
    worker_view: ' w ',
    ...over,
  });

  it('starts completed, evaluated today', () => {
    expect(emptyFinal()).toEqual({ mode: 'completed', results: {}, continuation: '', client_view: '', worker_view: '', reason: '', evaluated_on: '24.11.2026' });
  });

  it('wants an attainment for every goal: one goal of two is not enough', () => {
    expect(validateFinal(done(), ['g1', 'g2'])).toEqual({
      evaluated_on: undefined,
      continuation: undefined,
      client_view: undefined,
      worker_view: undefined,
    });
    expect(validateFinal(done({ results: { g1: { attainment: '1', note: '' } } }), ['g1', 'g2'])).toEqual({
      evaluated_on: undefined,
      'goal_results[1].attainment': 'form.required',
      continuation: undefined,
      client_view: undefined,
      worker_view: undefined,
    });
    expect(validateFinal(done({ results: { g1: { attainment: '', note: 'x' } } }), ['g1'])['goal_results[0].attainment']).toBe('form.required');
    expect(validateFinal(done({ continuation: 'x', client_view: ' ', worker_view: '', evaluated_on: '' }), [])).toEqual({
      evaluated_on: 'form.required',
      continuation: 'form.required',
      client_view: 'form.required',
      worker_view: 'form.required',
    });
  });

  it('wants only a reason and a date for an interruption', () => {
    expect(validateFinal(done({ mode: 'interrupted', reason: 'health', continuation: '', client_view: '' }), ['g1', 'g9'])).toEqual({
      evaluated_on: undefined,
      reason: undefined,
    });
    expect(validateFinal(done({ mode: 'interrupted', reason: 'bored' }), [])).toEqual({ evaluated_on: undefined, reason: 'form.required' });
  });

  it('sends a result for every goal, in order, trimmed', () => {
    expect(toFinalInput(done({ evaluated_on: '30.11.2026' }), ['g2', 'g1', 'g3'])).toEqual({
      goal_results: [
        { goal_id: 'g2', attainment: -2, note: '' },
        { goal_id: 'g1', attainment: 1, note: 'n' },
        { goal_id: 'g3', attainment: 0, note: '' },
      ],
      continuation: 'studies',
      client_view: 'c',
      worker_view: 'w',
      evaluated_on: '2026-11-30',
    });
  });

  it('sends an interruption with its reason, and the worker\'s view only when written', () => {
    expect(toFinalInput(done({ mode: 'interrupted', reason: 'moved_away' }), ['g1'])).toEqual({
      interrupted: true,
      reason: 'moved_away',
      evaluated_on: '2026-11-24',
      worker_view: 'w',
    });
    expect(toFinalInput(done({ mode: 'interrupted', reason: 'health', worker_view: '  ', evaluated_on: '' }), [])).toEqual({
      interrupted: true,
      reason: 'health',
      evaluated_on: '',
    });
  });
});

// ---- issue 8 (docs)
describe('printed documents and final steps', () => {
  it('prints dates as d.M.yyyy whatever the UI language', () => {
    expect(formatPrintDate('2026-12-01')).toBe('1.12.2026');
    expect(formatPrintDate('2027-01-07')).toBe('7.1.2027');
    expect(formatPrintDate('2026-12-01T10:00:00Z')).toBe('1.12.2026');
    expect(formatPrintDate(null)).toBe('');
  });

  it('prints in Swedish only for a Swedish decision', () => {
    expect(printLanguage('sv')).toBe('sv');
    expect(printLanguage('fi')).toBe('fi');
    expect(printLanguage('en')).toBe('fi');
  });

  it('sends the decider title, the notice method and the sending day', () => {
    const v = { ...emptyDecision('sv', 'x', new Date(2026, 10, 24)), outcome: 'denied' as const, grounds: 'g', decided_by_title: ' johtava sosiaalityöntekijä ', notice_method: 'electronic', sent_on: '1.12.2026' };
    expect(toDecisionInput(v)).toMatchObject({ language: 'sv', decided_by_title: 'johtava sosiaalityöntekijä', notice_method: 'electronic', sent_on: '2026-12-01' });
    expect(toDecisionInput({ ...v, notice_method: 'pigeon', sent_on: '' })).toMatchObject({ notice_method: 'mail' });
    expect(toDecisionInput({ ...v, sent_on: '' })).not.toHaveProperty('sent_on');
    expect(validateDecision({ ...v, sent_on: '31.2.2026' }).sent_on).toBeTruthy();
  });

  it('says what a decision will do before it is saved', () => {
    const v = { ...emptyDecision('fi', 'x', new Date(2026, 11, 1)), grounds: 'g', key_worker_id: 'w' };
    expect(decisionConsequence(v, 'Maija')).toEqual({ key: 'docs.decisionConfirm.granted', values: { start: '1.12.2026', deadline: '1.6.2027', worker: 'Maija' } });
    expect(decisionConsequence({ ...v, outcome: 'denied' }, 'Maija').key).toBe('docs.decisionConfirm.denied');
  });
});
