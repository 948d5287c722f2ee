// The code lists come from the server (GET /api/v1/codes): their order and texts are the
// server's, the text follows the UI language or a fixed one, and an unknown code shows as itself.
import { describe, expect, it, vi } from 'vitest';
import { CODES_QUERY_KEY, GAS_LEVELS, codesFrom } from './codes';
import { CODES } from '../test/codes-fixture';

describe('codesFrom', () => {
  it('lists the server\'s codes in its order and labels them in the UI language', () => {
    const sv = codesFrom(CODES, 'sv');
    expect(sv.ready).toBe(true);
    expect(sv.list('need_level')).toEqual(['none', 'some', 'considerable', 'great']);
    expect(sv.label('meeting_mode', 'home_visit')).toBe('Hembesök');
    expect(codesFrom(CODES, 'en').label('meeting_mode', 'home_visit')).toBe('Home visit');
    expect(codesFrom(CODES, 'fi').label('meeting_mode', 'home_visit')).toBe('Kotikäynti');
  });

  it('takes a fixed language for printed documents and falls back to Finnish', () => {
    expect(codesFrom(CODES, 'en').label('service_form', 'group', 'sv')).toBe('Gruppverksamhet');
    expect(codesFrom(CODES, 'xx').label('service_form', 'group')).toBe('Ryhmätoiminta');
  });

  it('shows a code the list does not have as itself, and nothing before the lists arrive', () => {
    const c = codesFrom(CODES, 'fi');
    expect(c.label('meeting_mode', 'telepathy')).toBe('telepathy');
    expect(c.find('meeting_mode', 'telepathy')).toBeUndefined();
    const none = codesFrom(undefined, 'fi');
    expect(none.ready).toBe(false);
    expect(none.list('life_area')).toEqual([]);
    expect(none.label('life_area', 'housing')).toBe('housing');
  });

  it('uses a label the server changed (no copy in the web app)', () => {
    const changed = { lists: { ...CODES.lists, meeting_mode: [{ code: 'office', fi: 'Toimisto', sv: 'Kontor', en: 'Office' }] } };
    expect(codesFrom(changed, 'fi').list('meeting_mode')).toEqual(['office']);
    expect(codesFrom(changed, 'fi').label('meeting_mode', 'office')).toBe('Toimisto');
  });
});

describe('fetchCodes', () => {
  it('reads the lists from GET /codes', async () => {
    const { FakeApi } = await import('../test/fake-api');
    const { fetchCodes } = await import('./codes');
    const fake = new FakeApi().install();
    try {
      await expect(fetchCodes()).resolves.toEqual(CODES);
      expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /codes']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('codes', () => {
  it('finds a code in the UI language or a given one', () => {
    const c = codesFrom(CODES, 'en');
    expect(c.find('meeting_mode', 'home_visit')).toBe('Home visit');
    expect(c.find('meeting_mode', 'home_visit', 'fi')).toBe('Kotikäynti');
    expect(c.label('meeting_mode', 'home_visit', 'fi')).toBe('Kotikäynti');
  });
  it('describes the five GAS levels from -2 to +2', () => {
    expect(GAS_LEVELS).toEqual(['-2', '-1', '0', '1', '2']);
    expect(CODES_QUERY_KEY).toEqual(['codes']);
  });
});
