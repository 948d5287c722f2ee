// Printable documents: the decision (in the decision's language) and the client plan (in the
// client's language, languages[0] fi/sv). The print stylesheet (app.css @media print) hides the
// navigation and sets an A4 page; "Tulosta" calls window.print().
//
// The decision carries what Hallintolaki (434/2003) § 44 requires of a written decision — the
// authority and the date, the party (name, identity code, address), what was decided and its
// grounds, the decision maker (name, title), who gives further information — the day of notice
// (§ 59) and, as its appendix, the appeal instructions with their deadline (§ 45). Both documents
// are read from their print endpoints, which the server audits as "print". Labels are in the
// document's language and dates in d.M.yyyy, whatever the UI language.
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Button, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import i18n from '../../../i18n';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { GAS_LEVELS, useCodes } from '../../../lib/codes';
import { useDecisionPrint } from '../api/get-decision-print';
import { usePlanPrint } from '../api/get-plan-print';
import { formatPrintDate as date, printLanguage } from './path-models';
import './documents.css';

function PrintBar({ back }: { back: string }) {
  const { t } = useTranslation();
  return (
    <div className="print-bar no-print">
      <Button onClick={() => window.print()}>{t('print.print')}</Button>
      <RouterLink asComponent={Link} to={back}>
        {t('print.back')}
      </RouterLink>
    </div>
  );
}

function Doc({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <article className="print-doc" lang={lang} data-testid="print-doc">
      {children}
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function PrintDecisionPage() {
  const { t } = useTranslation();
  const codes = useCodes();
  const { id = '' } = useParams();
  const decision = useDecisionPrint(id);
  if (decision.isPending) return <Page title={t('print.decisionTitle')}><LoadingState /></Page>;
  if (decision.isError) return <Page title={t('print.decisionTitle')}><RequestError error={decision.error} /></Page>;
  const d = decision.data;
  const lang = printLanguage(d.language);
  const dt = i18n.getFixedT(lang);
  const a = d.authority;
  const p = d.party;
  return (
    <Page title={t('print.decisionTitle')}>
      <PrintBar back={`/clients/${encodeURIComponent(d.client_id)}/documents`} />
      <Doc lang={lang}>
        <header className="print-doc__header">
          <div>
            <div className="print-doc__authority">{a.county_name}</div>
            {a.unit_name && <div>{a.unit_name}</div>}
            {a.contact && <div className="pre-line">{a.contact}</div>}
          </div>
          <dl className="print-facts">
            <Fact label={dt('docs.decisionNumber')}>{d.number ?? '–'}</Fact>
            <Fact label={dt('path.decision.decidedOn')}>{date(d.decided_on)}</Fact>
          </dl>
        </header>
        <h2 className="print-doc__title">{dt('print.decisionHeading')}</h2>
        <section aria-label={dt('docs.print.party')}>
          <h3>{dt('docs.print.party')}</h3>
          <dl className="print-facts">
            <Fact label={dt('docs.print.name')}>
              {p.first_name} {p.last_name}
            </Fact>
            {p.hetu && <Fact label={dt('docs.print.hetu')}>{p.hetu}</Fact>}
            {!p.hetu && p.birth_date && <Fact label={dt('docs.print.birthDate')}>{date(p.birth_date)}</Fact>}
            {p.address && <Fact label={dt('docs.print.address')}>{p.address}</Fact>}
          </dl>
        </section>
        <section aria-label={dt('path.decision.fields.outcome')}>
          <h3>{dt('path.decision.fields.outcome')}</h3>
          <dl className="print-facts">
            <Fact label={dt('path.decision.fields.outcome')}>{dt(`path.decision.outcome.${d.outcome}`)}</Fact>
            {d.outcome === 'granted' && (
              <>
                <Fact label={dt('path.decision.fields.service_forms')}>{d.service_forms.map((f) => codes.label('service_form', f, lang)).join(', ')}</Fact>
                <Fact label={dt('path.period.dates')}>
                  {date(d.starts_on)} – {date(d.deadline)}
                </Fact>
                <Fact label={dt('path.decision.fields.key_worker_id')}>{d.key_worker_name}</Fact>
              </>
            )}
          </dl>
        </section>
        <section aria-label={dt('path.decision.fields.grounds')}>
          <h3>{dt('path.decision.fields.grounds')}</h3>
          <p className="pre-line">{d.grounds}</p>
        </section>
        <section aria-label={dt('docs.print.decisionMaker')}>
          <dl className="print-facts">
            <Fact label={dt('docs.print.decisionMaker')}>
              {d.decided_by_name}
              {d.decided_by_title ? `, ${d.decided_by_title}` : ''}
            </Fact>
            <Fact label={dt('docs.print.infoContact')}>
              {d.decided_by_name}
              {d.decided_by_title ? `, ${d.decided_by_title}` : ''}
              {a.contact ? ` – ${a.contact}` : ''}
            </Fact>
          </dl>
        </section>
        {d.sent_on && (
          <section aria-label={dt('docs.print.notice')}>
            <h3>{dt('docs.print.notice')}</h3>
            <p>{dt(`docs.print.noticeText.${d.notice_method}`, { sent: date(d.sent_on), notified: date(d.notified_on) })}</p>
          </section>
        )}
        <section className="print-appendix" aria-label={dt('docs.print.appendix')}>
          <h3>{dt('docs.print.appendix')}</h3>
          <p className="pre-line">{d.appeal_instructions}</p>
          {d.appeal_deadline && <p className="print-flag">{dt('docs.print.appealDeadline', { date: date(d.appeal_deadline) })}</p>}
        </section>
      </Doc>
    </Page>
  );
}

export function PrintPlanPage() {
  const { t } = useTranslation();
  const codes = useCodes();
  const { id = '' } = useParams();
  const plan = usePlanPrint(id);
  if (plan.isPending) return <Page title={t('print.planTitle')}><LoadingState /></Page>;
  if (plan.isError) return <Page title={t('print.planTitle')}><RequestError error={plan.error} /></Page>;
  const p = plan.data;
  const lang = printLanguage(p.client.languages[0]);
  const pt = i18n.getFixedT(lang);
  const m = p.meetings;
  return (
    <Page title={t('print.planTitle')}>
      <PrintBar back={`/clients/${encodeURIComponent(id)}/plan`} />
      <Doc lang={lang}>
        <header className="print-doc__header">
          <div>
            <div className="print-doc__authority">{p.authority.county_name}</div>
            {p.authority.unit_name && <div>{p.authority.unit_name}</div>}
          </div>
          <dl className="print-facts">
            <Fact label={pt('docs.print.printedOn')}>{date(p.printed_on)}</Fact>
          </dl>
        </header>
        <h2 className="print-doc__title">{pt('print.planHeading')}</h2>
        <dl className="print-facts">
          <Fact label={pt('docs.print.name')}>
            {p.client.first_name} {p.client.last_name}
          </Fact>
          {p.client.birth_date && <Fact label={pt('docs.print.birthDate')}>{date(p.client.birth_date)}</Fact>}
          {p.period && (
            <>
              <Fact label={pt('path.period.dates')}>
                {date(p.period.starts_on)} – {date(p.period.deadline)}
              </Fact>
              <Fact label={pt('path.period.keyWorker')}>{p.period.key_worker_name}</Fact>
              <Fact label={pt('path.period.serviceForms')}>{p.period.service_forms.map((f) => codes.label('service_form', f, lang)).join(', ')}</Fact>
            </>
          )}
          <Fact label={pt('docs.print.meetings')}>
            {m.count === 0
              ? pt('docs.print.noMeetings')
              : m.interval_days !== null && m.interval_days !== undefined
                ? pt('docs.print.meetingRhythm', { count: m.count, days: m.interval_days, latest: date(m.latest_on) })
                : pt('docs.print.meetingCount', { count: m.count, latest: date(m.latest_on) })}
          </Fact>
        </dl>
        {p.goals.length === 0 && <p>{pt('path.plan.noGoals')}</p>}
        {p.goals.map((g, i) => (
          <section key={g.id} className="print-goal" aria-label={pt('path.goal.cardTitle', { n: i + 1 })}>
            <h3>
              {pt('path.goal.cardTitle', { n: i + 1 })}: {g.text}
            </h3>
            <dl className="print-facts">
              {g.means && <Fact label={pt('path.goal.fields.means')}>{g.means}</Fact>}
              {g.responsible && <Fact label={pt('path.goal.fields.responsible')}>{g.responsible}</Fact>}
              <Fact label={pt('path.goal.fields.review_on')}>
                {g.review_on ? date(g.review_on) : pt('common.none')}
                {g.review_after_period && (
                  <>
                    {' '}
                    <span className="print-flag" data-testid="review-after-period">
                      {pt('docs.print.reviewAfterPeriod')}
                    </span>
                  </>
                )}
              </Fact>
              <Fact label={pt('docs.print.latestReview')}>
                {g.latest_review
                  ? `${date(g.latest_review.reviewed_on)}: ${codes.label('gas_level', String(g.latest_review.attainment), lang)}${g.latest_review.note ? ` – ${g.latest_review.note}` : ''}`
                  : pt('docs.print.noReview')}
              </Fact>
            </dl>
            {g.gas_levels && (
              <table className="gas-table">
                <caption>{pt('path.goal.gasTitle')}</caption>
                <tbody>
                  {[...GAS_LEVELS].reverse().map((l) => (
                    <tr key={l}>
                      <th scope="row">{codes.label('gas_level', l, lang)}</th>
                      <td>{g.gas_levels?.[l]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
        <section aria-label={pt('docs.print.network')}>
          <h3>{pt('docs.print.network')}</h3>
          {p.network.length === 0 ? (
            <p>{pt('docs.print.noNetwork')}</p>
          ) : (
            <ul>
              {p.network.map((n, i) => (
                <li key={i}>
                  {n.name} – {n.role} ({codes.label('organisation_type', n.organisation_type, lang)})
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="print-signatures" aria-label={pt('docs.print.signIntro')}>
          <p>{pt('docs.print.signIntro')}</p>
          <div className="print-sign">
            <div className="print-sign__line">{pt('docs.print.signPlaceDate')}</div>
            <div className="print-sign__line">{pt('docs.print.signClient')}</div>
            <div className="print-sign__line">{pt('docs.print.signKeyWorker')}</div>
          </div>
        </section>
      </Doc>
    </Page>
  );
}
