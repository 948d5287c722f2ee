// A date field (Suomi.fi DateInput): the user types d.M.yyyy; the form keeps the text as typed
// and converts it to ISO when it is sent (lib/dates.ts).
import { DateInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';

export function DateField({
  id,
  label,
  value,
  onChange,
  error,
  optional,
  mb = 'm',
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  error?: string;
  optional?: boolean;
  mb?: 's' | 'm' | 'l' | '0';
}) {
  const { t } = useTranslation();
  return (
    <DateInput
      id={id}
      labelText={label}
      hintText={t('form.dateHint')}
      optionalText={optional ? t('form.optional') : undefined}
      value={value}
      onChange={({ value: v }) => onChange(v)}
      status={error ? 'error' : 'default'}
      statusText={error}
      language={currentLanguage()}
      autoComplete="off"
      mb={mb}
    />
  );
}
