// Ylläpito › Kunnat: the municipalities of the admin's county and a form to add one.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Heading, InlineAlert, Table, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { sortByName, useMunicipalities } from '../../../lib/organisation';
import { useUser } from '../../../lib/session';
import { useCreateMunicipality } from '../api/municipalities';
import { AdminNav } from './AdminNav';
import { required, splitError } from './form-helpers';

export function MunicipalitiesPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const list = useMunicipalities(user.county.code);
  const create = useCreateMunicipality(user.county.code);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
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
      await create.mutateAsync({ code: code.trim(), name: name.trim() });
      setCreated(name.trim());
      setCode('');
      setName('');
    } catch (err) {
      const { fields, generalKey: g } = splitError(err);
      setErrors(fields);
      setGeneralKey(g);
    }
  }

  const columns = [
    { key: 'name', labelText: t('admin.municipalities.name') },
    { key: 'code', labelText: t('admin.municipalities.code') },
  ] as const;
  const rows = sortByName(list.data?.items ?? [], i18n.language).map((m) => ({ id: m.code, name: m.name, code: m.code }));

  return (
    <Page title={t('admin.municipalities.title')}>
      <AdminNav />
      {list.isPending && <LoadingState />}
      {list.isError && <RequestError error={list.error} />}
      {list.isSuccess && (
        <Table
          caption={t('admin.municipalities.caption', { county: user.county.name })}
          columns={columns}
          data={rows}
          mb="xl"
        />
      )}

      <section aria-labelledby="new-municipality" className="panel">
        <Heading variant="h2" id="new-municipality" mb="m">
          {t('admin.municipalities.new')}
        </Heading>
        <div role="status">
          {created && (
            <InlineAlert status="neutral" mb="m">
              {t('admin.municipalities.created', { name: created })}
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
            id="municipality-code"
            labelText={t('admin.municipalities.code')}
            hintText={t('admin.municipalities.codeHint')}
            value={code}
            onChange={(v) => setCode(String(v ?? ''))}
            status={errors.code ? 'error' : 'default'}
            statusText={errors.code}
            autoComplete="off"
            mb="m"
          />
          <TextInput
            id="municipality-name"
            labelText={t('admin.municipalities.name')}
            value={name}
            onChange={(v) => setName(String(v ?? ''))}
            status={errors.name ? 'error' : 'default'}
            statusText={errors.name}
            autoComplete="off"
            mb="l"
          />
          <Button type="submit" aria-disabled={create.isPending}>
            {t('admin.municipalities.submit')}
          </Button>
        </form>
      </section>
    </Page>
  );
}
