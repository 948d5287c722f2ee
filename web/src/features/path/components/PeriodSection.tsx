// The service period: dates, key worker, the phase of intensified individual work (switchable),
// deadline extensions (form and the history of every extension), and the final evaluation
// (per-goal attainment, continuation, the client's and the worker's evaluation) or the
// interruption with its reason, which closes the period. Drafts: `extension:<periodId>`,
// `final:<periodId>`. Closing goes through a confirmation step that says what will happen and
// shows the server's closing check (no meetings, no goals, a far deadline, opened today); after it
// a success panel says where to go next.
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Heading, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, RouterLink, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { FormShell, useForm } from '../../../components/form/use-form';
import { useCodes } from '../../../lib/codes';
import { fromInputDate } from '../../../lib/dates';
import { formatDate, formatDateTime } from '../../../lib/format';
import { PHASE_VALUES, isOneOf } from '../../../types/api';
import type { Goal, Period } from '../../../types/api';
import { useExtendPeriod } from '../api/extend-period';
import { useClosingCheck } from '../api/get-closing-check';
import { useFinalEvaluation } from '../api/final-evaluation';
import { useUpdatePeriod } from '../api/update-period';
import type { ErrorOverride } from '../../../components/form/errors';
import type { ConfirmStep } from './ConfirmStep';
import { ConfirmPanel, SuccessPanel, useConfirmStep } from './ConfirmStep';
import { coerceLike, emptyExtension, formatPrintDate, emptyFinal, toExtensionInput, toFinalInput, validateExtension, validateFinal } from './path-models';
import type { ExtensionValues, FinalValues } from './path-models';
import { useCodeText, useGas } from './shared';

function PhaseSwitch({ clientId, period }: { clientId: string; period: Period }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const update = useUpdatePeriod(clientId, period.id);
  const form = useForm({
    prefix: `phase-${period.id}`,
    initial: { phase: period.phase },
    submit: (v) => update.mutateAsync({ version: period.version, phase: v.phase }),
    afterSave: 'keep',
  });
  return (
    <FormShell
      form={form}
      label={() => t('path.period.phase')}
      fallbackField="phase"
      className="path-form"
      actions={
        <Button type="submit" variant="secondary" mb="m">
          {t('path.period.savePhase')}
        </Button>
      }
    >
      <RadioButtonGroup
        id={form.id('phase')}
        name={`phase-${period.id}`}
        labelText={t('path.period.phase')}
        value={form.values.phase}
        onChange={(x) => isOneOf(PHASE_VALUES, x) && form.set({ phase: x })}
        mb="s"
      >
        {codes.list('period_phase').map((p) => (
          <RadioButton key={p} value={p}>
            {codes.label('client_phase', p)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
    </FormShell>
  );
}

function ExtensionForm({ clientId, period }: { clientId: string; period: Period }) {
  const { t } = useTranslation();
  const extend = useExtendPeriod(clientId, period.id);
  const form = useForm<ExtensionValues>({
    prefix: `extension-${period.id}`,
    initial: emptyExtension(),
    draft: { key: `extension:${period.id}`, coerce: coerceLike },
    validate: (v) => validateExtension(v, period.deadline),
    submit: (v) => extend.mutateAsync(toExtensionInput(v)),
  });
  if (form.loading) return null;
  return (
    <FormShell
      form={form}
      label={(f) => t(`path.period.fields.${f}`, { defaultValue: f })}
      fallbackField="new_deadline"
      className="path-form"
      actions={<Button type="submit">{t('path.period.extend')}</Button>}
    >
      <DateField {...form.picker('new_deadline')} label={t('path.period.fields.new_deadline')} />
      <Textarea {...form.textarea('reason')} labelText={t('path.period.fields.reason')} fullWidth mb="m" />
    </FormShell>
  );
}

function ClosingWarnings({ clientId, periodId }: { clientId: string; periodId: string }) {
  const { t } = useTranslation();
  const check = useClosingCheck(clientId, periodId, true);
  if (check.isPending) return <Paragraph mb="s">{t('docs.closeConfirm.checking')}</Paragraph>;
  if (check.isError || check.data.warnings.length === 0) return null;
  return (
    <>
      <Paragraph mb="xxs">
        <strong>{t('docs.closeConfirm.warnings')}</strong>
      </Paragraph>
      <ul className="confirm-step__warnings" data-testid="closing-warnings">
        {check.data.warnings.map((w) => (
          <li key={w.code}>{t(`docs.warnings.${w.code}`, { days: w.days ?? 0 })}</li>
        ))}
      </ul>
    </>
  );
}

function FinalForm({ clientId, period, goals, onClosed }: { clientId: string; period: Period; goals: Goal[]; onClosed(): void }) {
  const { t } = useTranslation();
  const final = useFinalEvaluation(clientId, period.id);
  const goalIds = goals.map((g) => g.id);
  const prefix = `final-${period.id}`;
  const form = useForm<FinalValues>({
    prefix,
    initial: emptyFinal(),
    draft: { key: `final:${period.id}`, coerce: coerceLike },
    validate: (v) => validateFinal(v, goalIds),
    submit: async (v) => {
      await confirm.ask(v);
      return final.mutateAsync(toFinalInput(v, goalIds));
    },
    onError: (e): ErrorOverride | undefined => confirm.onError(e),
    onSuccess: onClosed,
    afterSave: 'clear-draft',
  });
  const confirm: ConfirmStep<FinalValues> = useConfirmStep(form.values);
  const v = form.values;
  function label(f: string): string {
    const m = /^goal_results\[(\d+)\]\.(\w+)$/.exec(f);
    if (m) return `${t('path.goal.cardTitle', { n: Number(m[1]) + 1 })} – ${t(`path.final.fields.${m[2]}`, { defaultValue: m[2] })}`;
    return t(`path.final.fields.${f}`, { defaultValue: f });
  }
  if (form.loading) return null;
  const setResult = (goalId: string, patch: Partial<{ attainment: string; note: string }>) =>
    form.setValues((p) => ({ ...p, results: { ...p.results, [goalId]: { ...{ attainment: '', note: '' }, ...p.results[goalId], ...patch } } }));
  return (
    <FormShell
      form={form}
      label={label}
      fallbackField="evaluated_on"
      className="path-form"
      actions={
        confirm.pending ? (
          <ConfirmPanel id={`${prefix}-confirm-title`} title={t('docs.closeConfirm.title')} saveLabel={t('docs.closeConfirm.save')} onConfirm={confirm.confirm} onCancel={confirm.cancel}>
            <Paragraph mb="s">
              {t(confirm.pending.mode === 'interrupted' ? 'docs.closeConfirm.interrupted' : 'docs.closeConfirm.completed', { date: formatPrintDate(fromInputDate(confirm.pending.evaluated_on)) })}
            </Paragraph>
            <ClosingWarnings clientId={clientId} periodId={period.id} />
          </ConfirmPanel>
        ) : (
          <Button type="submit">{t('docs.continue')}</Button>
        )
      }
    >
      <RadioButtonGroup id={form.id('mode')} name={`${prefix}-mode`} labelText={t('path.final.fields.mode')} value={v.mode} onChange={(x) => form.set({ mode: x === 'interrupted' ? 'interrupted' : 'completed' })} mb="m">
        <RadioButton value="completed">{t('path.final.mode.completed')}</RadioButton>
        <RadioButton value="interrupted">{t('path.final.mode.interrupted')}</RadioButton>
      </RadioButtonGroup>
      <DateField {...form.picker('evaluated_on')} label={t('path.final.fields.evaluated_on')} />
      {v.mode === 'completed' ? (
        <>
          {goals.map((g, i) => (
            <fieldset key={g.id} className="life-area">
              <legend className="legend">{`${t('path.goal.cardTitle', { n: i + 1 })}: ${g.text}`}</legend>
              <div className="form-row">
                <CodeDropdown
                  id={form.id(`goal_results[${i}].attainment`)}
                  label={t('path.final.fields.attainment')}
                  list="gas_level"
                  value={v.results[g.id]?.attainment ?? ''}
                  onChange={(x) => setResult(g.id, { attainment: x })}
                  error={form.error(`goal_results[${i}].attainment`)}
                />
                <Textarea
                  {...form.field(`goal_results[${i}].note`)}
                  labelText={t('path.final.fields.note')}
                  optionalText={t('form.optional')}
                  value={v.results[g.id]?.note ?? ''}
                  onChange={(e) => setResult(g.id, { note: e.target.value })}
                  mb="s"
                />
              </div>
            </fieldset>
          ))}
          <CodeDropdown {...form.picker('continuation')} label={t('path.final.fields.continuation')} list="continuation_path" />
          <Textarea {...form.textarea('client_view')} labelText={t('path.final.fields.client_view')} fullWidth mb="m" />
        </>
      ) : (
        <CodeDropdown {...form.picker('reason')} label={t('path.final.fields.reason')} list="interruption_reason" />
      )}
      <Textarea
        {...form.textarea('worker_view')}
        labelText={t('path.final.fields.worker_view')}
        optionalText={v.mode === 'interrupted' ? t('form.optional') : undefined}
        fullWidth
        mb="m"
      />
    </FormShell>
  );
}

function FinalResult({ period, goals }: { period: Period; goals: Goal[] }) {
  const { t } = useTranslation();
  const code = useCodeText();
  const gas = useGas();
  const fe = period.final_evaluation;
  if (!fe) return null;
  const text = new Map(goals.map((g) => [g.id, g.text]));
  return (
    <div className="final-result">
      {fe.interrupted ? (
        <p>
          <strong>{t('path.final.mode.interrupted')}</strong> ({formatDate(fe.evaluated_on)}): {code('interruption_reason', fe.reason)}
        </p>
      ) : (
        <>
          <p>
            <strong>{t('path.final.fields.continuation')}:</strong> {code('continuation_path', fe.continuation)} ({formatDate(fe.evaluated_on)})
          </p>
          <ul className="plain-list">
            {fe.goal_results.map((r) => (
              <li key={r.goal_id}>
                {text.get(r.goal_id) ?? r.goal_id}: {gas(r.attainment)}
                {r.note ? ` – ${r.note}` : ''}
              </li>
            ))}
          </ul>
          <p>
            <strong>{t('path.final.fields.client_view')}:</strong> {fe.client_view}
          </p>
        </>
      )}
      {fe.worker_view && (
        <p>
          <strong>{t('path.final.fields.worker_view')}:</strong> {fe.worker_view}
        </p>
      )}
    </div>
  );
}

export function PeriodSection({ clientId, period, goals }: { clientId: string; period: Period; goals: Goal[] }) {
  const { t } = useTranslation();
  const [closed, setClosed] = useState(false);
  const code = useCodeText();
  const open = period.status === 'open';
  const h = (s: string) => `period-${period.id}-${s}`;
  return (
    <div className="period">
      <dl className="facts facts--compact">
        <div className="field">
          <dt>{t('path.period.status')}</dt>
          <dd data-testid="period-status">{t(`path.period.statuses.${period.status}`)}</dd>
        </div>
        <div className="field">
          <dt>{t('path.period.dates')}</dt>
          <dd>
            {formatDate(period.starts_on)} – {formatDate(period.deadline)}
          </dd>
        </div>
        <div className="field">
          <dt>{t('path.period.keyWorker')}</dt>
          <dd>{period.key_worker_name}</dd>
        </div>
        <div className="field">
          <dt>{t('path.period.serviceForms')}</dt>
          <dd>{period.service_forms.map((f) => code('service_form', f)).join(', ')}</dd>
        </div>
        {open && (
          <div className="field">
            <dt>{t('path.period.phase')}</dt>
            <dd>{code('client_phase', period.phase)}</dd>
          </div>
        )}
        {period.ended_on && (
          <div className="field">
            <dt>{t('path.period.endedOn')}</dt>
            <dd>{formatDate(period.ended_on)}</dd>
          </div>
        )}
      </dl>
      {open && <PhaseSwitch clientId={clientId} period={period} />}
      <Heading variant="h4" id={h('ext')} mb="s">
        {t('path.period.extensions')}
      </Heading>
      {period.extensions.length === 0 ? (
        <Paragraph mb="m">{t('path.period.noExtensions')}</Paragraph>
      ) : (
        <table className="data-table" aria-labelledby={h('ext')}>
          <thead>
            <tr>
              <th scope="col">{t('path.period.extendedAt')}</th>
              <th scope="col">{t('path.period.previousDeadline')}</th>
              <th scope="col">{t('path.period.fields.new_deadline')}</th>
              <th scope="col">{t('path.period.fields.reason')}</th>
              <th scope="col">{t('path.period.extendedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {period.extensions.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.created_at)}</td>
                <td>{formatDate(e.previous_deadline)}</td>
                <td>{formatDate(e.new_deadline)}</td>
                <td>{e.reason}</td>
                <td>{e.created_by_name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <>
          <Heading variant="h4" mt="m" mb="s">
            {t('path.period.extendTitle')}
          </Heading>
          <ExtensionForm clientId={clientId} period={period} />
          <Heading variant="h4" mt="l" mb="s">
            {t('path.final.title')}
          </Heading>
          <FinalForm clientId={clientId} period={period} goals={goals.filter((g) => g.period_id === period.id || g.period_id === null)} onClosed={() => setClosed(true)} />
        </>
      )}
      {!open && closed && (
        <SuccessPanel id={h('closed')} title={t('docs.closeDone.title')}>
          <Paragraph mb="s">{t('docs.closeDone.next')}</Paragraph>
          <ul className="plain-list">
            <li>
              <RouterLink asComponent={Link} to={`/clients/${encodeURIComponent(clientId)}/timeline`}>
                {t('docs.closeDone.timeline')}
              </RouterLink>
            </li>
            <li>
              <RouterLink asComponent={Link} to={`/clients/${encodeURIComponent(clientId)}/plan/print`}>
                {t('docs.closeDone.plan')}
              </RouterLink>
            </li>
          </ul>
        </SuccessPanel>
      )}
      {!open && (
        <>
          <Heading variant="h4" mt="m" mb="s">
            {t('path.final.title')}
          </Heading>
          {period.final_evaluation ? (
            <FinalResult period={period} goals={goals} />
          ) : (
            <InlineAlert status="neutral">{t('path.final.none')}</InlineAlert>
          )}
        </>
      )}
    </div>
  );
}
