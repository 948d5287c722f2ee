// Dates and times shown in the user's language: a calendar date stays the same day whatever the
// time zone, a timestamp is shown to the second, and what is not a date is shown as it came.
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { formatDate, formatDateTime, formatTime } from './format';

describe('format', () => {
  afterEach(async () => {
    await i18n.changeLanguage('fi');
  });

  it('shows an ISO date as that calendar day, in the UI language', async () => {
    await i18n.changeLanguage('fi');
    expect(formatDate('2026-11-24')).toBe('24.11.2026');
    expect(formatDate('2027-01-05')).toBe('5.1.2027');
    await i18n.changeLanguage('en');
    expect(formatDate('2026-11-24')).toBe('24/11/2026');
  });

  it('shows nothing for nothing, and text that is not a date as it is', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('later')).toBe('later');
  });

  it('shows a timestamp with hours, minutes and seconds', async () => {
    await i18n.changeLanguage('en');
    const at = new Date(2026, 10, 24, 9, 5, 7);
    expect(formatDateTime(at.toISOString())).toBe('24/11/2026, 09:05:07');
    expect(formatTime(at)).toBe('09:05');
  });
});
