// Rules from domain.md: DDMMYYCNNNQ; century signs; check character = DDMMYYNNN mod 31;
// the date must exist in its century; individual numbers 002–999.
import { describe, expect, it } from 'vitest';
import { ageOn, checkCharacter, hetuProblem } from './hetu';

describe('hetuProblem', () => {
  it('accepts valid codes with every kind of century sign', () => {
    expect(hetuProblem('131052-308T')).toBeNull();
    expect(hetuProblem('131052A308T')).toBeNull(); // same digits in the 2000s
    expect(hetuProblem('131052Y308T')).toBeNull();
    expect(hetuProblem('131052+308T')).toBeNull();
    expect(hetuProblem('010190-900P')).toBeNull(); // a temporary/test code (900–999)
    expect(hetuProblem(' 010190-900p ')).toBeNull(); // trimmed, case-insensitive
  });

  it('computes the check character from DDMMYYNNN mod 31', () => {
    expect(checkCharacter('131052', '308')).toBe('T');
    expect(checkCharacter('010190', '900')).toBe('P');
  });

  it('rejects a wrong check character', () => {
    expect(hetuProblem('131052-308U')).toBe('checksum');
  });

  it('rejects malformed codes', () => {
    for (const code of ['', '131052308T', '131052-30T', '131052G308T', '131052-308G', '131052-308TT']) {
      expect(hetuProblem(code)).toBe('format');
    }
  });

  it('rejects dates that do not exist in the century', () => {
    expect(hetuProblem('310452-308T')).toBe('date');
    expect(hetuProblem('011352-308T')).toBe('date');
    // 29 February only in leap years: 2000 was one, 1900 was not
    const d2000 = `290200A900${checkCharacter('290200', '900')}`;
    const d1900 = `290200-900${checkCharacter('290200', '900')}`;
    expect(hetuProblem(d2000)).toBeNull();
    expect(hetuProblem(d1900)).toBe('date');
  });

  it('rejects individual numbers 000 and 001', () => {
    expect(hetuProblem(`010190-000${checkCharacter('010190', '000')}`)).toBe('individual');
    expect(hetuProblem(`010190-001${checkCharacter('010190', '001')}`)).toBe('individual');
    expect(hetuProblem(`010190-002${checkCharacter('010190', '002')}`)).toBeNull();
  });
});

describe('ageOn', () => {
  it('counts whole years, the birthday included', () => {
    expect(ageOn('1990-11-24', new Date(2026, 10, 24))).toBe(36);
    expect(ageOn('1990-11-25', new Date(2026, 10, 24))).toBe(35);
    expect(ageOn('bad')).toBeNull();
  });
});

describe('hetu at its edges', () => {
  const code = (ddmmyy: string, sign: string, nnn: string) => `${ddmmyy}${sign}${nnn}${checkCharacter(ddmmyy, nnn)}`;

  it('takes only a whole code', () => {
    expect(hetuProblem(`X${code('131052', '-', '308')}`)).toBe('format');
    expect(hetuProblem(`${code('131052', '-', '308')}X`)).toBe('format');
  });

  it('accepts the first and last day of the year and of a month', () => {
    expect(hetuProblem(code('311252', '-', '900'))).toBeNull();
    expect(hetuProblem(code('010152', '-', '900'))).toBeNull();
    expect(hetuProblem(code('300452', '-', '900'))).toBeNull();
    expect(hetuProblem(code('310452', '-', '900'))).toBe('date');
    expect(hetuProblem(code('000152', '-', '900'))).toBe('date');
    expect(hetuProblem(code('010052', '-', '900'))).toBe('date');
    expect(hetuProblem(code('320152', '-', '900'))).toBe('date');
  });

  it('reads the century from the sign: 1800s, 1900s, 2000s', () => {
    // 29 February 1900 did not exist (1900 was no leap year); 1800 neither; 2000 was
    expect(hetuProblem(code('290200', '+', '900'))).toBe('date');
    expect(hetuProblem(code('290200', 'U', '900'))).toBe('date');
    expect(hetuProblem(code('290200', 'F', '900'))).toBeNull();
    expect(hetuProblem(code('290204', '+', '900'))).toBeNull();
  });

  it('accepts the highest individual number', () => {
    expect(hetuProblem(code('010190', '-', '999'))).toBeNull();
  });
});

describe('ageOn at its edges', () => {
  const today = new Date(2026, 10, 24); // 24 November 2026
  it('counts a birthday later in the year, earlier in the year, and later in the month', () => {
    expect(ageOn('1990-12-01', today)).toBe(35);
    expect(ageOn('1990-10-30', today)).toBe(36);
    expect(ageOn('1990-11-23', today)).toBe(36);
    expect(ageOn('1990-01-01', today)).toBe(36);
    expect(ageOn('2026-11-24', today)).toBe(0);
  });
  it('reads the date only from the start of the text', () => {
    expect(ageOn('x1990-11-24', today)).toBeNull();
    expect(ageOn('1990-11-24T00:00:00Z', today)).toBe(36);
  });
});
