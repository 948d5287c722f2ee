// Lokivalvonta: who accessed a client's data, when, in what role, on what grounds, and whether
// it was allowed; reason-based accesses are flagged. Account events (users created, roles granted
// or revoked, passwords, lockouts) are found by the account concerned. Also checks the log's hash
// chain.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Heading, InlineAlert, Paragraph, Table, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { formatDateTime } from '../../../lib/format';
import { useAuditSearch, useVerifyAudit } from '../api/audit';
import type { AuditFilter } from '../api/audit';

function VerifyChain() {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  return (
    <section aria-labelledby="verify-heading" className="panel">
      <Heading variant="h2" id="verify-heading" mb="s">
        {t('audit.verify.heading')}
      </Heading>
      <Paragraph mb="m">{t('audit.verify.intro')}</Paragraph>
      <Button
        variant="secondary"
        aria-disabled={verify.isPending}
        onClick={() => {
          if (!verify.isPending) verify.mutate();
        }}
      >
        {t('audit.verify.button')}
      </Button>
      <div role="status" className="verify-result">
        {verify.isPending && <LoadingState text={t('audit.verify.running')} />}
        {verify.isSuccess &&
          (verify.data.ok ? (
            <InlineAlert status="neutral" mt="m">
              {t('audit.verify.ok', { count: verify.data.checked })}
            </InlineAlert>
          ) : (
            <InlineAlert status="error" mt="m" labelText={t('audit.verify.brokenTitle')}>
              {t('audit.verify.broken', {
                seq: verify.data.first_bad_seq ?? '?',
                problem: verify.data.problem ?? '',
                checked: verify.data.checked,
              })}
            </InlineAlert>
          ))}
      </div>
      {verify.isError && <RequestError error={verify.error} />}
    </section>
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [clientId, setClientId] = useState('');
  const [actor, setActor] = useState('');
  const [subject, setSubject] = useState('');
  const [filter, setFilter] = useState<AuditFilter | null>(null);
  const [clientError, setClientError] = useState<string | undefined>();
  const search = useAuditSearch(filter);

  const translated = (prefix: string, value: string | null) =>
    value ? (i18n.exists(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value) : '';

  function submit(e: FormEvent) {
    e.preventDefault();
    // At least one of: a client, a user who acted, an account concerned (never the whole log).
    if (!clientId.trim() && !actor.trim() && !subject.trim()) {
      setClientError(t('audit.needOne'));
      return;
    }
    setClientError(undefined);
    setFilter({
      ...(clientId.trim() ? { client_id: clientId.trim() } : {}),
      ...(actor.trim() ? { actor: actor.trim() } : {}),
      ...(subject.trim() ? { subject_user: subject.trim() } : {}),
    });
  }

  const entries = search.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    { key: 'at', labelText: t('audit.columns.at') },
    { key: 'actor', labelText: t('audit.columns.actor') },
    { key: 'role', labelText: t('audit.columns.role') },
    { key: 'action', labelText: t('audit.columns.action') },
    { key: 'resource', labelText: t('audit.columns.resource') },
    { key: 'subject', labelText: t('audit.subjectColumn') },
    { key: 'relationship', labelText: t('audit.columns.relationship') },
    { key: 'reason', labelText: t('audit.columns.reason') },
    { key: 'outcome', labelText: t('audit.columns.outcome') },
    { key: 'flagged', labelText: t('audit.columns.flagged') },
  ] as const;
  const rows = entries.map((e) => ({
    id: String(e.seq),
    at: formatDateTime(e.at),
    actor: e.actor_username,
    role: translated('roles', e.actor_role),
    action: translated('audit.actions', e.action),
    resource: translated('audit.resources', e.resource_type),
    subject: e.subject_username ?? '',
    relationship: translated('relationships', e.relationship),
    reason: e.reason ?? '',
    outcome: translated('audit.outcomes', e.outcome),
    flagged: e.flagged ? <strong className="flag">{t('audit.flaggedYes')}</strong> : '',
  }));

  return (
    <Page title={t('audit.title')}>
      <Paragraph mb="l">{t('audit.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="audit-form" aria-label={t('audit.searchLabel')}>
        <TextInput
          id="audit-client"
          labelText={t('audit.clientId')}
          hintText={t('audit.clientIdHint')}
          value={clientId}
          onChange={(v) => setClientId(String(v ?? ''))}
          status={clientError ? 'error' : 'default'}
          statusText={clientError}
          autoComplete="off"
          spellCheck={false}
          mb="m"
        />
        <TextInput
          id="audit-actor"
          labelText={t('audit.actor')}
          optionalText={t('form.optional')}
          hintText={t('audit.actorHint')}
          value={actor}
          onChange={(v) => setActor(String(v ?? ''))}
          autoComplete="off"
          spellCheck={false}
          mb="m"
        />
        <TextInput
          id="audit-subject"
          labelText={t('audit.subject')}
          optionalText={t('form.optional')}
          hintText={t('audit.subjectHint')}
          value={subject}
          onChange={(v) => setSubject(String(v ?? ''))}
          autoComplete="off"
          spellCheck={false}
          mb="m"
        />
        <Button type="submit">{t('audit.search')}</Button>
      </form>

      <div role="status" className="search-status">
        {filter && search.isSuccess && <Paragraph mt="l">{t('audit.resultCount', { count: entries.length })}</Paragraph>}
      </div>
      {search.isFetching && !search.isFetchingNextPage && <LoadingState />}
      {search.isError && <RequestError error={search.error} />}
      {entries.length > 0 && (
        <Table caption={t('audit.caption')} columns={columns} data={rows} condensed mb="m" />
      )}
      {search.hasNextPage && (
        <Button variant="secondary" onClick={() => void search.fetchNextPage()} mb="l">
          {t('audit.more')}
        </Button>
      )}
      <VerifyChain />
    </Page>
  );
}
