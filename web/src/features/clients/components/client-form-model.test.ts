// The client form's model at its edges: every field is trimmed before it is sent and left out when
// blank, the e-mail check takes whole addresses only, a draft restores every string field, and
// each API field maps to its own input and label (server errors land at the right input).
import { describe, expect, it } from 'vitest';
import {
  CLIENT_FIELDS,
  EMPTY_CLIENT_FORM,
  FIELD_IDS,
  FIELD_LABEL_KEYS,
  coerceFormValues,
  fromClient,
  isEmptyForm,
  toClientInput,
  validateClientForm,
} from './client-form-model';
import type { Client } from '../../../types/api';

const filled = {
  ...EMPTY_CLIENT_FORM,
  hetu: ' 010190-900p ',
  first_name: ' Testi ',
  last_name: 'Henkilö',
  municipality: 'kurikka',
  languages: ['fi', 'other'],
  phone: '040 000 0000',
  email: '',
  address: '  ',
  safety_notes: 'Pelkää koiria',
};

describe('toClientInput', () => {
  it('trims, upper-cases the identity code and leaves out empty optional fields', () => {
    expect(toClientInput(filled)).toEqual({
      hetu: '010190-900P',
      first_name: 'Testi',
      last_name: 'Henkilö',
      municipality: 'kurikka',
      languages: ['fi', 'other'],
      contact: { phone: '040 000 0000' },
      safety_notes: 'Pelkää koiria',
    });
  });

  it('sends no identity code for a client without one', () => {
    expect(toClientInput({ ...filled, hetu: '' })).not.toHaveProperty('hetu');
  });

  it('can leave the safety notes out (a viewer who may not see them)', () => {
    expect(toClientInput(filled, { includeSafetyNotes: false })).not.toHaveProperty('safety_notes');
  });
});

describe('validateClientForm', () => {
  it('requires names and municipality, and nothing else', () => {
    expect(validateClientForm(EMPTY_CLIENT_FORM)).toEqual({
      first_name: 'form.required',
      last_name: 'form.required',
      municipality: 'form.required',
    });
    expect(validateClientForm(filled)).toEqual({});
  });

  it('checks the identity code and the e-mail address when given', () => {
    expect(validateClientForm({ ...filled, hetu: '010190-900X' })).toEqual({ hetu: 'client.errors.hetu.checksum' });
    expect(validateClientForm({ ...filled, hetu: 'abc' })).toEqual({ hetu: 'client.errors.hetu.format' });
    expect(validateClientForm({ ...filled, email: 'not-an-address' })).toEqual({
      'contact.email': 'client.errors.email',
    });
  });
});

describe('drafts and records', () => {
  it('restores only known string fields from a saved draft', () => {
    expect(coerceFormValues({ first_name: 'A', languages: ['fi', 3], evil: 'x', phone: 5 })).toEqual({
      ...EMPTY_CLIENT_FORM,
      first_name: 'A',
      languages: ['fi'],
    });
    expect(coerceFormValues(null)).toEqual(EMPTY_CLIENT_FORM);
    expect(isEmptyForm(coerceFormValues(undefined))).toBe(true);
  });

  it('fills the edit form from a client record', () => {
    const client: Client = {
      id: 'c1',
      hetu: null,
      birth_date: null,
      first_name: 'Testi',
      last_name: 'Henkilö',
      municipality: { code: 'alajarvi', name: 'Alajärvi' },
      languages: ['sv'],
      contact: { phone: null, email: 'a@example.invalid', address: null },
      safety_notes: null,
      unit: null,
      version: 3,
      created_at: '2026-11-24T12:00:00Z',
      updated_at: '2026-11-24T12:00:00Z',
      relationship: 'case_worker',
    };
    expect(fromClient(client)).toEqual({
      ...EMPTY_CLIENT_FORM,
      first_name: 'Testi',
      last_name: 'Henkilö',
      municipality: 'alajarvi',
      languages: ['sv'],
      email: 'a@example.invalid',
    });
  });
});

// ---- at the edges ----
const base = { ...EMPTY_CLIENT_FORM, first_name: 'Testi', last_name: 'Henkilö', municipality: 'kurikka' };

describe('toClientInput', () => {
  it('trims every field it sends and upper-cases the identity code', () => {
    expect(
      toClientInput({
        hetu: ' 010190-900p ',
        first_name: '  Testi ',
        last_name: ' Henkilö  ',
        municipality: 'kurikka',
        languages: ['fi'],
        phone: ' 040 000 0000 ',
        email: ' a@example.invalid ',
        address: ' Katu 1 ',
        safety_notes: ' Koira ',
      }),
    ).toEqual({
      hetu: '010190-900P',
      first_name: 'Testi',
      last_name: 'Henkilö',
      municipality: 'kurikka',
      languages: ['fi'],
      contact: { phone: '040 000 0000', email: 'a@example.invalid', address: 'Katu 1' },
      safety_notes: 'Koira',
    });
  });

  it('leaves out blank optional fields', () => {
    expect(toClientInput({ ...base, hetu: '  ', phone: ' ', email: '  ', address: ' ', safety_notes: '  ' })).toEqual({
      first_name: 'Testi',
      last_name: 'Henkilö',
      municipality: 'kurikka',
      languages: [],
      contact: {},
    });
    expect(toClientInput({ ...base, email: 'a@b.fi' }).contact).toEqual({ email: 'a@b.fi' });
    expect(toClientInput({ ...base, address: 'Katu 1' }).contact).toEqual({ address: 'Katu 1' });
    expect(toClientInput({ ...base, safety_notes: 'x' }, { includeSafetyNotes: true }).safety_notes).toBe('x');
  });
});

describe('validateClientForm', () => {
  it('takes blank names as missing and a blank identity code as none', () => {
    expect(validateClientForm({ ...base, first_name: '  ', last_name: ' ' })).toEqual({
      first_name: 'form.required',
      last_name: 'form.required',
    });
    expect(validateClientForm({ ...base, hetu: '   ' })).toEqual({});
    expect(validateClientForm({ ...base, hetu: '311352-900X' })).toEqual({ hetu: 'client.errors.hetu.date' });
  });

  it('takes whole e-mail addresses only', () => {
    for (const email of ['ab@cd.ef', ' ab@cd.ef ', 'a@b.c', 'anna.k@kunta.example.fi']) {
      expect(validateClientForm({ ...base, email })).toEqual({});
    }
    for (const email of ['a b@cd.ef', 'ab@cd.ef g', 'ab@cd', 'ab@@cd.ef', '@cd.ef', 'ab@.ef', 'ab@cd.', 'ab@c d.ef', 'ab@cd.e f']) {
      expect(validateClientForm({ ...base, email }), email).toEqual({ 'contact.email': 'client.errors.email' });
    }
  });
});

describe('drafts and records', () => {
  it('restores every string field of a draft', () => {
    const saved = {
      hetu: '010190-900P',
      first_name: 'A',
      last_name: 'B',
      municipality: 'kurikka',
      languages: ['fi', 'sv'],
      phone: '1',
      email: 'e@x.fi',
      address: 'Katu',
      safety_notes: 'n',
    };
    expect(coerceFormValues(saved)).toEqual(saved);
    expect(coerceFormValues({ languages: 'fi', first_name: 1 })).toEqual(EMPTY_CLIENT_FORM);
    expect(coerceFormValues('text')).toEqual(EMPTY_CLIENT_FORM);
  });

  it('does not share the empty form\'s language list with a restored form', () => {
    const v = coerceFormValues({});
    v.languages.push('fi');
    expect(EMPTY_CLIENT_FORM.languages).toEqual([]);
  });

  it('knows an empty form from a touched one', () => {
    expect(isEmptyForm(EMPTY_CLIENT_FORM)).toBe(true);
    expect(isEmptyForm({ ...EMPTY_CLIENT_FORM, phone: '1' })).toBe(false);
    expect(isEmptyForm({ ...EMPTY_CLIENT_FORM, languages: ['fi'] })).toBe(false);
  });

  it('fills every field from a record that has them all', () => {
    const client = {
      id: 'c1',
      hetu: '010190-900P',
      birth_date: '1990-01-01',
      first_name: 'Testi',
      last_name: 'Henkilö',
      municipality: { code: 'alajarvi', name: 'Alajärvi' },
      languages: ['fi', 'sv'],
      contact: { phone: '040', email: 'a@example.invalid', address: 'Katu 1' },
      safety_notes: 'Koira',
      unit: null,
      version: 3,
      created_at: '2026-11-24T12:00:00Z',
      updated_at: '2026-11-24T12:00:00Z',
      relationship: 'case_worker',
    } as Client;
    const v = fromClient(client);
    expect(v).toEqual({
      hetu: '010190-900P',
      first_name: 'Testi',
      last_name: 'Henkilö',
      municipality: 'alajarvi',
      languages: ['fi', 'sv'],
      phone: '040',
      email: 'a@example.invalid',
      address: 'Katu 1',
      safety_notes: 'Koira',
    });
    expect(v.languages).not.toBe(client.languages);
    expect(fromClient({ ...client, hetu: null, contact: { phone: null, email: null, address: null }, safety_notes: null })).toMatchObject({
      hetu: '',
      phone: '',
      email: '',
      address: '',
      safety_notes: '',
    });
  });

  it('maps each API field to its own input and label', () => {
    expect(FIELD_IDS).toEqual({
      hetu: 'client-hetu',
      first_name: 'client-first-name',
      last_name: 'client-last-name',
      municipality: 'client-municipality',
      languages: 'client-language-fi',
      'contact.phone': 'client-phone',
      'contact.email': 'client-email',
      'contact.address': 'client-address',
      safety_notes: 'client-safety-notes',
    });
    expect(CLIENT_FIELDS).toEqual(Object.keys(FIELD_IDS));
    expect(FIELD_LABEL_KEYS).toEqual({
      hetu: 'client.fields.hetu',
      first_name: 'client.fields.firstName',
      last_name: 'client.fields.lastName',
      municipality: 'client.fields.municipality',
      languages: 'client.fields.languages',
      'contact.phone': 'client.fields.phone',
      'contact.email': 'client.fields.email',
      'contact.address': 'client.fields.address',
      safety_notes: 'client.fields.safetyNotes',
    });
    expect(EMPTY_CLIENT_FORM).toEqual({
      hetu: '', first_name: '', last_name: '', municipality: '', languages: [], phone: '', email: '', address: '', safety_notes: '',
    });
  });
});
