// Small helpers shared by the admin forms.

/** The i18n key of "required" when the value is blank. */
export function required(value: string): string | undefined {
  return value.trim() ? undefined : 'form.required';
}
