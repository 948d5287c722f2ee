// The key worker's home (screens.md "my week"): this week's meetings as a list grouped by day
// (Mon–Sun), warnings (deadlines within 14 days, no contact for 7 days, goals due for review,
// unfinished drafts with a link to resume) and my clients with phase, deadline, last contact and
// next meeting.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { locale } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { DashboardClient } from '../../../types/api';
import { useDashboard } from '../api/get-dashboard';
import { draftLink, weekDays } from './dashboard-model';
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
  if (dash.isPending) return <LoadingState />;
  if (dash.isError) return <RequestError error={dash.error} />;
  const d = dash.data;
  const dayName = (iso: string) => {
    const [y, m, dd] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(locale(), { weekday: 'long' }).format(new Date(y, m - 1, dd));
  };
  const phase = (c: DashboardClient) => codes.label('client_phase', c.phase);
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
          <Warning id="w-goals" title={t('dashboard.goalsDue')} count={d.goals_due.length}>
            {d.goals_due.map((g) => (
              <li key={g.goal_id}>
                <ClientLink c={g} tab="plan" /> – {formatDate(g.review_on)}: {g.text}
              </li>
            ))}
          </Warning>
          <Warning id="w-drafts" title={t('dashboard.drafts')} count={d.drafts.length}>
            {d.drafts.map((dr) => {
              const link = draftLink(dr.key);
              const text = `${t(`dashboard.draftKinds.${link?.kind ?? 'other'}`, { defaultValue: dr.key })} (${formatDateTime(dr.updated_at)})`;
              return (
                <li key={dr.key}>
                  {link ? (
                    <RouterLink asComponent={Link} to={link.to}>
                      {text}
                    </RouterLink>
                  ) : (
                    text
                  )}
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
          <div className="table-wrap">
            <table className="data-table" aria-labelledby="my-clients-heading">
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
                {d.clients.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <ClientLink c={c} />
                      {c.key_worker ? ` (${t('dashboard.keyWorker')})` : ''}
                    </th>
                    <td>{phase(c)}</td>
                    <td>{c.deadline ? formatDate(c.deadline) : t('common.none')}</td>
                    <td>{c.last_contact ? formatDate(c.last_contact) : t('common.none')}</td>
                    <td>{c.next_meeting ? formatDate(c.next_meeting) : t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
