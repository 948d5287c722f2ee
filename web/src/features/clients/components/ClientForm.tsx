// The client form shared by "new client" and "edit client": identity code (optional), names,
// municipality of the user's county, languages, contact details and safety notes. It is the form
// kit's (components/form): errors (ours or the server's, keyed by API field names) show at their
// fields and in a summary at the top; the page owns the form state (`useClientForm`).
import type { ReactNode } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  Heading,
  TextInput,
  Textarea,
} from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { FormShell, useForm } from '../../../components/form/use-form';
import type { Form, UseFormOptions } from '../../../components/form/use-form';
import { isApiError } from '../../../lib/api-client';
import { localName, sortByName } from '../../../lib/organisation';
import { CLIENT_LANGUAGES } from '../../../types/api';
import type { CodeName } from '../../../types/api';
import { FIELD_IDS, FIELD_LABEL_KEYS, validateClientForm } from './client-form-model';
import type { ClientFormValues } from './client-form-model';

/** The kit's form with what both client forms share: ids, checks, a duplicate identity code at its field. */
export function useClientForm<R>(opts: Omit<UseFormOptions<ClientFormValues, R>, 'prefix' | 'ids' | 'validate'>) {
  return useForm<ClientFormValues, R>({
    prefix: 'client',
    ids: FIELD_IDS,
    validate: validateClientForm,
    ...opts,
    onError: (e) =>
      opts.onError?.(e) ?? (isApiError(e, 409) && !e.isStaleVersion ? { fields: { hetu: { key: 'client.errors.duplicate' } } } : undefined),
  });
}

export interface ClientFormProps {
  form: Form<ClientFormValues>;
  municipalities: CodeName[];
  showSafetyNotes: boolean;
  submitLabel: string;
  onCancel?(): void;
  /** Shown above the fields (e.g. a conflict notice). */
  header?: ReactNode;
}

export function ClientForm(props: ClientFormProps) {
  const { form, municipalities, showSafetyNotes } = props;
  const { values } = form;
  const { t, i18n } = useTranslation();
  const set = <K extends keyof ClientFormValues>(key: K, value: ClientFormValues[K]) => form.set({ [key]: value });
  const label = (field: string) => (field in FIELD_LABEL_KEYS ? t(FIELD_LABEL_KEYS[field as keyof typeof FIELD_LABEL_KEYS]) : field);
  const municipalityItems = sortByName(municipalities, i18n.language);

  return (
    <FormShell
      form={form}
      label={label}
      fallbackField="first_name"
      className="client-form"
      header={props.header}
      actions={
        <div className="form-actions">
          <Button type="submit" aria-disabled={form.submitting}>
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button type="button" variant="secondary" onClick={props.onCancel}>
              {t('form.cancel')}
            </Button>
          )}
        </div>
      }
    >

      <Heading variant="h2" mb="m">
        {t('client.sections.identity')}
      </Heading>
      <TextInput
        {...form.text('hetu')}
        labelText={t('client.fields.hetu')}
        optionalText={t('form.optional')}
        hintText={t('client.hints.hetu')}
        
        autoComplete="off"
        spellCheck={false}
        mb="m"
      />
      <div className="form-row">
        <TextInput
          {...form.text('first_name')}
          labelText={t('client.fields.firstName')}
          
          autoComplete="off"
          mb="m"
        />
        <TextInput
          {...form.text('last_name')}
          labelText={t('client.fields.lastName')}
          
          autoComplete="off"
          mb="m"
        />
      </div>
      <Dropdown
        {...form.field('municipality')}
        labelText={t('client.fields.municipality')}
        hintText={t('client.hints.municipality')}
        visualPlaceholder={t('client.hints.municipalityPlaceholder')}
        value={values.municipality || null}
        onChange={(code: string) => set('municipality', code)}
        mb="m"
      >
        {municipalityItems.map((m) => (
          <DropdownItem key={m.code} value={m.code}>
            {localName(m, i18n.language)}
          </DropdownItem>
        ))}
      </Dropdown>
      <CheckboxGroup
        id="client-languages"
        labelText={t('client.fields.languages')}
        optionalText={t('form.optional')}
        groupStatus={form.field('languages').status}
        groupStatusText={form.error('languages')}
        mb="l"
      >
        {CLIENT_LANGUAGES.map((lang) => (
          <Checkbox
            key={lang}
            id={`client-language-${lang}`}
            checked={values.languages.includes(lang)}
            onClick={({ checkboxState }) =>
              set(
                'languages',
                checkboxState
                  ? [...values.languages.filter((l) => l !== lang), lang]
                  : values.languages.filter((l) => l !== lang),
              )
            }
          >
            {t(`client.languages.${lang}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>

      <Heading variant="h2" mb="m">
        {t('client.sections.contact')}
      </Heading>
      <div className="form-row">
        <TextInput
          {...form.text('contact.phone', 'phone')}
          labelText={t('client.fields.phone')}
          optionalText={t('form.optional')}
          type="tel"
          
          autoComplete="off"
          mb="m"
        />
        <TextInput
          {...form.text('contact.email', 'email')}
          labelText={t('client.fields.email')}
          optionalText={t('form.optional')}
          type="email"
          
          autoComplete="off"
          mb="m"
        />
      </div>
      <TextInput
        {...form.text('contact.address', 'address')}
        labelText={t('client.fields.address')}
        optionalText={t('form.optional')}
        
        autoComplete="off"
        fullWidth
        mb="l"
      />

      {showSafetyNotes && (
        <>
          <Heading variant="h2" mb="m">
            {t('client.sections.safety')}
          </Heading>
          <Textarea
            {...form.textarea('safety_notes')}
            labelText={t('client.fields.safetyNotes')}
            optionalText={t('form.optional')}
            hintText={t('client.hints.safetyNotes')}
            
            fullWidth
            mb="l"
          />
        </>
      )}

    </FormShell>
  );
}
