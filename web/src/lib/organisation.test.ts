// Municipalities and units: the requests, their cache keys and lifetimes, and the sorting of names
// in the collation of the user's language (Å and Ä are letters of their own after Z in Swedish
// and Finnish, not an A).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMunicipalities, getUnits, localName, municipalitiesQuery, sortByName, unitsQuery } from './organisation';
import { FakeApi } from '../test/fake-api';

afterEach(() => vi.unstubAllGlobals());

describe('organisation', () => {
  it('asks for a county\'s municipalities and for the units', async () => {
    const fake = new FakeApi().install();
    fake.on('GET', '/counties/etela-pohjanmaa/municipalities', { status: 200, body: { items: [{ code: '005', name: 'Alajärvi' }] } });
    fake.on('GET', '/counties/a%2Fb/municipalities', { status: 200, body: { items: [] } });
    fake.on('GET', '/units', { status: 200, body: { items: [] } });
    await expect(getMunicipalities('etela-pohjanmaa')).resolves.toEqual({ items: [{ code: '005', name: 'Alajärvi' }] });
    await expect(getMunicipalities('a/b')).resolves.toEqual({ items: [] });
    await expect(getUnits()).resolves.toEqual({ items: [] });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /counties/etela-pohjanmaa/municipalities',
      'GET /counties/a%2Fb/municipalities',
      'GET /units',
    ]);
  });

  it('caches municipalities per county for five minutes and units for one', () => {
    const m = municipalitiesQuery('pirkanmaa');
    expect(m.queryKey).toEqual(['counties', 'pirkanmaa', 'municipalities']);
    expect(m.staleTime).toBe(300_000);
    const u = unitsQuery();
    expect(u.queryKey).toEqual(['units']);
    expect(u.staleTime).toBe(60_000);
    expect(u.queryFn).toBe(getUnits);
  });

  it('fetches with the query functions it names', async () => {
    const fake = new FakeApi().install();
    fake.on('GET', '/counties/x/municipalities', { status: 200, body: { items: [] } });
    const fn = municipalitiesQuery('x').queryFn as () => Promise<unknown>;
    await expect(fn()).resolves.toEqual({ items: [] });
    expect(fake.requests.map((r) => r.path)).toEqual(['/counties/x/municipalities']);
  });

  it('sorts names in the collation of the language, without changing the list it was given', () => {
    const items = [{ name: 'Åbo' }, { name: 'Ähtäri' }, { name: 'Vaasa' }, { name: 'Oulu' }];
    expect(sortByName(items, 'sv').map((i) => i.name)).toEqual(['Oulu', 'Vaasa', 'Åbo', 'Ähtäri']);
    expect(sortByName(items, 'fi').map((i) => i.name)).toEqual(['Oulu', 'Vaasa', 'Åbo', 'Ähtäri']);
    expect(sortByName(items, 'en').map((i) => i.name)).toEqual(['Åbo', 'Ähtäri', 'Oulu', 'Vaasa']);
    expect(items.map((i) => i.name)).toEqual(['Åbo', 'Ähtäri', 'Vaasa', 'Oulu']);
  });

  it('shows the Swedish name in Swedish when one is recorded, else the Finnish one', () => {
    const tampere = { code: 'tampere', name: 'Tampere', name_sv: 'Tammerfors' };
    const kurikka = { code: 'kurikka', name: 'Kurikka', name_sv: '' };
    expect(localName(tampere, 'sv')).toBe('Tammerfors');
    expect(localName(tampere, 'sv-FI')).toBe('Tammerfors');
    expect(localName(tampere, 'fi')).toBe('Tampere');
    expect(localName(tampere, 'en')).toBe('Tampere');
    expect(localName(kurikka, 'sv')).toBe('Kurikka');
    expect(localName({ name: 'Alajärvi' }, 'sv')).toBe('Alajärvi');
  });

  it('sorts by the name shown: Swedish names in Swedish', () => {
    const items = [
      { code: 'mikkeli', name: 'Mikkeli', name_sv: 'S:t Michel' },
      { code: 'juva', name: 'Juva', name_sv: 'Jockas' },
      { code: 'kerava', name: 'Kerava', name_sv: 'Kervo' },
    ];
    expect(sortByName(items, 'fi').map((m) => m.code)).toEqual(['juva', 'kerava', 'mikkeli']);
    expect(sortByName(items, 'sv').map((m) => m.code)).toEqual(['juva', 'kerava', 'mikkeli']);
    const swap = [
      { code: 'a', name: 'Aa', name_sv: 'Zz' },
      { code: 'b', name: 'Bb', name_sv: 'Yy' },
    ];
    expect(sortByName(swap, 'fi').map((m) => m.code)).toEqual(['a', 'b']);
    expect(sortByName(swap, 'sv').map((m) => m.code)).toEqual(['b', 'a']);
  });
});
