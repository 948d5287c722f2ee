// Lokivalvonta: who accessed a client's data, when, in what role, on what grounds, and whether
// it was allowed; reason-based accesses are flagged. The client is found by name or identity code
// (POST /audit/clients: the query in the body, every hit itself logged), or the log is searched
// by a user alone. Account events (users created, roles granted or revoked, passwords, lockouts)
// are found by the account concerned. Resource types and actions are shown in words (code lists
// audit_resource_type / audit_action). Also checks the log's hash chain.
import { useState } from 'react';
import { Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormShell, useForm } from '../../../components/form/use-form';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { useCodes } from '../../../lib/codes';
import { formatDateTime } from '../../../lib/format';
import { localName } from '../../../lib/organisation';
import type { AuditClientHit } from '../../../types/api';
import { useAuditSearch, useLookupClients, useVerifyAudit } from '../api/audit';
import type { AuditFilter } from '../api/audit';

function ClientLookup({ onChoose }: { onChoose(hit: AuditClientHit): void }) {
  const { t, i18n } = useTranslation();
  const lookup = useLookupClients();
  const form = useForm({
    prefix: 'audit-lookup',
    ids: { q: 'audit-lookup-q' },
    initial: { q: '' },
    validate: (v) => ({ q: v.q.trim().length >= 2 ? undefined : 'audit.lookup.tooShort' }),
    submit: async (v) => {
      await lookup.mutateAsync(v.q.trim());
    },
    afterSave: 'keep',
  });
  const hits = lookup.data?.items ?? [];
  return (
    <section aria-labelledby="audit-lookup-heading" className="panel">
      <Heading variant="h2" id="audit-lookup-heading" mb="s">
        {t('audit.lookup.heading')}
      </Heading>
      <FormShell
        form={form}
        label={() => t('audit.lookup.label')}
        fallbackField="q"
        ariaLabel={t('audit.lookup.heading')}
        actions={<Button type="submit">{t('audit.lookup.submit')}</Button>}
      >
        <TextInput
          {...form.text('q')}
          labelText={t('audit.lookup.label')}
          hintText={t('audit.lookup.hint')}
          autoComplete="off"
          spellCheck={false}
          mb="m"
        />
      </FormShell>
      <div role="status">
        {lookup.isSuccess && <Paragraph mt="m">{t('audit.lookup.count', { count: hits.length })}</Paragraph>}
      </div>
      {hits.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="audit-lookup-heading">
        <table className="data-table stack-on-phone" aria-labelledby="audit-lookup-heading">
          <thead>
            <tr>
              <th scope="col">{t('audit.lookup.cols.name')}</th>
              <th scope="col">{t('audit.lookup.cols.hetu')}</th>
              <th scope="col">{t('audit.lookup.cols.municipality')}</th>
              <th scope="col">{t('audit.lookup.cols.log')}</th>
            </tr>
          </thead>
          <tbody>
            {hits.map((h) => (
              <tr key={h.id}>
                <th scope="row" data-label={t('audit.lookup.cols.name')}>
                  {h.last_name}, {h.first_name}
                </th>
                <td data-label={t('audit.lookup.cols.hetu')}>{h.hetu_masked ?? t('common.none')}</td>
                <td data-label={t('audit.lookup.cols.municipality')}>{localName(h.municipality, i18n.language)}</td>
                <td data-label={t('audit.lookup.cols.log')}>
                  <Button
                    variant="secondary"
                    aria-label={t('audit.lookup.showLogFor', { name: `${h.first_name} ${h.last_name}` })}
                    onClick={() => onChoose(h)}
                  >
                    {t('audit.lookup.showLog')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}

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
  const codes = useCodes();
  const [filter, setFilter] = useState<AuditFilter | null>(null);
  const [chosen, setChosen] = useState<AuditClientHit | null>(null);
  const search = useAuditSearch(filter);
  const form = useForm({
    prefix: 'audit',
    ids: { client_id: 'audit-client', actor: 'audit-actor', subject_user: 'audit-subject' },
    initial: { client_id: '', actor: '', subject_user: '' },
    // At least one of: a client, a user who acted, an account concerned (never the whole log).
    validate: (v) => ({ client_id: v.client_id.trim() || v.actor.trim() || v.subject_user.trim() ? undefined : 'audit.needOne' }),
    submit: (v) => {
      setChosen(null);
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
    { key: 'at', label: t('audit.columns.at') },
    { key: 'actor', label: t('audit.columns.actor') },
    { key: 'role', label: t('audit.columns.role') },
    { key: 'action', label: t('audit.columns.action') },
    { key: 'resource', label: t('audit.columns.resource') },
    { key: 'subject', label: t('audit.subjectColumn') },
    { key: 'relationship', label: t('audit.columns.relationship') },
    { key: 'reason', label: t('audit.columns.reason') },
    { key: 'outcome', label: t('audit.columns.outcome') },
    { key: 'flagged', label: t('audit.columns.flagged') },
  ] as const;
  const rows = entries.map((e) => ({
    id: String(e.seq),
    at: formatDateTime(e.at),
    actor: e.actor_username,
    role: translated('roles', e.actor_role),
    action: codes.find('audit_action', e.action) ?? translated('audit.actions', e.action),
    resource: codes.find('audit_resource_type', e.resource_type) ?? translated('audit.resources', e.resource_type),
    subject: e.subject_username ?? '',
    relationship: translated('relationships', e.relationship),
    reason: e.reason ?? '',
    outcome: translated('audit.outcomes', e.outcome),
    flagged: e.flagged ? <strong className="flag">{t('audit.flaggedYes')}</strong> : '',
  }));

  return (
    <Page title={t('audit.title')}>
      <Paragraph mb="l">{t('audit.intro')}</Paragraph>
      <ClientLookup
        onChoose={(hit) => {
          setChosen(hit);
          setFilter({ client_id: hit.id });
        }}
      />
      <Heading variant="h2" id="audit-search-heading" mb="s" mt="l">
        {t('audit.searchHeading')}
      </Heading>
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
        {chosen && filter?.client_id === chosen.id && (
          <Paragraph mt="l">
            {t('audit.logOf', { name: `${chosen.first_name} ${chosen.last_name}`, hetu: chosen.hetu_masked ?? '' })}
          </Paragraph>
        )}
        {filter && search.isSuccess && <Paragraph mt="l">{t('audit.resultCount', { count: entries.length })}</Paragraph>}
      </div>
      {search.isFetching && !search.isFetchingNextPage && <LoadingState />}
      {search.isError && <RequestError error={search.error} />}
      {entries.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('audit.caption')}>
          <table className="data-table stack-on-phone audit-table">
            <caption>{t('audit.caption')}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th scope="col" key={c.key}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  {columns.map((c) =>
                    c.key === 'at' ? (
                      <th scope="row" key={c.key} data-label={c.label}>
                        {r.at}
                      </th>
                    ) : (
                      <td key={c.key} data-label={c.label}>
                        {r[c.key]}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
