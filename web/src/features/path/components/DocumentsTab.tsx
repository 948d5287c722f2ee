// "Asiakirjat": the documents of the client's path in order — contact/referral, the service need
// assessment, decisions (with the printable decision), and service periods with their phase,
// extensions and final evaluation.
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, InlineAlert, Paragraph, RouterLink, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { FormShell, useForm } from '../../../components/form/use-form';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { formatDate } from '../../../lib/format';
import { can } from '../../../lib/roles';
import { useUser } from '../../../lib/session';
import { useCreateReferral } from '../api/create-referral';
import { useAssessments } from '../api/get-assessments';
import { useDecisions } from '../api/get-decisions';
import { usePeriods } from '../api/get-periods';
import { usePlan } from '../api/get-plan';
import { useReferrals } from '../api/get-referrals';
import type { Decision } from '../../../types/api';
import { AssessmentForm, AssessmentView } from './AssessmentForm';
import { ReferralItem } from './ReferralRecord';
import { SuccessPanel } from './ConfirmStep';
import { DecisionForm } from './DecisionForm';
import { PeriodSection } from './PeriodSection';
import { coerceLike, emptyReferral, toReferralInput, validateReferral } from './path-models';
import type { ReferralValues } from './path-models';
import { Section, useClientContext, useCodeText } from './shared';

function ReferralForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const create = useCreateReferral(clientId);
  const form = useForm<ReferralValues>({
    prefix: 'referral',
    initial: emptyReferral(),
    draft: { key: `referral:${clientId}`, coerce: coerceLike },
    validate: validateReferral,
    submit: (v) => create.mutateAsync(toReferralInput(v)),
  });
  if (form.loading) return null;
  return (
    <FormShell
      form={form}
      label={(f) => t(`path.referral.fields.${f}`, { defaultValue: f })}
      fallbackField="reason"
      className="path-form"
      actions={<Button type="submit">{t('path.referral.save')}</Button>}
    >
      <div className="form-row">
        <CodeDropdown {...form.picker('source')} label={t('path.referral.fields.source')} list="referral_source" />
        <DateField {...form.picker('received_on')} label={t('path.referral.fields.received_on')} />
      </div>
      <Textarea {...form.textarea('reason')} labelText={t('path.referral.fields.reason')} fullWidth mb="m" />
    </FormShell>
  );
}

function Referrals({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const referrals = useReferrals(clientId);
  const [adding, setAdding] = useState(false);
  if (referrals.isPending) return <LoadingState />;
  if (referrals.isError) return <RequestError error={referrals.error} />;
  const items = referrals.data.items;
  return (
    <>
      {items.length > 0 && (
        <ul className="record-list">
          {items.map((r) => (
            <ReferralItem key={r.id} clientId={clientId} referral={r} />
          ))}
        </ul>
      )}
      {items.length === 0 || adding ? (
        <ReferralForm clientId={clientId} />
      ) : (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          {t('path.referral.addAnother')}
        </Button>
      )}
    </>
  );
}

function Assessments({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const assessments = useAssessments(clientId);
  if (assessments.isPending) return <LoadingState />;
  if (assessments.isError) return <RequestError error={assessments.error} />;
  const latest = assessments.data.items[0] ?? null;
  if (latest?.completed_on) {
    return (
      <>
        <InlineAlert status="neutral" mb="m">
          {t('path.assessment.completedOn', { date: formatDate(latest.completed_on) })}
        </InlineAlert>
        <AssessmentView assessment={latest} />
      </>
    );
  }
  return <AssessmentForm key={latest ? `${latest.id}-${latest.version}` : 'new'} clientId={clientId} current={latest} />;
}

function Decisions({ clientId, language, hasOpenPeriod }: { clientId: string; language: 'fi' | 'sv'; hasOpenPeriod: boolean }) {
  const { t } = useTranslation();
  const code = useCodeText();
  const user = useUser();
  const decisions = useDecisions(clientId);
  const [decided, setDecided] = useState<Decision | null>(null);
  if (decisions.isPending) return <LoadingState />;
  if (decisions.isError) return <RequestError error={decisions.error} />;
  const mayDecide = can(user, 'decisions.make');
  return (
    <>
      {decided && (
        <SuccessPanel id="decision-done-title" title={t('docs.decisionDone.title', { number: decided.number ?? '' })}>
          <Paragraph mb="s">{t('docs.decisionDone.next')}</Paragraph>
          <ul className="plain-list">
            <li>
              <RouterLink asComponent={Link} to={`/decisions/${encodeURIComponent(decided.id)}/print`}>
                {t('docs.decisionDone.print')}
              </RouterLink>
            </li>
            {decided.outcome === 'granted' && (
              <li>
                <RouterLink asComponent={Link} to={`/clients/${encodeURIComponent(clientId)}/plan`}>
                  {t('docs.decisionDone.plan')}
                </RouterLink>
              </li>
            )}
          </ul>
        </SuccessPanel>
      )}
      {decisions.data.items.length > 0 && (
        <ul className="record-list">
          {decisions.data.items.map((d) => (
            <li key={d.id} className="record">
              <strong>
                {d.number ? `${d.number} · ` : ''}
                {formatDate(d.decided_on)} · {t(`path.decision.outcome.${d.outcome}`)}
              </strong>
              {d.outcome === 'granted' && (
                <div>
                  {d.service_forms.map((f) => code('service_form', f)).join(', ')} · {formatDate(d.starts_on)} – {formatDate(d.deadline)} ·{' '}
                  {t('path.period.keyWorker')}: {d.key_worker_name}
                </div>
              )}
              <div className="record__meta">{t('path.decision.decidedBy', { name: d.decided_by_name })}</div>
              <RouterLink asComponent={Link} to={`/decisions/${encodeURIComponent(d.id)}/print`}>
                {t('print.decisionLink', { date: formatDate(d.decided_on) })}
              </RouterLink>
            </li>
          ))}
        </ul>
      )}
      {!mayDecide ? (
        <InlineAlert status="neutral" mb="m">
          {t('path.decision.noAuthority')}
        </InlineAlert>
      ) : hasOpenPeriod ? (
        <Paragraph mb="m">{t('path.decision.periodOpen')}</Paragraph>
      ) : (
        <DecisionForm clientId={clientId} language={language} onDecided={setDecided} />
      )}
    </>
  );
}

function Periods({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const periods = usePeriods(clientId);
  const plan = usePlan(clientId);
  if (periods.isPending || plan.isPending) return <LoadingState />;
  if (periods.isError) return <RequestError error={periods.error} />;
  if (plan.isError) return <RequestError error={plan.error} />;
  if (periods.data.items.length === 0) return <Paragraph>{t('path.period.none')}</Paragraph>;
  return (
    <>
      {periods.data.items.map((p) => (
        <PeriodSection key={p.id} clientId={clientId} period={p} goals={plan.data.goals} />
      ))}
    </>
  );
}

export function DocumentsTab() {
  const { t } = useTranslation();
  const { client, clientId } = useClientContext();
  const periods = usePeriods(clientId);
  const hasOpen = (periods.data?.items ?? []).some((p) => p.status === 'open');
  const language = client.languages[0] === 'sv' ? 'sv' : 'fi';
  return (
    <>
      <Section title={t('path.referral.title')} id="doc-referral">
        <Referrals clientId={clientId} />
      </Section>
      <Section title={t('path.assessment.title')} id="doc-assessment">
        <Assessments clientId={clientId} />
      </Section>
      <Section title={t('path.decision.title')} id="doc-decision">
        {periods.isPending ? <LoadingState /> : <Decisions clientId={clientId} language={language} hasOpenPeriod={hasOpen} />}
      </Section>
      <Section title={t('path.period.title')} id="doc-period">
        <Periods clientId={clientId} />
      </Section>
    </>
  );
}
