import { describe, expect, it } from 'vitest';
import {
  EMPTY_CLIENT_FORM,
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
