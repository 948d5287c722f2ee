// Lokivalvonta: who accessed a client's data, when, in what role, on what grounds, and whether
// it was allowed; reason-based accesses are flagged. Account events (users created, roles granted
// or revoked, passwords, lockouts) are found by the account concerned. Also checks the log's hash
// chain.
import { useState } from 'react';
import { Button, Heading, InlineAlert, Paragraph, Table, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormShell, useForm } from '../../../components/form/use-form';
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
  const [filter, setFilter] = useState<AuditFilter | null>(null);
  const search = useAuditSearch(filter);
  const form = useForm({
    prefix: 'audit',
    ids: { client_id: 'audit-client', actor: 'audit-actor', subject_user: 'audit-subject' },
    initial: { client_id: '', actor: '', subject_user: '' },
    // At least one of: a client, a user who acted, an account concerned (never the whole log).
    validate: (v) => ({ client_id: v.client_id.trim() || v.actor.trim() || v.subject_user.trim() ? undefined : 'audit.needOne' }),
    submit: (v) => {
      const f: AuditFilter = {};
      if (v.client_id.trim()) f.client_id = v.client_id.trim();
      if (v.actor.trim()) f.actor = v.actor.trim();
      if (v.subject_user.trim()) f.subject_user = v.subject_user.trim();
      setFilter(f);
      return Promise.resolve();
    },
    afterSave: 'keep',
  });

  const translated = (prefix: string, value: string | null) =>
    value ? (i18n.exists(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value) : '';

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
      <FormShell
        form={form}
        label={(f) => t(f === 'client_id' ? 'audit.clientId' : f === 'actor' ? 'audit.actor' : 'audit.subject')}
        fallbackField="client_id"
        className="audit-form"
        ariaLabel={t('audit.searchLabel')}
        actions={<Button type="submit">{t('audit.search')}</Button>}
      >
        <TextInput {...form.text('client_id')} labelText={t('audit.clientId')} hintText={t('audit.clientIdHint')} autoComplete="off" spellCheck={false} mb="m" />
        <TextInput
          {...form.text('actor')}
          labelText={t('audit.actor')}
          optionalText={t('form.optional')}
          hintText={t('audit.actorHint')}
          autoComplete="off"
          spellCheck={false}
          mb="m"
        />
        <TextInput
          {...form.text('subject_user')}
          labelText={t('audit.subject')}
          optionalText={t('form.optional')}
          hintText={t('audit.subjectHint')}
          autoComplete="off"
          spellCheck={false}
          mb="m"
        />
      </FormShell>

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
