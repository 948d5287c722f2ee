// Errors of a form: at fields (our own checks as i18n keys, the server's problem+json `errors[]`
// as sent), a summary at the top linking to each field (in the order of the fields on the page),
// a general error for what is not about one field, and element ids derived from API field names
// (`life_areas[2].client_view` → `<prefix>-life_areas-2-client_view`) so server errors land at
// the right input.
import { useState } from 'react';
import { InlineAlert } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from './FormErrorSummary';
import { errorMessageKey } from '../RequestError';
import { fromKeys, fromServer, messageText } from './field-messages';
import type { FieldMessages, LocalErrors } from './field-messages';
import { isApiError } from '../../lib/api-client';

export function fieldId(prefix: string, field: string): string {
  // '-' is spelt out so that `gas_levels.-2` and `gas_levels.2` get different ids
  return `${prefix}-${field.replace(/-/g, 'neg').replace(/[^a-zA-Z0-9_]+/g, '-').replace(/-+$/, '')}`;
}

/** How a form explains a refusal itself instead of the default (fields from the server, else a general text); `{}` shows nothing. */
export interface ErrorOverride {
  fields?: FieldMessages;
  /** An i18n key. */
  general?: string;
}

export interface FormErrors {
  errors: FieldMessages;
  focusKey: number;
  general: string | null;
  /** Shows our own checks (i18n keys by field); true when there were any (then do not send). */
  local(errs: LocalErrors): boolean;
  /** Shows why the server refused. */
  fail(e: unknown, override?: ErrorOverride): void;
  clear(): void;
  /** The message at a field, translated. */
  text(field: string): string | undefined;
}

export interface FormErrorsOptions {
  /** Server field names shown at another field (e.g. `roles[0].unit` at `roles`). */
  mapField?(field: string): string;
}

export function useFormErrors({ mapField }: FormErrorsOptions = {}): FormErrors {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldMessages>({});
  const [focusKey, setFocusKey] = useState(0);
  const [general, setGeneral] = useState<string | null>(null);
  function showFields(m: FieldMessages) {
    setGeneral(null);
    setErrors(m);
    if (Object.keys(m).length > 0) setFocusKey((k) => k + 1);
  }
  return {
    errors,
    focusKey,
    general,
    local(errs) {
      const m = fromKeys(errs);
      showFields(m);
      return Object.keys(m).length > 0;
    },
    fail(e, override) {
      if (override) {
        // The form explains this refusal itself: its fields, its general text, or nothing here.
        setErrors({});
        setGeneral(override.general ?? null);
        if (override.fields) showFields(override.fields);
      } else if (isApiError(e) && Object.keys(e.fieldErrors).length > 0) {
        const m = fromServer(e);
        const mapped: FieldMessages = {};
        for (const [f, msg] of Object.entries(m)) mapped[mapField ? mapField(f) : f] ??= msg;
        showFields(mapped);
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

function byPageOrder(a: { inputId: string }, b: { inputId: string }): number {
  if (typeof document === 'undefined') return 0;
  const x = document.getElementById(a.inputId);
  const y = document.getElementById(b.inputId);
  if (!x || !y || x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The error summary and the general error of a form, above its fields. */
export function FormErrorsView({
  form,
  id,
  label,
  fallbackField,
}: {
  form: FormErrors;
  /** The element id of an API field. */
  id(field: string): string;
  /** The visible label of an API field, for the summary. */
  label(field: string): string;
  /** Where to send the user for an error whose field has no input of its own. */
  fallbackField: string;
}) {
  const { t } = useTranslation();
  const items = Object.keys(form.errors)
    .map((field) => {
      const own = id(field);
      const exists = typeof document === 'undefined' || document.getElementById(own) !== null;
      return { inputId: exists ? own : id(fallbackField), text: `${label(field)}: ${form.text(field)}` };
    })
    .sort(byPageOrder);
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
