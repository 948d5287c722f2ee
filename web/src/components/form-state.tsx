// What every form of the client's path shares: errors at fields (our own checks as i18n keys,
// the server's problem+json `errors[]` as sent), a summary at the top linking to each field, a
// general error for what is not about one field, and element ids derived from API field names
// (`life_areas[2].client_view` → `<prefix>-life_areas-2-client_view`) so server errors land at
// the right input.
import { useState } from 'react';
import { InlineAlert } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from './FormErrorSummary';
import { errorMessageKey } from './RequestError';
import { fromKeys, fromServer, messageText } from './field-messages';
import type { FieldMessages } from './field-messages';
import { isApiError } from '../lib/api-client';

export function fieldId(prefix: string, field: string): string {
  // '-' is spelt out so that `gas_levels.-2` and `gas_levels.2` get different ids
  return `${prefix}-${field.replace(/-/g, 'neg').replace(/[^a-zA-Z0-9_]+/g, '-').replace(/-+$/, '')}`;
}

export interface FormErrors {
  errors: FieldMessages;
  focusKey: number;
  general: string | null;
  /** Shows our own checks; true when there were any (then do not send). */
  local(errs: Record<string, string | undefined>): boolean;
  /** Shows why the server refused. */
  fail(e: unknown): void;
  clear(): void;
  /** The message at a field, translated. */
  text(field: string): string | undefined;
}

export function useFormErrors(): FormErrors {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldMessages>({});
  const [focusKey, setFocusKey] = useState(0);
  const [general, setGeneral] = useState<string | null>(null);
  return {
    errors,
    focusKey,
    general,
    local(errs) {
      const m = fromKeys(errs);
      setGeneral(null);
      setErrors(m);
      if (Object.keys(m).length === 0) return false;
      setFocusKey((k) => k + 1);
      return true;
    },
    fail(e) {
      if (isApiError(e) && Object.keys(e.fieldErrors).length > 0) {
        setErrors(fromServer(e));
        setFocusKey((k) => k + 1);
      } else if (isApiError(e, 401)) {
        setGeneral('forms.notSavedSessionExpired');
      } else if (isApiError(e) && e.isStaleVersion) {
        setGeneral('forms.stale');
      } else {
        setGeneral(errorMessageKey(e));
      }
    },
    clear() {
      setErrors({});
      setGeneral(null);
    },
    text: (field) => messageText(t, errors[field]),
  };
}

/** The error summary and the general error of a form, above its fields. */
export function FormErrorsView({
  form,
  prefix,
  label,
  fallbackField,
}: {
  form: FormErrors;
  prefix: string;
  /** The visible label of an API field, for the summary. */
  label(field: string): string;
  /** Where to send the user for an error whose field has no input of its own. */
  fallbackField: string;
}) {
  const { t } = useTranslation();
  const items = Object.keys(form.errors).map((field) => {
    const id = fieldId(prefix, field);
    const exists = typeof document === 'undefined' || document.getElementById(id) !== null;
    return { inputId: exists ? id : fieldId(prefix, fallbackField), text: `${label(field)}: ${form.text(field)}` };
  });
  return (
    <>
      {form.general && (
        <InlineAlert status="error" mb="l" role="alert">
          {t(form.general)}
        </InlineAlert>
      )}
      <FormErrorSummary items={items} focusKey={form.focusKey} />
    </>
  );
}
