import { describe, expect, it } from 'vitest';
import { addMonthsIso, dateProblem, daysBetween, fromInputDate, isoOf, toInputDate, todayInput, todayIso } from './dates';

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

describe('dates at their edges', () => {
  it('takes only a whole ISO date for the date field, and nothing for nothing', () => {
    expect(toInputDate('2026-11-24')).toBe('24.11.2026');
    expect(toInputDate('x2026-11-24')).toBe('');
    expect(toInputDate('2026-11-24T10:00')).toBe('');
    expect(toInputDate(null)).toBe('');
    expect(toInputDate(undefined)).toBe('');
  });

  it('reads a typed date around surrounding spaces, and only a whole date', () => {
    expect(fromInputDate('  24.11.2026 ')).toBe('2026-11-24');
    expect(fromInputDate(' 2026-11-24 ')).toBe('2026-11-24');
    for (const t of ['x2026-11-24', '2026-11-24x', 'x24.11.2026', '24.11.2026x', '24.11.26', '124.11.2026']) {
      expect(fromInputDate(t)).toBeNull();
    }
  });

  it('refuses a day, month or year the calendar does not have', () => {
    expect(fromInputDate('31.4.2027')).toBeNull(); // April has 30 days
    expect(fromInputDate('30.4.2027')).toBe('2027-04-30');
    expect(fromInputDate('1.13.2026')).toBeNull();
    expect(fromInputDate('1.0.2026')).toBeNull();
    expect(fromInputDate('0.1.2026')).toBeNull();
    expect(fromInputDate('29.2.2028')).toBe('2028-02-29');
    expect(fromInputDate('29.2.2027')).toBeNull();
    // years below 100 would silently become 19xx in a JavaScript Date
    expect(fromInputDate('1.1.0099')).toBeNull();
  });

  it('counts a blank date as missing', () => {
    expect(dateProblem('   ', true)).toBe('form.required');
    expect(dateProblem('   ', false)).toBeUndefined();
    expect(dateProblem('24.11.2026', true)).toBeUndefined();
    expect(dateProblem('31.2.2027', true)).toBe('form.invalidDate');
  });

  it('writes today and any date as yyyy-mm-dd with two-digit month and day', () => {
    expect(isoOf(new Date(2027, 0, 5))).toBe('2027-01-05');
    expect(todayIso(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(addMonthsIso('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsIso('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsIso('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsIso('2026-05-15', 0)).toBe('2026-05-15');
    expect(daysBetween('2026-12-08', '2026-11-24')).toBe(-14);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the change to summer time
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});
