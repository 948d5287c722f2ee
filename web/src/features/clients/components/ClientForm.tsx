// The client form shared by "new client" and "edit client": identity code (optional), names,
// municipality of the user's county, languages, contact details and safety notes. Errors (ours or
// the server's, keyed by API field names) show at their fields and in a summary at the top.
import type { FormEvent, ReactNode } from 'react';
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
import { FormErrorSummary } from '../../../components/form/FormErrorSummary';
import type { SummaryItem } from '../../../components/form/FormErrorSummary';
import { messageText } from '../../../components/form/field-messages';
import type { FieldMessages } from '../../../components/form/field-messages';
import { sortByName } from '../../../lib/organisation';
import { CLIENT_LANGUAGES } from '../../../types/api';
import type { CodeName } from '../../../types/api';
import { CLIENT_FIELDS, FIELD_IDS, FIELD_LABEL_KEYS } from './client-form-model';
import type { ClientFormValues } from './client-form-model';

export interface ClientFormProps {
  values: ClientFormValues;
  onChange(values: ClientFormValues): void;
  errors: FieldMessages;
  /** Increases on every failed submit; moves focus to the error summary. */
  errorFocusKey: number;
  municipalities: CodeName[];
  showSafetyNotes: boolean;
  submitting: boolean;
  submitLabel: string;
  onSubmit(): void;
  onCancel?(): void;
  /** Shown between the fields and the buttons (e.g. the autosave status). */
  footer?: ReactNode;
  /** Shown above the fields (e.g. a conflict notice). */
  header?: ReactNode;
}

export function ClientForm(props: ClientFormProps) {
  const { values, onChange, errors, municipalities, showSafetyNotes } = props;
  const { t, i18n } = useTranslation();

  const set = <K extends keyof ClientFormValues>(key: K, value: ClientFormValues[K]) =>
    onChange({ ...values, [key]: value });

  const err = (field: string) => messageText(t, errors[field]);
  const status = (field: string) => (errors[field] ? ('error' as const) : ('default' as const));

  const summary: SummaryItem[] = [];
  for (const field of CLIENT_FIELDS) {
    const text = err(field);
    if (text) summary.push({ inputId: FIELD_IDS[field], text: `${t(FIELD_LABEL_KEYS[field])}: ${text}` });
  }
  for (const field of Object.keys(errors)) {
    if (!(field in FIELD_IDS)) summary.push({ inputId: 'client-first-name', text: `${field}: ${err(field)}` });
  }

  const municipalityItems = sortByName(municipalities, i18n.language);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!props.submitting) props.onSubmit();
  }

  return (
    <form onSubmit={submit} noValidate className="client-form">
      {props.header}
      <FormErrorSummary items={summary} focusKey={props.errorFocusKey} />

      <Heading variant="h2" mb="m">
        {t('client.sections.identity')}
      </Heading>
      <TextInput
        id={FIELD_IDS.hetu}
        labelText={t('client.fields.hetu')}
        optionalText={t('form.optional')}
        hintText={t('client.hints.hetu')}
        value={values.hetu}
        onChange={(v) => set('hetu', String(v ?? ''))}
        status={status('hetu')}
        statusText={err('hetu')}
        autoComplete="off"
        spellCheck={false}
        mb="m"
      />
      <div className="form-row">
        <TextInput
          id={FIELD_IDS.first_name}
          labelText={t('client.fields.firstName')}
          value={values.first_name}
          onChange={(v) => set('first_name', String(v ?? ''))}
          status={status('first_name')}
          statusText={err('first_name')}
          autoComplete="off"
          mb="m"
        />
        <TextInput
          id={FIELD_IDS.last_name}
          labelText={t('client.fields.lastName')}
          value={values.last_name}
          onChange={(v) => set('last_name', String(v ?? ''))}
          status={status('last_name')}
          statusText={err('last_name')}
          autoComplete="off"
          mb="m"
        />
      </div>
      <Dropdown
        id={FIELD_IDS.municipality}
        labelText={t('client.fields.municipality')}
        hintText={t('client.hints.municipality')}
        visualPlaceholder={t('client.hints.municipalityPlaceholder')}
        value={values.municipality || null}
        onChange={(code: string) => set('municipality', code)}
        status={status('municipality')}
        statusText={err('municipality')}
        mb="m"
      >
        {municipalityItems.map((m) => (
          <DropdownItem key={m.code} value={m.code}>
            {m.name}
          </DropdownItem>
        ))}
      </Dropdown>
      <CheckboxGroup
        id="client-languages"
        labelText={t('client.fields.languages')}
        optionalText={t('form.optional')}
        groupStatus={status('languages')}
        groupStatusText={err('languages')}
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
          id={FIELD_IDS['contact.phone']}
          labelText={t('client.fields.phone')}
          optionalText={t('form.optional')}
          type="tel"
          value={values.phone}
          onChange={(v) => set('phone', String(v ?? ''))}
          status={status('contact.phone')}
          statusText={err('contact.phone')}
          autoComplete="off"
          mb="m"
        />
        <TextInput
          id={FIELD_IDS['contact.email']}
          labelText={t('client.fields.email')}
          optionalText={t('form.optional')}
          type="email"
          value={values.email}
          onChange={(v) => set('email', String(v ?? ''))}
          status={status('contact.email')}
          statusText={err('contact.email')}
          autoComplete="off"
          mb="m"
        />
      </div>
      <TextInput
        id={FIELD_IDS['contact.address']}
        labelText={t('client.fields.address')}
        optionalText={t('form.optional')}
        value={values.address}
        onChange={(v) => set('address', String(v ?? ''))}
        status={status('contact.address')}
        statusText={err('contact.address')}
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
            id={FIELD_IDS.safety_notes}
            labelText={t('client.fields.safetyNotes')}
            optionalText={t('form.optional')}
            hintText={t('client.hints.safetyNotes')}
            value={values.safety_notes}
            onChange={(e) => set('safety_notes', e.target.value)}
            status={status('safety_notes')}
            statusText={err('safety_notes')}
            fullWidth
            mb="l"
          />
        </>
      )}

      {props.footer}
      <div className="form-actions">
        <Button type="submit" aria-disabled={props.submitting}>
          {props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button type="button" variant="secondary" onClick={props.onCancel}>
            {t('form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
