// The client form's values, their mapping to and from the API, client-side checks (a hint only:
// the server decides), and the element id of each API field so that server errors land at the
// right input.
import { hetuProblem } from '../../../lib/hetu';
import type { Client, ClientInput } from '../../../types/api';

export interface ClientFormValues {
  hetu: string;
  first_name: string;
  last_name: string;
  municipality: string;
  languages: string[];
  phone: string;
  email: string;
  address: string;
  safety_notes: string;
}

export const EMPTY_CLIENT_FORM: ClientFormValues = {
  hetu: '',
  first_name: '',
  last_name: '',
  municipality: '',
  languages: [],
  phone: '',
  email: '',
  address: '',
  safety_notes: '',
};

/** API field name → id of the element that edits it. */
export const FIELD_IDS = {
  hetu: 'client-hetu',
  first_name: 'client-first-name',
  last_name: 'client-last-name',
  municipality: 'client-municipality',
  languages: 'client-language-fi',
  'contact.phone': 'client-phone',
  'contact.email': 'client-email',
  'contact.address': 'client-address',
  safety_notes: 'client-safety-notes',
} as const;
export type ClientField = keyof typeof FIELD_IDS;
export const CLIENT_FIELDS = Object.keys(FIELD_IDS) as ClientField[];

/** i18n key of each field's label */
export const FIELD_LABEL_KEYS: Record<ClientField, string> = {
  hetu: 'client.fields.hetu',
  first_name: 'client.fields.firstName',
  last_name: 'client.fields.lastName',
  municipality: 'client.fields.municipality',
  languages: 'client.fields.languages',
  'contact.phone': 'client.fields.phone',
  'contact.email': 'client.fields.email',
  'contact.address': 'client.fields.address',
  safety_notes: 'client.fields.safetyNotes',
};

/** Restores saved values, ignoring anything that does not belong to the form. */
export function coerceFormValues(data: unknown): ClientFormValues {
  const out: ClientFormValues = { ...EMPTY_CLIENT_FORM, languages: [] };
  if (typeof data !== 'object' || data === null) return out;
  const d = data as Record<string, unknown>;
  for (const key of Object.keys(EMPTY_CLIENT_FORM) as (keyof ClientFormValues)[]) {
    if (key === 'languages') {
      if (Array.isArray(d.languages)) out.languages = d.languages.filter((l): l is string => typeof l === 'string');
    } else if (typeof d[key] === 'string') {
      out[key] = d[key];
    }
  }
  return out;
}

export function isEmptyForm(v: ClientFormValues): boolean {
  return JSON.stringify(v) === JSON.stringify(EMPTY_CLIENT_FORM);
}

export function fromClient(c: Client): ClientFormValues {
  return {
    hetu: c.hetu ?? '',
    first_name: c.first_name,
    last_name: c.last_name,
    municipality: c.municipality.code,
    languages: [...c.languages],
    phone: c.contact.phone ?? '',
    email: c.contact.email ?? '',
    address: c.contact.address ?? '',
    safety_notes: c.safety_notes ?? '',
  };
}

export function toClientInput(v: ClientFormValues, { includeSafetyNotes = true } = {}): ClientInput {
  const contact: ClientInput['contact'] = {};
  if (v.phone.trim()) contact.phone = v.phone.trim();
  if (v.email.trim()) contact.email = v.email.trim();
  if (v.address.trim()) contact.address = v.address.trim();
  const input: ClientInput = {
    first_name: v.first_name.trim(),
    last_name: v.last_name.trim(),
    municipality: v.municipality,
    languages: v.languages,
    contact,
  };
  if (v.hetu.trim()) input.hetu = v.hetu.trim().toUpperCase();
  if (includeSafetyNotes && v.safety_notes.trim()) input.safety_notes = v.safety_notes.trim();
  return input;
}

/** Client-side checks; values are i18n keys of the messages. */
export function validateClientForm(v: ClientFormValues): Partial<Record<ClientField, string>> {
  const errors: Partial<Record<ClientField, string>> = {};
  if (v.hetu.trim()) {
    const problem = hetuProblem(v.hetu);
    if (problem) errors.hetu = `client.errors.hetu.${problem}`;
  }
  if (!v.first_name.trim()) errors.first_name = 'form.required';
  if (!v.last_name.trim()) errors.last_name = 'form.required';
  if (!v.municipality) errors.municipality = 'form.required';
  if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) {
    errors['contact.email'] = 'client.errors.email';
  }
  return errors;
}
