import { describe, expect, it } from 'vitest';
import { addMonthsIso, dateProblem, daysBetween, fromInputDate, toInputDate, todayInput } from './dates';

describe('dates', () => {
  it('turns typed Finnish dates into ISO and back', () => {
    expect(fromInputDate('24.11.2026')).toBe('2026-11-24');
    expect(fromInputDate('1.2.2027')).toBe('2027-02-01');
    expect(fromInputDate('2027-02-01')).toBe('2027-02-01');
    expect(toInputDate('2027-02-01')).toBe('1.2.2027');
    expect(todayInput(new Date(2026, 10, 24))).toBe('24.11.2026');
  });
  it('rejects what is not a date', () => {
    expect(fromInputDate('31.2.2027')).toBeNull();
    expect(fromInputDate('24.11.')).toBeNull();
    expect(dateProblem('', true)).toBe('form.required');
    expect(dateProblem('', false)).toBeUndefined();
    expect(dateProblem('x', false)).toBe('form.invalidDate');
  });
  it('adds months and counts days', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2026-11-10', 4)).toBe('2027-03-10');
    expect(daysBetween('2026-11-24', '2026-12-08')).toBe(14);
  });
});
