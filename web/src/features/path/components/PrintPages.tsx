// Printable documents: the decision (in the decision's language) and the client plan (in the
// client's language, languages[0] fi/sv). The print stylesheet (app.css @media print) hides the
// navigation and sets an A4 page; "Tulosta" calls window.print().
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Button, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import i18n from '../../../i18n';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { GAS_LEVELS, useCodes } from '../../../lib/codes';
import { formatDate } from '../../../lib/format';
import { useDecision } from '../api/get-decision';
import { usePlan } from '../api/get-plan';

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
    <article className="print-doc" lang={lang}>
      {children}
    </article>
  );
}

export function PrintDecisionPage() {
  const { t } = useTranslation();
  const codes = useCodes();
  const { id = '' } = useParams();
  const decision = useDecision(id);
  if (decision.isPending) return <Page title={t('print.decisionTitle')}><LoadingState /></Page>;
  if (decision.isError) return <Page title={t('print.decisionTitle')}><RequestError error={decision.error} /></Page>;
  const d = decision.data;
  const dt = i18n.getFixedT(d.language);
  return (
    <Page title={t('print.decisionTitle')}>
      <PrintBar back={`/clients/${encodeURIComponent(d.client_id)}/documents`} />
      <Doc lang={d.language}>
        <h2 className="print-doc__title">{dt('print.decisionHeading')}</h2>
        <dl className="print-facts">
          <dt>{dt('path.decision.decidedOn')}</dt>
          <dd>{formatDate(d.decided_on)}</dd>
          <dt>{dt('path.decision.fields.outcome')}</dt>
          <dd>{dt(`path.decision.outcome.${d.outcome}`)}</dd>
          {d.outcome === 'granted' && (
            <>
              <dt>{dt('path.decision.fields.service_forms')}</dt>
              <dd>{d.service_forms.map((f) => codes.label('service_form', f, d.language)).join(', ')}</dd>
              <dt>{dt('path.period.dates')}</dt>
              <dd>
                {formatDate(d.starts_on)} – {formatDate(d.deadline)}
              </dd>
              <dt>{dt('path.decision.fields.key_worker_id')}</dt>
              <dd>{d.key_worker_name}</dd>
            </>
          )}
          <dt>{dt('path.decision.decidedByLabel')}</dt>
          <dd>{d.decided_by_name}</dd>
        </dl>
        <h3>{dt('path.decision.fields.grounds')}</h3>
        <p className="pre-line">{d.grounds}</p>
        <h3>{dt('path.decision.fields.appeal_instructions')}</h3>
        <p className="pre-line">{d.appeal_instructions}</p>
      </Doc>
    </Page>
  );
}

export function PrintPlanPage() {
  const { t } = useTranslation();
  const codes = useCodes();
  const { id = '' } = useParams();
  const plan = usePlan(id);
  if (plan.isPending) return <Page title={t('print.planTitle')}><LoadingState /></Page>;
  if (plan.isError) return <Page title={t('print.planTitle')}><RequestError error={plan.error} /></Page>;
  const p = plan.data;
  const lang = p.client.languages[0] === 'sv' ? 'sv' : 'fi';
  const pt = i18n.getFixedT(lang);
  return (
    <Page title={t('print.planTitle')}>
      <PrintBar back={`/clients/${encodeURIComponent(id)}/plan`} />
      <Doc lang={lang}>
        <h2 className="print-doc__title">{pt('print.planHeading')}</h2>
        <p>
          <strong>
            {p.client.first_name} {p.client.last_name}
          </strong>
          {p.period && (
            <>
              {' · '}
              {pt('path.period.dates')}: {formatDate(p.period.starts_on)} – {formatDate(p.period.deadline)} · {pt('path.period.keyWorker')}: {p.period.key_worker_name}
            </>
          )}
        </p>
        {p.goals.length === 0 && <p>{pt('path.plan.noGoals')}</p>}
        {p.goals.map((g, i) => (
          <section key={g.id} className="print-goal">
            <h3>
              {pt('path.goal.cardTitle', { n: i + 1 })}: {g.text}
            </h3>
            <dl className="print-facts">
              {g.means && (
                <>
                  <dt>{pt('path.goal.fields.means')}</dt>
                  <dd>{g.means}</dd>
                </>
              )}
              {g.responsible && (
                <>
                  <dt>{pt('path.goal.fields.responsible')}</dt>
                  <dd>{g.responsible}</dd>
                </>
              )}
              <dt>{pt('path.goal.fields.review_on')}</dt>
              <dd>{g.review_on ? formatDate(g.review_on) : pt('common.none')}</dd>
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
        <p className="print-signatures">{pt('print.signatures')}</p>
      </Doc>
    </Page>
  );
}
