// The one form kit: every form's values, its field errors (ours and the server's problem+json
// `errors[]`), the error summary that takes focus, its server draft (`/drafts/:key`) when it has
// one, and session-expiry safety: a 401 on save leaves what the user typed in place (nothing is
// unmounted; the draft, if any, keeps it on the server too) and says "not saved — log in again",
// and the user saves again after the re-login dialog.
//
//   const form = useForm({ prefix: 'goal', initial, draft: { key, coerce }, validate, submit });
//   <FormShell form={form} label={…} fallbackField="text">
//     <TextInput {...form.text('means')} labelText=… />
//   </FormShell>
import { useRef, useState } from 'react';
import type { ChangeEvent, FormEvent, ReactNode } from 'react';
import { useDraftForm } from '../../lib/drafts';
import type { Autosave } from '../../lib/drafts';
import { AutosaveStatus } from './AutosaveStatus';
import { DraftNotice } from './DraftNotice';
import { FormErrorsView, fieldId, useFormErrors } from './errors';
import type { ErrorOverride, FormErrors, FormErrorsOptions } from './errors';
import type { LocalErrors } from './field-messages';

export interface UseFormOptions<T, R> extends FormErrorsOptions {
  /** Element ids are `<prefix>-<api field>` unless `ids` names one. */
  prefix: string;
  ids?: Record<string, string>;
  initial: T;
  /** A server draft: autosaved, restored into an untouched form, deleted after a save. */
  draft?: { key: string; coerce(data: unknown, initial: T): T };
  /** Our own checks: an i18n key by API field name (a hint only: the server decides). */
  validate?(values: T): LocalErrors;
  submit(values: T): Promise<R>;
  onSuccess?(result: R, values: T): void;
  /**
   * After a save: empty the form and delete the draft (`reset`, the default); keep the values
   * (`keep`); keep them and delete the draft for good (`clear-draft`, a form that closes); keep
   * them as the draft's new starting point, deleting the saved draft (`restart-draft`, a form
   * that is saved again and again).
   */
  afterSave?: 'reset' | 'keep' | 'clear-draft' | 'restart-draft';
  /** Called at every submit, before the checks (e.g. to hide a "saved" notice). */
  onSubmitStart?(): void;
  /** A refusal this form explains itself (e.g. 409 → "already registered" at a field). */
  onError?(e: unknown): ErrorOverride | undefined;
}

export interface Form<T> {
  values: T;
  setValues(next: T | ((prev: T) => T)): void;
  set(patch: Partial<T>): void;
  errors: FormErrors;
  /** The element id of an API field. */
  id(field: string): string;
  /** The translated error at an API field. */
  error(field: string): string | undefined;
  /** `id`, `status`, `statusText` for a suomifi input bound to the API field. */
  field(field: string): { id: string; status: 'error' | 'default'; statusText: string | undefined };
  /** A bound suomifi TextInput: `<TextInput {...form.text('name')} />` (value key = API field by default). */
  text(field: string, key?: keyof T): ReturnType<Form<T>['field']> & { value: string; onChange(v: unknown): void };
  /** A bound suomifi Textarea. */
  textarea(field: string, key?: keyof T): ReturnType<Form<T>['field']> & { value: string; onChange(e: ChangeEvent<HTMLTextAreaElement>): void };
  /** A bound DateField or CodeDropdown: `<DateField {...form.picker('held_on')} label=… />`. */
  picker(field: string, key?: keyof T): { id: string; value: string; onChange(v: string): void; error: string | undefined };
  onSubmit(e?: FormEvent): Promise<void>;
  submitting: boolean;
  /** The draft was read (or there is none): the form may be shown. */
  loading: boolean;
  restoredAt: string | null;
  loadFailed: boolean;
  hasDraft: boolean;
  autosave: Autosave<T>;
  /** Empties the form, its errors and its draft. */
  reset(): Promise<void>;
}

export function useForm<T, R = unknown>(opts: UseFormOptions<T, R>): Form<T> {
  const d = useDraftForm<T>(opts.draft?.key ?? null, opts.initial, opts.draft?.coerce ?? keepInitial);
  const errors = useFormErrors(opts);
  const [submitting, setSubmitting] = useState(false);
  const busy = useRef(false);
  const id = (f: string) => opts.ids?.[f] ?? fieldId(opts.prefix, f);
  const setValues = d.setValues as Form<T>['setValues'];
  const field = (f: string) => {
    const statusText = errors.text(f);
    return { id: id(f), status: statusText ? ('error' as const) : ('default' as const), statusText };
  };
  const valueOf = (key: keyof T) => String(d.values[key] ?? '');
  const put = (key: keyof T, v: unknown) => setValues((p) => ({ ...p, [key]: v }));

  async function onSubmit(e?: FormEvent) {
    e?.preventDefault();
    if (busy.current) return;
    opts.onSubmitStart?.();
    if (opts.validate && errors.local(opts.validate(d.values))) return;
    busy.current = true;
    setSubmitting(true);
    try {
      const values = d.values;
      const result = await opts.submit(values);
      errors.clear();
      const after = opts.afterSave ?? 'reset';
      if (after === 'reset') await d.reset();
      else if (after === 'clear-draft' && opts.draft) await d.autosave.clear().catch(() => undefined);
      else if (after === 'restart-draft' && opts.draft) await d.autosave.discard(values).catch(() => undefined);
      opts.onSuccess?.(result, values);
    } catch (err) {
      errors.fail(err, opts.onError?.(err));
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }

  return {
    values: d.values,
    setValues,
    set: (patch) => setValues((p) => ({ ...p, ...patch })),
    errors,
    id,
    error: errors.text,
    field,
    text: (f, key = f as keyof T) => ({ ...field(f), value: valueOf(key), onChange: (v: unknown) => put(key, typeof v === 'string' || typeof v === 'number' ? String(v) : '') }),
    textarea: (f, key = f as keyof T) => ({ ...field(f), value: valueOf(key), onChange: (e: ChangeEvent<HTMLTextAreaElement>) => put(key, e.target.value) }),
    picker: (f, key = f as keyof T) => ({ id: id(f), value: valueOf(key), onChange: (v: string) => put(key, v), error: errors.text(f) }),
    onSubmit,
    submitting,
    loading: d.loading,
    restoredAt: d.restoredAt,
    loadFailed: d.loadFailed,
    hasDraft: opts.draft !== undefined,
    autosave: d.autosave,
    async reset() {
      errors.clear();
      await d.reset();
    },
  };
}

function keepInitial<T>(_data: unknown, initial: T): T {
  return initial;
}

/**
 * A form's frame: the `<form>`, the restored-draft notice, the general error, the error summary
 * (focused on every failed submit), the fields, the autosave status (for a form with a draft) and
 * the buttons.
 */
export function FormShell<T>({
  form,
  label,
  fallbackField,
  className,
  ariaLabel,
  header,
  actions,
  children,
}: {
  form: Form<T>;
  /** The visible label of an API field, for the summary. */
  label(field: string): string;
  fallbackField: string;
  className?: string;
  /** Names the form (a search form among other content). */
  ariaLabel?: string;
  /** Shown above the summary (e.g. a stale-version notice). */
  header?: ReactNode;
  /** The buttons. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form onSubmit={(e) => void form.onSubmit(e)} noValidate className={className} aria-label={ariaLabel}>
      {form.hasDraft && <DraftNotice restoredAt={form.restoredAt} loadFailed={form.loadFailed} onDiscard={() => void form.reset()} />}
      {header}
      <FormErrorsView form={form.errors} id={form.id} label={label} fallbackField={fallbackField} />
      {children}
      {form.hasDraft && <AutosaveStatus state={form.autosave.state} />}
      {actions}
    </form>
  );
}
