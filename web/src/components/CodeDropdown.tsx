// A Suomi.fi Dropdown over one of the server's code lists (GET /api/v1/codes), in the UI language.
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../lib/codes';
import type { CodeListName } from '../lib/codes';

export function CodeDropdown({
  id,
  label,
  list,
  value,
  onChange,
  error,
  optional,
  hint,
  mb = 'm',
}: {
  id: string;
  label: string;
  list: CodeListName;
  value: string;
  onChange(v: string): void;
  error?: string;
  optional?: boolean;
  hint?: string;
  mb?: 's' | 'm' | 'l' | '0';
}) {
  const { t } = useTranslation();
  const codes = useCodes();
  // Suomi.fi's Dropdown reads its first item when it has no value: with an empty array of items
  // (the code lists not loaded yet, e.g. a tab opened by its address) it throws, so give it none.
  const items = codes.list(list).map((c) => (
    <DropdownItem key={c} value={c}>
      {codes.label(list, c)}
    </DropdownItem>
  ));
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
      {items.length > 0 ? items : undefined}
    </Dropdown>
  );
}
