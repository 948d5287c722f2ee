// Stage guidance on the plan tab (issue 8): an overdue review, the goal a link points at, and the
// attainment choices with the goal's own level descriptions.
import { describe, expect, it } from 'vitest';
import { attainmentChoices, reviewOverdue, targetGoal } from './path-models';
import type { Goal } from '../../../types/api';

type G = Parameters<typeof reviewOverdue>[0];
const goal = (over: Partial<G> = {}): G => ({ status: 'active', review_on: '2026-11-20', reviews: [], gas_levels: null, ...over });
const review = (reviewed_on: string): Goal['reviews'][number] =>
  ({ id: 'r', reviewed_on, attainment: 0, note: '', created_by: 'u', created_at: `${reviewed_on}T10:00:00.000Z` });

describe('reviewOverdue', () => {
  it('is overdue the day after the review date, not on it', () => {
    expect(reviewOverdue(goal(), '2026-11-20')).toBe(false);
    expect(reviewOverdue(goal(), '2026-11-21')).toBe(true);
  });
  it('is not overdue once reviewed on or after the review date; an earlier review does not count', () => {
    expect(reviewOverdue(goal({ reviews: [review('2026-11-20')] }), '2026-12-01')).toBe(false);
    expect(reviewOverdue(goal({ reviews: [review('2026-11-19')] }), '2026-12-01')).toBe(true);
  });
  it('is never overdue without a review date or for a goal no longer active', () => {
    expect(reviewOverdue(goal({ review_on: null }), '2026-12-01')).toBe(false);
    expect(reviewOverdue(goal({ status: 'achieved' as G['status'] }), '2026-12-01')).toBe(false);
  });
});

describe('attainmentChoices', () => {
  it('gives the levels highest first, each with the goal\'s own description', () => {
    const levels = { '-2': 'ei lainkaan', '-1': 'harvoin', '0': 'kerran viikossa', '1': 'kahdesti', '2': 'joka päivä' };
    expect(attainmentChoices({ gas_levels: levels })).toEqual([
      { level: '2', description: 'joka päivä' },
      { level: '1', description: 'kahdesti' },
      { level: '0', description: 'kerran viikossa' },
      { level: '-1', description: 'harvoin' },
      { level: '-2', description: 'ei lainkaan' },
    ]);
  });
  it('has no descriptions for a goal without levels', () => {
    expect(attainmentChoices({ gas_levels: null }).map((c) => c.description)).toEqual([null, null, null, null, null]);
  });
});

describe('targetGoal', () => {
  const ids = ['g1', 'g2'];
  it('takes the goal from ?goal= or #goal-, only when the plan has it', () => {
    expect(targetGoal('?goal=g2', '', ids)).toBe('g2');
    expect(targetGoal('', '#goal-g1', ids)).toBe('g1');
    expect(targetGoal('?goal=g9', '', ids)).toBeNull();
    expect(targetGoal('', '', ids)).toBeNull();
  });
});
