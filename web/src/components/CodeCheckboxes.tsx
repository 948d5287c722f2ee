// Suomi.fi checkboxes over one of the server's code lists (GET /api/v1/codes), in the UI language,
// bound to the list of the codes chosen (in the order they were ticked).
import { Checkbox, CheckboxGroup } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../lib/codes';
import type { CodeListName } from '../lib/codes';

export function CodeCheckboxes({
  id,
  label,
  list,
  value,
  onChange,
  error,
  optional,
  className,
}: {
  id: string;
  label: string;
  list: CodeListName;
  value: string[];
  onChange(v: string[]): void;
  error?: string;
  optional?: boolean;
  className?: string;
}) {
  const { t } = useTranslation();
  const codes = useCodes();
  return (
    <CheckboxGroup
      id={id}
      labelText={label}
      optionalText={optional ? t('form.optional') : undefined}
      groupStatus={error ? 'error' : 'default'}
      groupStatusText={error}
      className={className}
      mb="m"
    >
      {codes.list(list).map((c) => (
        <Checkbox key={c} id={`${id}-${c}`} checked={value.includes(c)} onClick={({ checkboxState }) => onChange([...value.filter((x) => x !== c), ...(checkboxState ? [c] : [])])}>
          {codes.label(list, c)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
