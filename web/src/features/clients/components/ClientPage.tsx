// One client: a header (name, age, municipality, languages, safety notes, key worker, period and
// deadline, the most common actions) and tabs as sub-routes (a nav of links, the current one
// marked aria-current="page"): Overview (identity, contact details, the relationship that lets
// the user see them, editing with the version that was read) here, the others added by other
// features through the `clientPage` extension point (lib/features.ts: they declare
// `parent: 'clientPage'` and a tab; the app gives this page the tabs), and they get the client
// as outlet context.
// A 404 means "not found or no client relationship"; a worker may then record a reason for access.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { Button, Heading, InlineAlert, Notification, Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { isApiError } from '../../../lib/api-client';
import { useSlotTabs } from '../../../lib/features';
import { formatDate, formatDateTime } from '../../../lib/format';
import { ageOn } from '../../../lib/hetu';
import { useMunicipalities } from '../../../lib/organisation';
import { can, isKeyWorker } from '../../../lib/roles';
import { useUser } from '../../../lib/session';
import type { Client } from '../../../types/api';
import { useClient } from '../api/get-client';
import { useClientPeriods } from '../api/get-client-periods';
import { useUpdateClient } from '../api/update-client';
import { AccessReasonForm } from './AccessReasonForm';
import { ClientForm, useClientForm } from './ClientForm';
import { fromClient, toClientInput } from './client-form-model';

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

function languageText(t: (k: string) => string, client: Client): string {
  return client.languages
    .map((l) => (['fi', 'sv', 'other'].includes(l) ? t(`client.languages.${l}`) : l))
    .join(', ');
}

/** The header of every tab: who the client is and where they are on their path. */
function ClientHeader({ client }: { client: Client }) {
  const { t } = useTranslation();
  const user = useUser();
  const isWorker = isKeyWorker(user);
  const periods = useClientPeriods(client.id, isWorker);
  const period = periods.data?.items.find((p) => p.status === 'open') ?? periods.data?.items[0] ?? null;
  const age = client.birth_date ? ageOn(client.birth_date) : null;
  const dash = t('common.none');
  const base = `/clients/${encodeURIComponent(client.id)}`;
  return (
    <div className="client-header">
      <dl className="facts facts--header" aria-label={t('client.header.label')}>
        {age !== null && <Field label={t('client.age')}>{t('client.ageYears', { count: age })}</Field>}
        <Field label={t('client.fields.municipality')}>{client.municipality.name}</Field>
        <Field label={t('client.fields.languages')}>{client.languages.length ? languageText(t, client) : dash}</Field>
        {isWorker && (
          <>
            <Field label={t('client.header.keyWorker')}>{period?.status === 'open' ? period.key_worker_name : dash}</Field>
            <Field label={t('client.header.period')}>
              {period
                ? period.status === 'open'
                  ? t('client.header.periodOpen', { start: formatDate(period.starts_on), deadline: formatDate(period.deadline) })
                  : t('client.header.periodEnded', { end: formatDate(period.ended_on) })
                : dash}
            </Field>
          </>
        )}
      </dl>
      <div className="client-header__safety">
        <Heading variant="h2" mb="xs" className="client-header__safety-heading">
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
      </div>
      {isWorker && (
        <div className="quick-actions">
          <RouterLink asComponent={Link} to={`${base}/meetings`} className="quick-action">
            {t('client.actions.recordMeeting')}
          </RouterLink>
          <RouterLink asComponent={Link} to={`${base}/plan`} className="quick-action">
            {t('client.actions.reviewGoal')}
          </RouterLink>
        </div>
      )}
    </div>
  );
}

function ClientTabs({ client }: { client: Client }) {
  const { t } = useTranslation();
  const tabs = useSlotTabs();
  const base = `/clients/${encodeURIComponent(client.id)}`;
  return (
    <nav aria-label={t('client.tabs.label')} className="client-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.labelKey}>
            <NavLink to={tab.to ? `${base}/${tab.to}` : base} end className="client-tabs__link">
              {t(tab.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ClientDetails({ client }: { client: Client }) {
  const { t } = useTranslation();
  const relationship = useRelationshipText();
  const dash = t('common.none');
  return (
    <>
      <Heading variant="h2" mb="s">
        {t('client.sections.identity')}
      </Heading>
      <dl className="facts">
        <Field label={t('client.fields.hetu')}>{client.hetu ?? t('clients.noHetu')}</Field>
        {client.birth_date && <Field label={t('client.birthDate')}>{formatDate(client.birth_date)}</Field>}
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
  const [version, setVersion] = useState(client.version);
  const [stale, setStale] = useState(false);
  const mayEditSafetyNotes = client.safety_notes !== null;
  const form = useClientForm({
    initial: fromClient(client),
    submit: (values) => {
      setStale(false);
      const input = toClientInput(values, { includeSafetyNotes: mayEditSafetyNotes });
      if (mayEditSafetyNotes && input.safety_notes === undefined) input.safety_notes = '';
      return update.mutateAsync({ ...input, version });
    },
    afterSave: 'keep',
    onSuccess: () => onDone(true),
    onError: (e) => {
      if (!isApiError(e) || !e.isStaleVersion) return undefined;
      setStale(true);
      return {};
    },
  });

  async function reload() {
    const fresh = await onReload();
    if (fresh) {
      form.setValues(fromClient(fresh));
      setVersion(fresh.version);
    }
    setStale(false);
    form.errors.clear();
  }

  if (municipalities.isPending) return <LoadingState />;
  return (
    <ClientForm
      form={form}
      municipalities={municipalities.data?.items ?? [client.municipality]}
      showSafetyNotes={mayEditSafetyNotes}
      submitLabel={t('form.save')}
      onCancel={() => onDone(false)}
      header={
        stale && (
          <InlineAlert status="error" mb="l" role="alert" labelText={t('client.stale.title')}>
            <Paragraph mb="s">{t('client.stale.text')}</Paragraph>
            <Button variant="secondary" onClick={() => void reload()}>
              {t('client.stale.reload')}
            </Button>
          </InlineAlert>
        )
      }
    />
  );
}

/** The "Yleiskuva" tab: identity and contact details, and editing them. */
export function ClientOverview() {
  const { t } = useTranslation();
  const user = useUser();
  const client = useOutletContext<Client>();
  const query = useClient(client.id);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mayEdit = isKeyWorker(user);
  return (
    <>
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
    </>
  );
}

export function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useUser();
  const query = useClient(id);
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
      <ClientHeader client={client} />
      <ClientTabs client={client} />
      <div className="client-tab-panel">
        <Outlet context={client} />
      </div>
    </Page>
  );
}
