// The rules of the path forms, written from domain.md and the API: GAS levels all five or none,
// the payloads the API expects, and drafts restored into the form's shape.
import { describe, expect, it } from 'vitest';
import {
  coerceAssessment,
  coerceLike,
  emptyAssessment,
  emptyDecision,
  emptyFinal,
  emptyGoal,
  emptyMeeting,
  emptyMember,
  gasProblems,
  toAssessmentInput,
  toDecisionInput,
  toFinalInput,
  toGoalInput,
  toMeetingInput,
  toMemberInput,
  validateAssessment,
  validateDecision,
  validateExtension,
  validateFinal,
  validateGoal,
  validateMeeting,
} from './path-models';
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
    expect(toDecisionInput(v)).toEqual({ outcome: 'denied', grounds: 'Ei tarvetta', language: 'fi', appeal_instructions: 'ohje' });
  });

  it('sends the period fields for a granted decision', () => {
    const v = { ...emptyDecision('fi', 'ohje', new Date(2026, 10, 24)), key_worker_id: 'w1', grounds: 'g', service_forms: ['individual', 'group'] };
    expect(toDecisionInput(v)).toEqual({
      outcome: 'granted',
      grounds: 'g',
      language: 'fi',
      appeal_instructions: 'ohje',
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
