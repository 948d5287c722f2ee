// "Uusi asiakas": registers a client. What the user types is autosaved as a server-side draft
// (about a second after typing stops) and restored when the page is opened again; the draft is
// deleted once the client has been created. All of it is the form kit's (components/form).
import { useNavigate } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { useMunicipalities } from '../../../lib/organisation';
import { useUser } from '../../../lib/session';
import { useCreateClient } from '../api/create-client';
import { ClientForm, useClientForm } from './ClientForm';
import { EMPTY_CLIENT_FORM, coerceFormValues, toClientInput } from './client-form-model';

export const CLIENT_DRAFT_KEY = 'client-new';

export function NewClientPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const municipalities = useMunicipalities(user.county.code);
  const create = useCreateClient();
  const form = useClientForm({
    initial: EMPTY_CLIENT_FORM,
    draft: { key: CLIENT_DRAFT_KEY, coerce: (data) => coerceFormValues(data) },
    submit: (values) => create.mutateAsync(toClientInput(values)),
    afterSave: 'clear-draft',
    onSuccess: (client) => void navigate(`/clients/${encodeURIComponent(client.id)}`, { state: { notice: 'created' } }),
  });

  return (
    <Page title={t('client.new.title')}>
      <Paragraph mb="l">{t('client.new.intro')}</Paragraph>
      {municipalities.isError && <RequestError error={municipalities.error} />}
      {municipalities.isPending || form.loading ? (
        <LoadingState />
      ) : (
        <ClientForm
          form={form}
          municipalities={municipalities.data?.items ?? []}
          showSafetyNotes
          submitLabel={t('client.new.submit')}
          onCancel={() => navigate('/clients')}
        />
      )}
    </Page>
  );
}
