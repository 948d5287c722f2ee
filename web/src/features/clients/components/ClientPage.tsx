// One client: identity, contact details, safety notes, the relationship that lets the user see
// them, and editing (PATCH with the version that was read). A 404 means "not found or no client
// relationship"; a worker may then record a reason for access.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { Button, Heading, InlineAlert, Notification, Paragraph, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError, errorMessageKey } from '../../../components/RequestError';
import { fromKeys, fromServer } from '../../../components/field-messages';
import type { FieldMessages } from '../../../components/field-messages';
import { isApiError } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { ageOn } from '../../../lib/hetu';
import { useMunicipalities } from '../../../lib/organisation';
import { WORKER_ROLES, can, rolesOf } from '../../../lib/roles';
import { useUser } from '../../../lib/session';
import type { Client } from '../../../types/api';
import { useClient } from '../api/get-client';
import { useUpdateClient } from '../api/update-client';
import { AccessReasonForm } from './AccessReasonForm';
import { ClientForm } from './ClientForm';
import { fromClient, toClientInput, validateClientForm } from './client-form-model';
import type { ClientFormValues } from './client-form-model';

function useRelationshipText() {
  const { t, i18n } = useTranslation();
  return (rel: string) => (i18n.exists(`relationships.${rel}`) ? t(`relationships.${rel}`) : rel);
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ClientDetails({ client }: { client: Client }) {
  const { t } = useTranslation();
  const relationship = useRelationshipText();
  const age = client.birth_date ? ageOn(client.birth_date) : null;
  const dash = t('common.none');
  return (
    <>
      <dl className="facts" aria-label={t('client.sections.identity')}>
        <Field label={t('client.fields.hetu')}>{client.hetu ?? t('clients.noHetu')}</Field>
        {client.birth_date && <Field label={t('client.birthDate')}>{formatDate(client.birth_date)}</Field>}
        {age !== null && <Field label={t('client.age')}>{t('client.ageYears', { count: age })}</Field>}
        <Field label={t('client.fields.municipality')}>{client.municipality.name}</Field>
        <Field label={t('client.fields.languages')}>
          {client.languages.length
            ? client.languages
                .map((l) => (['fi', 'sv', 'other'].includes(l) ? t(`client.languages.${l}`) : l))
                .join(', ')
            : dash}
        </Field>
        <Field label={t('client.unit')}>{client.unit?.name ?? dash}</Field>
        <Field label={t('client.relationship')}>{relationship(client.relationship)}</Field>
      </dl>

      <Heading variant="h2" mb="s" mt="l">
        {t('client.sections.contact')}
      </Heading>
      <dl className="facts">
        <Field label={t('client.fields.phone')}>{client.contact.phone || dash}</Field>
        <Field label={t('client.fields.email')}>{client.contact.email || dash}</Field>
        <Field label={t('client.fields.address')}>{client.contact.address || dash}</Field>
      </dl>

      <Heading variant="h2" mb="s" mt="l">
        {t('client.sections.safety')}
      </Heading>
      {client.safety_notes === null ? (
        <Paragraph>{t('client.safetyNotesHidden')}</Paragraph>
      ) : client.safety_notes ? (
        <div className="safety-notes">
          <Paragraph>{client.safety_notes}</Paragraph>
        </div>
      ) : (
        <Paragraph>{t('client.noSafetyNotes')}</Paragraph>
      )}

      <Paragraph mt="l">
        <Text color="depthDark1">
          {t('client.timestamps', {
            created: formatDateTime(client.created_at),
            updated: formatDateTime(client.updated_at),
          })}
        </Text>
      </Paragraph>
    </>
  );
}

function EditClient({
  client,
  onDone,
  onReload,
}: {
  client: Client;
  onDone(saved: boolean): void;
  onReload(): Promise<Client | undefined>;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const municipalities = useMunicipalities(user.county.code);
  const update = useUpdateClient(client.id);
  const [values, setValues] = useState<ClientFormValues>(() => fromClient(client));
  const [version, setVersion] = useState(client.version);
  const [errors, setErrors] = useState<FieldMessages>({});
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const [stale, setStale] = useState(false);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const mayEditSafetyNotes = client.safety_notes !== null;

  async function submit() {
    const local = validateClientForm(values);
    if (Object.keys(local).length > 0) {
      setErrors(fromKeys(local));
      setErrorFocusKey((k) => k + 1);
      return;
    }
    setErrors({});
    setGeneralError(null);
    setStale(false);
    try {
      const input = toClientInput(values, { includeSafetyNotes: mayEditSafetyNotes });
      if (mayEditSafetyNotes && input.safety_notes === undefined) input.safety_notes = '';
      await update.mutateAsync({ ...input, version });
      onDone(true);
    } catch (e) {
      if (isApiError(e) && e.isStaleVersion) setStale(true);
      else if (isApiError(e, 409)) {
        setErrors({ hetu: { key: 'client.errors.duplicate' } });
        setErrorFocusKey((k) => k + 1);
      } else if (isApiError(e) && Object.keys(e.fieldErrors).length > 0) {
        setErrors(fromServer(e));
        setErrorFocusKey((k) => k + 1);
      } else if (isApiError(e, 401)) setGeneralError('client.errors.notSavedSessionExpired');
      else setGeneralError(errorMessageKey(e));
    }
  }

  async function reload() {
    const fresh = await onReload();
    if (fresh) {
      setValues(fromClient(fresh));
      setVersion(fresh.version);
    }
    setStale(false);
    setErrors({});
  }

  if (municipalities.isPending) return <LoadingState />;
  return (
    <ClientForm
      values={values}
      onChange={setValues}
      errors={errors}
      errorFocusKey={errorFocusKey}
      municipalities={municipalities.data?.items ?? [client.municipality]}
      showSafetyNotes={mayEditSafetyNotes}
      submitting={update.isPending}
      submitLabel={t('form.save')}
      onSubmit={() => void submit()}
      onCancel={() => onDone(false)}
      header={
        <>
          {stale && (
            <InlineAlert status="error" mb="l" role="alert" labelText={t('client.stale.title')}>
              <Paragraph mb="s">{t('client.stale.text')}</Paragraph>
              <Button variant="secondary" onClick={() => void reload()}>
                {t('client.stale.reload')}
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
    />
  );
}

export function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useUser();
  const query = useClient(id);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice === 'created' ? 'client.notices.created' : null,
  );

  if (query.isPending) {
    return (
      <Page title={t('client.title')}>
        <LoadingState />
      </Page>
    );
  }

  if (query.isError) {
    if (isApiError(query.error, 404)) {
      return (
        <Page title={t('client.notFound.title')}>
          <InlineAlert status="warning" mb="l">
            {t('client.notFound.text')}
          </InlineAlert>
          {can(user, 'clients.accessReason') && (
            <AccessReasonForm clientId={id} onRecorded={() => void query.refetch()} />
          )}
        </Page>
      );
    }
    return (
      <Page title={t('client.title')}>
        <RequestError error={query.error} />
      </Page>
    );
  }

  const client = query.data;
  const name = `${client.first_name} ${client.last_name}`;
  const mayEdit = rolesOf(user).some((r) => WORKER_ROLES.includes(r));

  return (
    <Page title={name} heading={name}>
      {notice && (
        <Notification
          closeText={t('common.close')}
          onCloseButtonClick={() => setNotice(null)}
          headingText={t(notice)}
          headingVariant="h2"
          regionAriaLabel={t('common.notice')}
          mb="l"
        />
      )}
      {client.relationship === 'unit_member_with_reason' && (
        <InlineAlert status="neutral" mb="l">
          {t('client.reasonBasedAccess')}
        </InlineAlert>
      )}
      {editing ? (
        <EditClient
          client={client}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNotice('client.notices.saved');
          }}
          onReload={async () => (await query.refetch()).data}
        />
      ) : (
        <>
          {mayEdit && (
            <div className="page-actions">
              <Button
                variant="secondary"
                onClick={() => {
                  setNotice(null);
                  setEditing(true);
                }}
              >
                {t('client.edit')}
              </Button>
            </div>
          )}
          <ClientDetails client={client} />
        </>
      )}
    </Page>
  );
}
