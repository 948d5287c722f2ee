// /caseload — the manager's view of their units (access.md: caseload lists and phases, no
// records): per key worker the number of clients in each phase, then the clients with their
// phase, deadline, days since the last contact and flags, filtered by unit, key worker and phase.
// Names are not links: a manager opens no client record without a relationship of their own.
import { useState } from 'react';
import { Dropdown, DropdownItem, Heading, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { useCodes } from '../../../lib/codes';
import { formatDate } from '../../../lib/format';
import { localName } from '../../../lib/organisation';
import type { CaseloadItem, CaseloadSummary } from '../../../types/api';
import { useCaseload } from '../api/caseload';
import { flagsOf, NO_FILTER, phaseColumns, totals } from './caseload-model';
import type { CaseloadFilter } from './caseload-model';

// Suomi.fi's Dropdown needs a non-empty value for "every …".
const ALL = 'all';
const NONE = 'none';

function FilterDropdown({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  options: { value: string; label: string }[];
}) {
  return (
    <Dropdown
      id={id}
      labelText={label}
      value={value || ALL}
      onChange={(v: string) => onChange(v === ALL ? '' : v)}
      mb="m"
      className="caseload-filter"
    >
      {options.map((o) => (
        <DropdownItem key={o.value} value={o.value}>
          {o.label}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}

function SummaryTable({ summary, phases }: { summary: CaseloadSummary[]; phases: string[] }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const sum = totals(summary);
  const phaseLabel = (p: string) => codes.label('client_phase', p);
  const worker = (s: CaseloadSummary) => s.key_worker?.display_name ?? t('caseload.noKeyWorker');
  return (
    // Focusable: on a narrow screen without the stacked layout the region scrolls sideways.
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="caseload-summary-heading">
      <table className="data-table stack-on-phone" aria-labelledby="caseload-summary-heading">
        <thead>
          <tr>
            <th scope="col">{t('caseload.cols.keyWorker')}</th>
            {phases.map((p) => (
              <th scope="col" key={p}>
                {phaseLabel(p)}
              </th>
            ))}
            <th scope="col">{t('caseload.cols.total')}</th>
            <th scope="col">{t('caseload.cols.deadlineSoon')}</th>
            <th scope="col">{t('caseload.cols.noContact')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.map((s) => (
            <tr key={s.key_worker?.id ?? NONE}>
              <th scope="row" data-label={t('caseload.cols.keyWorker')}>
                {worker(s)}
              </th>
              {phases.map((p) => (
                <td key={p} data-label={phaseLabel(p)}>
                  {s.phases[p] ?? 0}
                </td>
              ))}
              <td data-label={t('caseload.cols.total')}>{s.total}</td>
              <td data-label={t('caseload.cols.deadlineSoon')}>{s.deadline_soon}</td>
              <td data-label={t('caseload.cols.noContact')}>{s.no_contact}</td>
            </tr>
          ))}
        </tbody>
        {summary.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row" data-label={t('caseload.cols.keyWorker')}>
                {t('caseload.total')}
              </th>
              {phases.map((p) => (
                <td key={p} data-label={phaseLabel(p)}>
                  {sum.phases[p] ?? 0}
                </td>
              ))}
              <td data-label={t('caseload.cols.total')}>{sum.total}</td>
              <td data-label={t('caseload.cols.deadlineSoon')}>{sum.deadline_soon}</td>
              <td data-label={t('caseload.cols.noContact')}>{sum.no_contact}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function ClientsTable({ items, noContactDays }: { items: CaseloadItem[]; noContactDays: number }) {
  const { t, i18n } = useTranslation();
  const codes = useCodes();
  const none = t('common.none');
  const contact = (c: CaseloadItem) =>
    c.last_contact
      ? t('caseload.lastContact', { date: formatDate(c.last_contact), count: c.days_since_contact ?? 0 })
      : none;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="caseload-clients-heading">
      <table className="data-table stack-on-phone" aria-labelledby="caseload-clients-heading">
        <thead>
          <tr>
            <th scope="col">{t('caseload.cols.client')}</th>
            <th scope="col">{t('caseload.cols.keyWorker')}</th>
            <th scope="col">{t('caseload.cols.unit')}</th>
            <th scope="col">{t('caseload.cols.phase')}</th>
            <th scope="col">{t('caseload.cols.deadline')}</th>
            <th scope="col">{t('caseload.cols.lastContact')}</th>
            <th scope="col">{t('caseload.cols.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row" data-label={t('caseload.cols.client')}>
                {c.last_name}, {c.first_name}
              </th>
              <td data-label={t('caseload.cols.keyWorker')}>{c.key_worker?.display_name ?? t('caseload.noKeyWorker')}</td>
              <td data-label={t('caseload.cols.unit')}>{c.unit ? localName(c.unit, i18n.language) : none}</td>
              <td data-label={t('caseload.cols.phase')}>{codes.label('client_phase', c.phase)}</td>
              <td data-label={t('caseload.cols.deadline')}>{c.deadline ? formatDate(c.deadline) : none}</td>
              <td data-label={t('caseload.cols.lastContact')}>{contact(c)}</td>
              <td data-label={t('caseload.cols.flags')}>
                {flagsOf(c).length === 0
                  ? none
                  : flagsOf(c).map((f) => (
                      <strong key={f} className="flag">
                        {t(`caseload.flags.${f}`, { count: noContactDays })}{' '}
                      </strong>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CaseloadPage() {
  const { t, i18n } = useTranslation();
  const codes = useCodes();
  const [filter, setFilter] = useState<CaseloadFilter>(NO_FILTER);
  const caseload = useCaseload(filter);
  const data = caseload.data;
  const set = (key: keyof CaseloadFilter) => (v: string) => setFilter((f) => ({ ...f, [key]: v }));
  const phases = data ? phaseColumns(data.summary, codes.list('client_phase')) : [];

  return (
    <Page title={t('caseload.title')}>
      <Paragraph mb="l">{t('caseload.intro')}</Paragraph>
      <section aria-labelledby="caseload-filter-heading" className="caseload-filters">
        <Heading variant="h2" id="caseload-filter-heading" mb="s">
          {t('caseload.filters')}
        </Heading>
        <FilterDropdown
          id="caseload-unit"
          label={t('caseload.cols.unit')}
          value={filter.unit}
          onChange={set('unit')}
          options={[
            { value: ALL, label: t('caseload.allUnits') },
            ...(data?.units ?? []).map((u) => ({ value: u.id, label: localName(u, i18n.language) })),
          ]}
        />
        <FilterDropdown
          id="caseload-worker"
          label={t('caseload.cols.keyWorker')}
          value={filter.worker}
          onChange={set('worker')}
          options={[
            { value: ALL, label: t('caseload.allWorkers') },
            ...(data?.workers ?? []).map((w) => ({ value: w.id, label: w.display_name })),
            { value: NONE, label: t('caseload.noKeyWorker') },
          ]}
        />
        <FilterDropdown
          id="caseload-phase"
          label={t('caseload.cols.phase')}
          value={filter.phase}
          onChange={set('phase')}
          options={[
            { value: ALL, label: t('caseload.allPhases') },
            ...codes.list('client_phase').map((p) => ({ value: p, label: codes.label('client_phase', p) })),
          ]}
        />
      </section>

      <div role="status" className="search-status">
        {data && <Paragraph mb="m">{t('caseload.count', { count: data.items.length })}</Paragraph>}
        {data?.truncated && <Paragraph mb="m">{t('caseload.truncated')}</Paragraph>}
      </div>
      {caseload.isPending && <LoadingState />}
      {caseload.isError && <RequestError error={caseload.error} />}
      {data && data.items.length > 0 && (
        <>
          <section aria-labelledby="caseload-summary-heading">
            <Heading variant="h2" id="caseload-summary-heading" mb="s">
              {t('caseload.summaryHeading')}
            </Heading>
            <SummaryTable summary={data.summary} phases={phases} />
          </section>
          <section aria-labelledby="caseload-clients-heading">
            <Heading variant="h2" id="caseload-clients-heading" mb="s">
              {t('caseload.clientsHeading')}
            </Heading>
            <Paragraph mb="s">{t('caseload.flagsExplained', { days: data.deadline_window_days, count: data.no_contact_days })}</Paragraph>
            <ClientsTable items={data.items} noContactDays={data.no_contact_days} />
          </section>
        </>
      )}
      {data && data.items.length === 0 && <Paragraph>{t('caseload.empty')}</Paragraph>}
    </Page>
  );
}
