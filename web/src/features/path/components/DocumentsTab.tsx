// "Asiakirjat": the documents of the client's path in order — contact/referral, the service need
// assessment, decisions (with the printable decision), and service periods with their phase,
// extensions and final evaluation.
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, InlineAlert, Paragraph, RouterLink, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { AutosaveStatus } from '../../../components/form/AutosaveStatus';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { DraftNotice } from '../../../components/form/DraftNotice';
import { FormErrorsView, fieldId, useFormErrors } from '../../../components/form/errors';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { useDraftForm } from '../../../lib/drafts';
import { formatDate } from '../../../lib/format';
import { can } from '../../../lib/roles';
import { useUser } from '../../../lib/session';
import { useCreateReferral } from '../api/create-referral';
import { useAssessments } from '../api/get-assessments';
import { useDecisions } from '../api/get-decisions';
import { usePeriods } from '../api/get-periods';
import { usePlan } from '../api/get-plan';
import { useReferrals } from '../api/get-referrals';
import { AssessmentForm, AssessmentView } from './AssessmentForm';
import { DecisionForm } from './DecisionForm';
import { PeriodSection } from './PeriodSection';
import { coerceLike, emptyReferral, toReferralInput, validateReferral } from './path-models';
import type { ReferralValues } from './path-models';
import { Section, useClientContext, useCodeText } from './shared';

function ReferralForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const form = useDraftForm<ReferralValues>(`referral:${clientId}`, emptyReferral(), coerceLike);
  const errs = useFormErrors();
  const create = useCreateReferral(clientId);
  const v = form.values;
  const P = 'referral';
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (errs.local(validateReferral(v))) return;
    try {
      await create.mutateAsync(toReferralInput(v));
      await form.reset();
    } catch (err) {
      errs.fail(err);
    }
  }
  if (!form.ready) return null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="path-form">
      <DraftNotice restoredAt={form.restoredAt} loadFailed={form.loadFailed} onDiscard={() => void form.reset()} />
      <FormErrorsView form={errs} prefix={P} label={(f) => t(`path.referral.fields.${f}`, { defaultValue: f })} fallbackField="reason" />
      <div className="form-row">
        <CodeDropdown id={fieldId(P, 'source')} label={t('path.referral.fields.source')} list="referral_source" value={v.source} onChange={(x) => form.setValues((p) => ({ ...p, source: x }))} error={errs.text('source')} />
        <DateField id={fieldId(P, 'received_on')} label={t('path.referral.fields.received_on')} value={v.received_on} onChange={(x) => form.setValues((p) => ({ ...p, received_on: x }))} error={errs.text('received_on')} />
      </div>
      <Textarea
        id={fieldId(P, 'reason')}
        labelText={t('path.referral.fields.reason')}
        value={v.reason}
        onChange={(e) => form.setValues((p) => ({ ...p, reason: e.target.value }))}
        status={errs.text('reason') ? 'error' : 'default'}
        statusText={errs.text('reason')}
        fullWidth
        mb="m"
      />
      <AutosaveStatus state={form.autosave.state} />
      <Button type="submit">{t('path.referral.save')}</Button>
    </form>
  );
}

function Referrals({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const code = useCodeText();
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
            <li key={r.id} className="record">
              <strong>
                {formatDate(r.received_on)} · {code('referral_source', r.source)}
              </strong>
              <div>{r.reason}</div>
            </li>
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
  const [decided, setDecided] = useState(false);
  if (decisions.isPending) return <LoadingState />;
  if (decisions.isError) return <RequestError error={decisions.error} />;
  const mayDecide = can(user, 'decisions.make');
  return (
    <>
      {decided && (
        <InlineAlert status="neutral" mb="m" role="status">
          {t('path.decision.made')}
        </InlineAlert>
      )}
      {decisions.data.items.length > 0 && (
        <ul className="record-list">
          {decisions.data.items.map((d) => (
            <li key={d.id} className="record">
              <strong>
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
        <DecisionForm clientId={clientId} language={language} onDecided={() => setDecided(true)} />
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
