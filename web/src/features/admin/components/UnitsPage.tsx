// Ylläpito › Yksiköt: the county's units and a form to add one.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Heading, InlineAlert, Table, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { sortByName, useMunicipalities, useUnits } from '../../../lib/organisation';
import { useUser } from '../../../lib/session';
import { useCreateUnit } from '../api/units';
import { AdminNav } from './AdminNav';
import { required, splitError } from './form-helpers';

const NO_MUNICIPALITY = 'none';

export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const units = useUnits();
  const municipalities = useMunicipalities(user.county.code);
  const create = useCreateUnit();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [municipality, setMunicipality] = useState(NO_MUNICIPALITY);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [generalKey, setGeneralKey] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (create.isPending) return;
    const local = { code: required(t, code), name: required(t, name) };
    setErrors(local);
    setGeneralKey(null);
    setCreated(null);
    if (local.code || local.name) return;
    try {
      await create.mutateAsync({
        code: code.trim(),
        name: name.trim(),
        ...(municipality !== NO_MUNICIPALITY ? { municipality } : {}),
      });
      setCreated(name.trim());
      setCode('');
      setName('');
      setMunicipality(NO_MUNICIPALITY);
    } catch (err) {
      const { fields, generalKey: g } = splitError(err);
      setErrors(fields);
      setGeneralKey(g);
    }
  }

  const columns = [
    { key: 'name', labelText: t('admin.units.name') },
    { key: 'code', labelText: t('admin.units.code') },
    { key: 'municipality', labelText: t('admin.units.municipality') },
  ] as const;
  const rows = sortByName(units.data?.items ?? [], i18n.language).map((u) => ({
    id: u.id,
    name: u.name,
    code: u.code,
    municipality: u.municipality?.name ?? t('common.none'),
  }));

  return (
    <Page title={t('admin.units.title')}>
      <AdminNav />
      {units.isPending && <LoadingState />}
      {units.isError && <RequestError error={units.error} />}
      {units.isSuccess && (
        <Table caption={t('admin.units.caption', { county: user.county.name })} columns={columns} data={rows} mb="xl" />
      )}

      <section aria-labelledby="new-unit" className="panel">
        <Heading variant="h2" id="new-unit" mb="m">
          {t('admin.units.new')}
        </Heading>
        <div role="status">
          {created && (
            <InlineAlert status="neutral" mb="m">
              {t('admin.units.created', { name: created })}
            </InlineAlert>
          )}
        </div>
        {generalKey && (
          <InlineAlert status="error" mb="m" role="alert">
            {t(generalKey)}
          </InlineAlert>
        )}
        <form onSubmit={submit} noValidate>
          <TextInput
            id="unit-code"
            labelText={t('admin.units.code')}
            hintText={t('admin.units.codeHint')}
            value={code}
            onChange={(v) => setCode(String(v ?? ''))}
            status={errors.code ? 'error' : 'default'}
            statusText={errors.code}
            autoComplete="off"
            mb="m"
          />
          <TextInput
            id="unit-name"
            labelText={t('admin.units.name')}
            value={name}
            onChange={(v) => setName(String(v ?? ''))}
            status={errors.name ? 'error' : 'default'}
            statusText={errors.name}
            autoComplete="off"
            mb="m"
          />
          <Dropdown
            id="unit-municipality"
            labelText={t('admin.units.municipality')}
            optionalText={t('form.optional')}
            value={municipality}
            onChange={(v: string) => setMunicipality(v)}
            status={errors.municipality ? 'error' : 'default'}
            statusText={errors.municipality}
            mb="l"
          >
            {[
              <DropdownItem key={NO_MUNICIPALITY} value={NO_MUNICIPALITY}>
                {t('admin.units.noMunicipality')}
              </DropdownItem>,
              ...sortByName(municipalities.data?.items ?? [], i18n.language).map((m) => (
                <DropdownItem key={m.code} value={m.code}>
                  {m.name}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
          <Button type="submit" aria-disabled={create.isPending}>
            {t('admin.units.submit')}
          </Button>
        </form>
      </section>
    </Page>
  );
}
