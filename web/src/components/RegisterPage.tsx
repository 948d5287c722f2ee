// One page for an admin-style register: a table of the items and a form that adds one, both
// described by a config (columns, fields, the list query and the create call, the i18n keys
// under `i18n`: `title`, `caption`, `new`, `submit`, `created`). The form is the form kit's:
// field errors from the server, the error summary, a 409 "already exists" as a general error.
// The table is a plain `stack-on-phone` table: on a phone each row is a card of "label: value".
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Dropdown, DropdownItem, Heading, InlineAlert, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';
import { LoadingState } from './LoadingState';
import { Page } from './Page';
import { RequestError } from './RequestError';
import { FormShell, useForm } from './form/use-form';
import type { Form } from './form/use-form';

export interface RegisterColumn<Item> {
  key: string;
  label: string;
  cell(item: Item): ReactNode;
}

interface FieldBase {
  /** The API field (errors) and the key of the form value. */
  name: string;
  label: string;
}

export type RegisterField<Values> =
  | (FieldBase & {
      kind: 'text' | 'password';
      hint?: string;
      autoComplete?: string;
      spellCheck?: boolean;
      autoCapitalize?: string;
    })
  | (FieldBase & { kind: 'select'; optional?: boolean; options: { value: string; label: string }[] })
  | (FieldBase & { kind: 'custom'; render(form: Form<Values>): ReactNode });

export interface RegisterConfig<Item, Values> {
  /** i18n key prefix: `<i18n>.title`, `.caption`, `.new`, `.submit`, `.created`. */
  i18n: string;
  captionParams?: Record<string, string>;
  /** Shown under the heading (e.g. the admin section's navigation). */
  nav?: ReactNode;
  list: { isPending: boolean; isError: boolean; isSuccess: boolean; error: unknown; data?: { items: Item[] } };
  /** Sorts the rows for the table. */
  rows?(items: Item[]): Item[];
  rowId(item: Item): string;
  columns: RegisterColumn<Item>[];
  condensed?: boolean;
  form: {
    prefix: string;
    initial: Values;
    fields: RegisterField<Values>[];
    /** i18n keys by API field. */
    validate(values: Values): Record<string, string | undefined>;
    create(values: Values): Promise<unknown>;
    /** The parameters of the `<i18n>.created` message. */
    createdParams(values: Values): Record<string, string>;
    /** The general text for a 409 that names no field (an i18n key). */
    duplicateKey: string;
    mapField?(field: string): string;
  };
}

export function RegisterPage<Item, Values>({ config }: { config: RegisterConfig<Item, Values> }) {
  const { t } = useTranslation();
  const { list } = config;
  const items = list.data?.items ?? [];
  const rows = config.rows ? config.rows(items) : items;
  return (
    <Page title={t(`${config.i18n}.title`)}>
      {config.nav}
      {list.isPending && <LoadingState />}
      {list.isError && <RequestError error={list.error} />}
      {list.isSuccess && (
        <table className={`data-table stack-on-phone register-table${config.condensed ? ' data-table--condensed' : ''}`}>
          <caption>{t(`${config.i18n}.caption`, config.captionParams)}</caption>
          <thead>
            <tr>
              {config.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => (
              <tr key={config.rowId(item)}>
                {config.columns.map((c) => (
                  <td key={c.key} data-label={c.label}>
                    {c.cell(item)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RegisterForm config={config} />
    </Page>
  );
}

function RegisterForm<Item, Values>({ config }: { config: RegisterConfig<Item, Values> }) {
  const { t } = useTranslation();
  const f = config.form;
  const [created, setCreated] = useState<Record<string, string> | null>(null);
  const form = useForm<Values>({
    prefix: f.prefix,
    initial: f.initial,
    validate: (v) => {
      setCreated(null);
      return f.validate(v);
    },
    submit: f.create,
    onSuccess: (_r, values) => setCreated(f.createdParams(values)),
    onError: (e) =>
      isApiError(e, 409) && Object.keys(e.fieldErrors).length === 0 ? { general: f.duplicateKey } : undefined,
    mapField: f.mapField,
  });
  const label = (name: string) => f.fields.find((x) => x.name === name)?.label ?? name;
  const headingId = `new-${f.prefix}`;
  return (
    <section aria-labelledby={headingId} className="panel">
      <Heading variant="h2" id={headingId} mb="m">
        {t(`${config.i18n}.new`)}
      </Heading>
      <div role="status">
        {created && (
          <InlineAlert status="neutral" mb="m">
            {t(`${config.i18n}.created`, created)}
          </InlineAlert>
        )}
      </div>
      <FormShell
        form={form}
        label={label}
        fallbackField={f.fields[0].name}
        actions={
          <Button type="submit" aria-disabled={form.submitting} mt="l">
            {t(`${config.i18n}.submit`)}
          </Button>
        }
      >
        {f.fields.map((field) => (
          <RegisterInput key={field.name} field={field} form={form} />
        ))}
      </FormShell>
    </section>
  );
}

function RegisterInput<Values>({ field, form }: { field: RegisterField<Values>; form: Form<Values> }) {
  const { t } = useTranslation();
  if (field.kind === 'custom') return <>{field.render(form)}</>;
  const key = field.name as keyof Values;
  if (field.kind === 'select') {
    return (
      <Dropdown
        {...form.field(field.name)}
        labelText={field.label}
        optionalText={field.optional ? t('form.optional') : undefined}
        value={String(form.values[key] ?? '')}
        onChange={(v: string) => form.setValues((p) => ({ ...p, [key]: v }))}
        mb="m"
      >
        {field.options.map((o) => (
          <DropdownItem key={o.value} value={o.value}>
            {o.label}
          </DropdownItem>
        ))}
      </Dropdown>
    );
  }
  return (
    <TextInput
      {...form.text(field.name)}
      labelText={field.label}
      hintText={field.hint}
      type={field.kind === 'password' ? 'password' : 'text'}
      autoComplete={field.autoComplete ?? 'off'}
      autoCapitalize={field.autoCapitalize}
      spellCheck={field.spellCheck}
      mb="m"
    />
  );
}
