// Ylläpito › Muutoksenhakuohje: the county's appeal instructions in Finnish and Swedish, prefilled
// into every decision in the decision's language.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Button, InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { useAppealInstructions, useSaveAppealInstructions } from '../api/county-texts';
import { AdminNav } from './AdminNav';
import { required, splitError } from './form-helpers';

export function AppealTextsPage() {
  const { t } = useTranslation();
  const texts = useAppealInstructions();
  const save = useSaveAppealInstructions();
  const [fi, setFi] = useState('');
  const [sv, setSv] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [generalKey, setGeneralKey] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (texts.data && !loaded) {
      setFi(texts.data.fi);
      setSv(texts.data.sv);
      setLoaded(true);
    }
  }, [texts.data, loaded]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = { fi: required(t, fi), sv: required(t, sv) };
    setErrors(local);
    setGeneralKey(null);
    setSaved(false);
    if (local.fi || local.sv) return;
    try {
      await save.mutateAsync({ fi: fi.trim(), sv: sv.trim() });
      setSaved(true);
    } catch (err) {
      const { fields, generalKey: g } = splitError(err);
      setErrors(fields);
      setGeneralKey(g);
    }
  }

  return (
    <Page title={t('admin.appeal.title')}>
      <AdminNav />
      <Paragraph mb="m">{t('admin.appeal.intro')}</Paragraph>
      {texts.isPending && <LoadingState />}
      {texts.isError && <RequestError error={texts.error} />}
      {loaded && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {saved && (
            <InlineAlert status="neutral" mb="m" role="status">
              {t('admin.appeal.saved')}
            </InlineAlert>
          )}
          {generalKey && (
            <InlineAlert status="error" mb="m" role="alert">
              {t(generalKey)}
            </InlineAlert>
          )}
          <Textarea id="appeal-fi" labelText={t('admin.appeal.fi')} value={fi} onChange={(e) => setFi(e.target.value)} status={errors.fi ? 'error' : 'default'} statusText={errors.fi} fullWidth mb="m" />
          <Textarea id="appeal-sv" labelText={t('admin.appeal.sv')} value={sv} onChange={(e) => setSv(e.target.value)} status={errors.sv ? 'error' : 'default'} statusText={errors.sv} fullWidth mb="m" />
          <Button type="submit">{t('form.save')}</Button>
        </form>
      )}
    </Page>
  );
}
