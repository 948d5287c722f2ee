// Small helpers shared by the admin forms.
import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessageKey } from '../../../components/RequestError';

/** Server field errors by field, or a general message key when the error names no field. */
export function splitError(e: unknown): { fields: Record<string, string>; generalKey: string | null } {
  if (isApiError(e) && Object.keys(e.fieldErrors).length > 0) return { fields: e.fieldErrors, generalKey: null };
  if (isApiError(e, 409)) return { fields: {}, generalKey: 'admin.errors.duplicate' };
  return { fields: {}, generalKey: errorMessageKey(e) };
}

export function required(t: TFunction, value: string): string | undefined {
  return value.trim() ? undefined : t('form.required');
}
