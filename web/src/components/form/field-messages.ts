// A message at a form field: either our own (an i18n key, re-translated when the language
// changes) or the server's text as it sent it.
import type { TFunction } from 'i18next';
import type { ApiError } from '../../lib/api-client';

export type FieldMessage = { key: string } | { text: string };
export type FieldMessages = Record<string, FieldMessage>;

export function messageText(t: TFunction, m: FieldMessage | undefined): string | undefined {
  if (!m) return undefined;
  return 'key' in m ? t(m.key) : m.text;
}

export function fromKeys(errors: Record<string, string | undefined>): FieldMessages {
  const out: FieldMessages = {};
  for (const [field, key] of Object.entries(errors)) if (key) out[field] = { key };
  return out;
}

export function fromServer(error: ApiError): FieldMessages {
  const out: FieldMessages = {};
  for (const [field, text] of Object.entries(error.fieldErrors)) out[field] = { text };
  return out;
}

