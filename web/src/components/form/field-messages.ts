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

/** Our own checks: an i18n key (or a message with its parameters already in) by field. */
export type LocalErrors = Record<string, string | FieldMessage | undefined>;

export function fromKeys(errors: LocalErrors): FieldMessages {
  const out: FieldMessages = {};
  for (const [field, m] of Object.entries(errors)) if (m) out[field] = typeof m === 'string' ? { key: m } : m;
  return out;
}

export function fromServer(error: ApiError): FieldMessages {
  const out: FieldMessages = {};
  for (const [field, text] of Object.entries(error.fieldErrors)) out[field] = { text };
  return out;
}

