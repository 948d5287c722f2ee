// The Swedish name of a municipality or a unit in the admin's table, editable in place: the name
// (or "–"), an "Edit" button, and then a one-line form (Save / Cancel). Saves through `save`
// (PATCH …{name_sv}); an error is shown under the field.
import { useState } from 'react';
import { Button, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';

export function SwedishNameCell({
  id,
  name,
  nameSv,
  save,
}: {
  /** Unique among the rows (for the field's id). */
  id: string;
  /** The Finnish name (for the labels). */
  name: string;
  nameSv: string;
  save(nameSv: string): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(nameSv);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!editing) {
    return (
      <span className="swedish-name">
        <span>{nameSv || t('common.none')}</span>{' '}
        <Button
          variant="secondaryNoBorder"
          aria-label={t('admin.swedishName.editFor', { name })}
          onClick={() => {
            setValue(nameSv);
            setError(null);
            setEditing(true);
          }}
        >
          {t('admin.swedishName.edit')}
        </Button>
      </span>
    );
  }
  return (
    <form
      className="swedish-name-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (busy) return;
        setBusy(true);
        save(value.trim())
          .then(() => setEditing(false))
          .catch((err: unknown) => {
            setError(isApiError(err) && err.fieldErrors.name_sv ? err.fieldErrors.name_sv : t('admin.swedishName.failed'));
          })
          .finally(() => setBusy(false));
      }}
    >
      <TextInput
        id={`name-sv-${id}`}
        labelText={t('admin.swedishName.labelFor', { name })}
        value={value}
        onChange={(v) => setValue(String(v ?? ''))}
        status={error ? 'error' : 'default'}
        statusText={error ?? undefined}
        maxLength={120}
        autoComplete="off"
        mb="xs"
      />
      <Button type="submit" aria-disabled={busy}>
        {t('form.save')}
      </Button>{' '}
      <Button variant="secondary" onClick={() => setEditing(false)}>
        {t('form.cancel')}
      </Button>
    </form>
  );
}
