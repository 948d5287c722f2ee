// A Suomi.fi Dropdown over a code list whose texts are `codes.<ns>.<code>` in the i18n files.
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

export function CodeDropdown({
  id,
  label,
  ns,
  codes,
  value,
  onChange,
  error,
  optional,
  hint,
  mb = 'm',
}: {
  id: string;
  label: string;
  ns: string;
  codes: readonly string[];
  value: string;
  onChange(v: string): void;
  error?: string;
  optional?: boolean;
  hint?: string;
  mb?: 's' | 'm' | 'l' | '0';
}) {
  const { t } = useTranslation();
  return (
    <Dropdown
      id={id}
      labelText={label}
      hintText={hint}
      optionalText={optional ? t('form.optional') : undefined}
      visualPlaceholder={t('form.choose')}
      value={value || null}
      onChange={(v: string) => onChange(v)}
      status={error ? 'error' : 'default'}
      statusText={error}
      mb={mb}
    >
      {codes.map((c) => (
        <DropdownItem key={c} value={c}>
          {t(`codes.${ns}.${c}`)}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}
