// The key worker's home (screens.md "my week"): this week's meetings as a list grouped by day
// (Mon–Sun), warnings (deadlines within 14 days, no contact for 7 days, goals due for review with
// overdue ones marked in text, clients awaiting a decision with the days waited, unfinished drafts
// naming their form and client with a link to resume) and my clients with phase, deadline, last
// contact and next meeting, filtered by phase (`?phase=`), active first.
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Dropdown, DropdownItem, Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { locale } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { DashboardClient } from '../../../types/api';
import { useDashboard } from '../api/get-dashboard';
import { PHASE_FILTERS, clientsShown, draftEntry, parsePhaseFilter, phaseCounts, reviewGoalLink, weekDays } from './dashboard-model';
import type { PhaseFilter } from './dashboard-model';
import { useCodes } from '../../../lib/codes';

function ClientLink({ c, tab = '' }: { c: { client_id?: string; id?: string; first_name: string; last_name: string }; tab?: string }) {
  const id = c.client_id ?? c.id ?? '';
  return (
    <RouterLink asComponent={Link} to={`/clients/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`}>
      {`${c.first_name} ${c.last_name}`}
    </RouterLink>
  );
}

function Warning({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className={`warning-card${count > 0 ? ' warning-card--active' : ''}`} aria-labelledby={id}>
      <Heading variant="h3" id={id} mb="xs">
        {`${title} (${count})`}
      </Heading>
      {count === 0 ? <Paragraph>{t('dashboard.nothing')}</Paragraph> : <ul className="plain-list">{children}</ul>}
    </section>
  );
}

export function Dashboard() {
  const { t } = useTranslation();
  const codes = useCodes();
  const dash = useDashboard();
  const [params, setParams] = useSearchParams();
  const filter = parsePhaseFilter(params.get('phase'));
  if (dash.isPending) return <LoadingState />;
  if (dash.isError) return <RequestError error={dash.error} />;
  const d = dash.data;
  const dayName = (iso: string) => {
    const [y, m, dd] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(locale(), { weekday: 'long' }).format(new Date(y, m - 1, dd));
  };
  const phase = (c: DashboardClient) => codes.label('client_phase', c.phase);
  const counts = phaseCounts(d.clients);
  const shown = clientsShown(d.clients, filter);
  const filterLabel = (f: PhaseFilter) =>
    `${f === 'all' || f === 'active' ? t(`dashboard.phaseFilter.${f}`) : codes.label('client_phase', f)} (${counts[f]})`;
  const setFilter = (f: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (f === 'all') next.delete('phase');
        else next.set('phase', f);
        return next;
      },
      { replace: true },
    );
  return (
    <div className="dashboard">
      <section aria-labelledby="week-heading" className="dashboard__week">
        <Heading variant="h2" id="week-heading" mb="s">
          {t('dashboard.week', { from: formatDate(d.week.from), to: formatDate(d.week.to) })}
        </Heading>
        <ol className="week">
          {weekDays(d.week.from, d.week.meetings).map((day) => (
            <li key={day.date} className={`week__day${day.date === d.today ? ' week__day--today' : ''}`}>
              <Heading variant="h3" className="week__day-name" mb="xs">
                {`${dayName(day.date)} ${formatDate(day.date)}`}
                {day.date === d.today ? ` (${t('dashboard.today')})` : ''}
              </Heading>
              {day.meetings.length === 0 ? (
                <p className="week__empty">{t('dashboard.noMeetings')}</p>
              ) : (
                <ul className="plain-list">
                  {day.meetings.map((m) => (
                    <li key={m.id}>
                      <ClientLink c={m} tab="meetings" /> · {codes.label('meeting_mode', m.mode)} ·{' '}
                      {t('path.meeting.minutesShort', { count: m.minutes })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="warnings-heading">
        <Heading variant="h2" id="warnings-heading" mb="s">
          {t('dashboard.warnings')}
        </Heading>
        <div className="warning-grid">
          <Warning id="w-deadlines" title={t('dashboard.deadlines')} count={d.deadlines.length}>
            {d.deadlines.map((c) => (
              <li key={c.id}>
                <ClientLink c={c} tab="documents" /> – {formatDate(c.deadline)}
              </li>
            ))}
          </Warning>
          <Warning id="w-contact" title={t('dashboard.noContact')} count={d.no_contact.length}>
            {d.no_contact.map((c) => (
              <li key={c.id}>
                <ClientLink c={c} tab="meetings" /> – {c.last_contact ? formatDate(c.last_contact) : t('dashboard.never')}
              </li>
            ))}
          </Warning>
          <Warning id="w-awaiting" title={t('dashboard.awaiting.title')} count={d.awaiting_decision.length}>
            {d.awaiting_decision.map((c) => (
              <li key={c.id} data-testid="awaiting-decision">
                <ClientLink c={c} tab="documents" /> – {t('dashboard.awaiting.days', { count: c.days_waiting })},{' '}
                {t('dashboard.awaiting.due', { date: formatDate(c.due_on) })}
                {c.late && <strong className="warning-mark">{` ${t('dashboard.awaiting.late')}`}</strong>}
                {c.due_soon && <strong className="warning-mark">{` ${t('dashboard.awaiting.soon')}`}</strong>}
              </li>
            ))}
          </Warning>
          <Warning id="w-goals" title={t('dashboard.goalsDue')} count={d.goals_due.length}>
            {d.goals_due.map((g) => (
              <li key={g.goal_id} data-testid="goal-due">
                <ClientLink c={g} tab="plan" /> – {formatDate(g.review_on)}
                {g.overdue && <strong className="warning-mark">{` ${t('dashboard.overdue')}`}</strong>}: {g.text}{' '}
                <RouterLink asComponent={Link} to={reviewGoalLink(g.client_id, g.goal_id)}>
                  {t('dashboard.reviewGoal', { name: `${g.first_name} ${g.last_name}` })}
                </RouterLink>
              </li>
            ))}
          </Warning>
          <Warning id="w-drafts" title={t('dashboard.drafts')} count={d.drafts.length}>
            {d.drafts.map((dr) => {
              const entry = draftEntry(dr);
              const form = t(`dashboard.draftKinds.${entry.kind}`, { defaultValue: t('dashboard.draftKinds.other') });
              const title = entry.client ? t('dashboard.draftOf', { form, client: entry.client }) : form;
              return (
                <li key={dr.key} data-testid="draft">
                  {entry.to ? (
                    <RouterLink asComponent={Link} to={entry.to}>
                      {title}
                    </RouterLink>
                  ) : (
                    title
                  )}{' '}
                  ({formatDateTime(dr.updated_at)})
                </li>
              );
            })}
          </Warning>
        </div>
      </section>

      <section aria-labelledby="my-clients-heading">
        <Heading variant="h2" id="my-clients-heading" mb="s">
          {t('dashboard.myClients')}
        </Heading>
        {d.clients.length === 0 ? (
          <Paragraph>{t('dashboard.noClients')}</Paragraph>
        ) : (
          <>
            <div className="dashboard__filter">
              <Dropdown
                id="phase-filter"
                labelText={t('dashboard.phaseFilter.label')}
                value={filter}
                onChange={setFilter}
                mb="s"
              >
                {PHASE_FILTERS.map((f) => (
                  <DropdownItem key={f} value={f}>
                    {filterLabel(f)}
                  </DropdownItem>
                ))}
              </Dropdown>
            </div>
            <p role="status" className="dashboard__count">
              {t('dashboard.shown', { count: shown.length, total: d.clients.length })}
            </p>
            {shown.length === 0 ? (
              <Paragraph>{t('dashboard.noneInPhase')}</Paragraph>
            ) : (
              <div className="table-wrap">
                <table className="data-table stack-on-phone" aria-labelledby="my-clients-heading">
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.cols.name')}</th>
                      <th scope="col">{t('dashboard.cols.phase')}</th>
                      <th scope="col">{t('dashboard.cols.deadline')}</th>
                      <th scope="col">{t('dashboard.cols.lastContact')}</th>
                      <th scope="col">{t('dashboard.cols.nextMeeting')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((c) => (
                      <tr key={c.id}>
                        <th scope="row" data-label={t('dashboard.cols.name')}>
                          <ClientLink c={c} />
                          {c.key_worker ? ` (${t('dashboard.keyWorker')})` : ''}
                        </th>
                        <td data-label={t('dashboard.cols.phase')}>{phase(c)}</td>
                        <td data-label={t('dashboard.cols.deadline')}>{c.deadline ? formatDate(c.deadline) : t('common.none')}</td>
                        <td data-label={t('dashboard.cols.lastContact')}>{c.last_contact ? formatDate(c.last_contact) : t('common.none')}</td>
                        <td data-label={t('dashboard.cols.nextMeeting')}>{c.next_meeting ? formatDate(c.next_meeting) : t('common.none')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}
