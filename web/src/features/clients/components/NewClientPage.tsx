// "Uusi asiakas": registers a client. What the user types is autosaved as a server-side draft
// (about a second after typing stops) and restored when the page is opened again; the draft is
// deleted once the client has been created.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, InlineAlert, Paragraph, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError, errorMessageKey } from '../../../components/RequestError';
import { fromKeys, fromServer } from '../../../components/form/field-messages';
import type { FieldMessages } from '../../../components/form/field-messages';
import { isApiError } from '../../../lib/api-client';
import { getDraft, useAutosave } from '../../../lib/drafts';
import type { AutosaveState } from '../../../lib/drafts';
import { formatDateTime, formatTime } from '../../../lib/format';
import { useMunicipalities } from '../../../lib/organisation';
import { useUser } from '../../../lib/session';
import { useCreateClient } from '../api/create-client';
import { ClientForm } from './ClientForm';
import {
  EMPTY_CLIENT_FORM,
  coerceFormValues,
  isEmptyForm,
  toClientInput,
  validateClientForm,
} from './client-form-model';
import type { ClientFormValues } from './client-form-model';

export const CLIENT_DRAFT_KEY = 'client-new';

function AutosaveStatus({ state }: { state: AutosaveState }) {
  const { t } = useTranslation();
  let text = '';
  if (state.kind === 'saving') text = t('drafts.saving');
  else if (state.kind === 'saved') text = t('drafts.saved', { time: formatTime(state.at) });
  else if (state.kind === 'failed') text = t('drafts.failed');
  return (
    <p className="autosave-status" role="status">
      {text && <Text color={state.kind === 'failed' ? 'alertBase' : 'blackBase'}>{text}</Text>}
    </p>
  );
}

export function NewClientPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const municipalities = useMunicipalities(user.county.code);
  const create = useCreateClient();
  const draft = useQuery({
    queryKey: ['drafts', CLIENT_DRAFT_KEY],
    queryFn: () => getDraft<unknown>(CLIENT_DRAFT_KEY),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });

  const [values, setValues] = useState<ClientFormValues>(EMPTY_CLIENT_FORM);
  const [ready, setReady] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldMessages>({});
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const [generalError, setGeneralError] = useState<string | null>(null);

  // Restore a saved draft once, and only into an untouched form.
  useEffect(() => {
    if (ready || !draft.isSuccess) return;
    if (draft.data && isEmptyForm(values)) {
      setValues(coerceFormValues(draft.data.data));
      setRestoredAt(draft.data.updated_at);
    }
    setReady(true);
  }, [draft.isSuccess, draft.data, ready, values]);

  const autosave = useAutosave(CLIENT_DRAFT_KEY, values, { enabled: ready });

  async function submit() {
    const local = validateClientForm(values);
    if (Object.keys(local).length > 0) {
      setErrors(fromKeys(local));
      setGeneralError(null);
      setErrorFocusKey((k) => k + 1);
      return;
    }
    setErrors({});
    setGeneralError(null);
    try {
      const client = await create.mutateAsync(toClientInput(values));
      await autosave.clear().catch(() => undefined);
      void navigate(`/clients/${encodeURIComponent(client.id)}`, { state: { notice: 'created' } });
    } catch (e) {
      if (isApiError(e, 409)) {
        setErrors({ hetu: { key: 'client.errors.duplicate' } });
        setErrorFocusKey((k) => k + 1);
      } else if (isApiError(e) && Object.keys(e.fieldErrors).length > 0) {
        setErrors(fromServer(e));
        setErrorFocusKey((k) => k + 1);
      } else if (isApiError(e, 401)) {
        setGeneralError('client.errors.notSavedSessionExpired');
      } else {
        setGeneralError(errorMessageKey(e));
      }
    }
  }

  async function discardDraft() {
    setValues(EMPTY_CLIENT_FORM);
    setRestoredAt(null);
    setErrors({});
    await autosave.discard(EMPTY_CLIENT_FORM).catch(() => undefined);
  }

  const loading = municipalities.isPending || (!ready && draft.isPending);

  return (
    <Page title={t('client.new.title')}>
      <Paragraph mb="l">{t('client.new.intro')}</Paragraph>
      {municipalities.isError && <RequestError error={municipalities.error} />}
      {draft.isError && !isApiError(draft.error, 401) && (
        <InlineAlert status="warning" mb="m">
          {t('drafts.loadFailed')}
        </InlineAlert>
      )}
      {loading ? (
        <LoadingState />
      ) : (
        <ClientForm
          values={values}
          onChange={setValues}
          errors={errors}
          errorFocusKey={errorFocusKey}
          municipalities={municipalities.data?.items ?? []}
          showSafetyNotes
          submitting={create.isPending}
          submitLabel={t('client.new.submit')}
          onSubmit={() => void submit()}
          onCancel={() => navigate('/clients')}
          header={
            <>
              {restoredAt && (
                <InlineAlert status="neutral" mb="l" labelText={t('drafts.restoredTitle')}>
                  <Paragraph mb="s">{t('drafts.restored', { time: formatDateTime(restoredAt) })}</Paragraph>
                  <Button variant="secondary" onClick={() => void discardDraft()}>
                    {t('drafts.discard')}
                  </Button>
                </InlineAlert>
              )}
              {generalError && (
                <InlineAlert status="error" mb="l" role="alert">
                  {t(generalError)}
                </InlineAlert>
              )}
            </>
          }
          footer={<AutosaveStatus state={autosave.state} />}
        />
      )}
    </Page>
  );
}
