// The service need assessment with the rehabilitation need assessment: every life area with the
// client's own view, the worker's view, strengths and need level; statements from the network;
// a summary and the conclusion. Saved (POST, then PATCH with the version) until it is completed;
// a completed assessment is not rewritten: it gets addenda (text and reason), listed with it.
// Autosaved as `assessment:<clientId>`.
import { useRef, useState } from 'react';
import { Button, Heading, InlineAlert, RadioButton, RadioButtonGroup, TextInput, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { FormShell, useForm } from '../../../components/form/use-form';
import { useCodes } from '../../../lib/codes';
import { LoadingState } from '../../../components/LoadingState';
import { formatDateTime } from '../../../lib/format';
import type { Assessment } from '../../../types/api';
import { useAddAddendum } from '../api/corrections';
import { useSaveAssessment } from '../api/save-assessment';
import { toAddendum, validateAddendum } from './correction-models';
import type { AddendumValues } from './correction-models';
import { ReasonField } from './Corrections';
import { useClientContext } from './shared';
import { coerceAssessment, emptyAssessment, fromAssessment, toAssessmentInput, validateAssessment } from './path-models';
import type { AssessmentValues, LifeAreaValues, StatementValues } from './path-models';

export function AssessmentForm({ clientId, current }: { clientId: string; current: Assessment | null }) {
  // The form starts with one section per life area: wait for the server's list.
  const codes = useCodes();
  if (!codes.ready) return <LoadingState />;
  return <AssessmentFormWith clientId={clientId} current={current} lifeAreas={codes.list('life_area')} />;
}

function AssessmentFormWith({ clientId, current, lifeAreas }: { clientId: string; current: Assessment | null; lifeAreas: string[] }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const save = useSaveAssessment(clientId);
  const [saved, setSaved] = useState<string | null>(null);
  // "Save" keeps it a draft; "Complete" makes it a record (both submit the same form).
  const completing = useRef(false);
  const form = useForm<AssessmentValues>({
    prefix: 'assessment',
    initial: current ? fromAssessment(current, lifeAreas) : emptyAssessment(lifeAreas),
    draft: { key: `assessment:${clientId}`, coerce: coerceAssessment },
    onSubmitStart: () => setSaved(null),
    validate: (v) => validateAssessment(v, completing.current),
    submit: (v) => save.mutateAsync({ id: current?.id, version: current?.version, input: toAssessmentInput(v, completing.current) }),
    afterSave: 'restart-draft',
    onSuccess: () => setSaved(completing.current ? 'path.assessment.completed' : 'path.assessment.saved'),
  });
  const v = form.values;
  const setArea = (i: number, patch: Partial<LifeAreaValues>) =>
    form.setValues((p) => ({ ...p, life_areas: p.life_areas.map((a, j) => (j === i ? { ...a, ...patch } : a)) }));
  const setStatement = (i: number, patch: Partial<StatementValues>) =>
    form.setValues((p) => ({ ...p, network_statements: p.network_statements.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const area = (i: number, f: keyof LifeAreaValues) => ({
    ...form.field(`life_areas[${i}].${f}`),
    value: v.life_areas[i][f],
    onChange: (e: { target: { value: string } }) => setArea(i, { [f]: e.target.value }),
  });
  const statement = (i: number, f: keyof StatementValues) => form.field(`network_statements[${i}].${f}`);

  function label(field: string): string {
    const m = /^(life_areas|network_statements)\[(\d+)\]\.(\w+)$/.exec(field);
    if (m && m[1] === 'life_areas') return `${codes.label('life_area', v.life_areas[Number(m[2])]?.area)} – ${t(`path.assessment.fields.${m[3]}`)}`;
    if (m) return `${t('path.assessment.statement', { n: Number(m[2]) + 1 })} – ${t(`path.assessment.fields.${m[3]}`, { defaultValue: m[3] })}`;
    return t(`path.assessment.fields.${field}`, { defaultValue: field });
  }

  function submit(complete: boolean) {
    completing.current = complete;
    void form.onSubmit().finally(() => {
      completing.current = false;
    });
  }

  if (form.loading) return null;
  const conclusion = form.field('conclusion');
  return (
    <FormShell
      form={form}
      label={label}
      fallbackField="summary"
      className="path-form"
      header={
        saved && (
          <InlineAlert status="neutral" mb="m" role="status">
            {t(saved)}
          </InlineAlert>
        )
      }
      actions={
        <div className="form-actions">
          <Button type="submit" variant="secondary">
            {t('path.assessment.save')}
          </Button>
          <Button onClick={() => submit(true)}>{t('path.assessment.complete')}</Button>
        </div>
      }
    >
      {v.life_areas.map((a, i) => (
        <fieldset key={a.area} className="life-area">
          <legend className="legend">{codes.label('life_area', a.area)}</legend>
          <div className="form-row">
            <Textarea {...area(i, 'client_view')} labelText={t('path.assessment.fields.client_view')} optionalText={t('form.optional')} mb="s" />
            <Textarea {...area(i, 'worker_view')} labelText={t('path.assessment.fields.worker_view')} optionalText={t('form.optional')} mb="s" />
          </div>
          <div className="form-row">
            <Textarea {...area(i, 'strengths')} labelText={t('path.assessment.fields.strengths')} optionalText={t('form.optional')} mb="s" />
            <CodeDropdown
              id={form.id(`life_areas[${i}].need_level`)}
              label={t('path.assessment.fields.need_level')}
              optional
              list="need_level"
              value={a.need_level}
              onChange={(x) => setArea(i, { need_level: x })}
              error={form.error(`life_areas[${i}].need_level`)}
            />
          </div>
        </fieldset>
      ))}
      <Heading variant="h3" mt="m" mb="s">
        {t('path.assessment.statements')}
      </Heading>
      {v.network_statements.map((s, i) => (
        <fieldset key={i} className="life-area">
          <legend className="legend">{t('path.assessment.statement', { n: i + 1 })}</legend>
          <div className="form-row">
            <TextInput {...statement(i, 'source')} labelText={t('path.assessment.fields.source')} value={s.source} onChange={(x) => setStatement(i, { source: String(x ?? '') })} mb="s" />
            <DateField
              id={form.id(`network_statements[${i}].received_on`)}
              label={t('path.assessment.fields.received_on')}
              optional
              value={s.received_on}
              onChange={(x) => setStatement(i, { received_on: x })}
              error={form.error(`network_statements[${i}].received_on`)}
            />
          </div>
          <Textarea {...statement(i, 'summary')} labelText={t('path.assessment.fields.summary_statement')} value={s.summary} onChange={(e) => setStatement(i, { summary: e.target.value })} fullWidth mb="s" />
          <Button variant="secondary" onClick={() => form.setValues((p) => ({ ...p, network_statements: p.network_statements.filter((_, j) => j !== i) }))}>
            {t('path.assessment.removeStatement', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button variant="secondary" mb="m" onClick={() => form.setValues((p) => ({ ...p, network_statements: [...p.network_statements, { source: '', summary: '', received_on: '' }] }))}>
        {t('path.assessment.addStatement')}
      </Button>
      <Textarea {...form.textarea('summary')} labelText={t('path.assessment.fields.summary')} optionalText={t('form.optional')} fullWidth mb="m" />
      <RadioButtonGroup
        id={conclusion.id}
        name="assessment-conclusion"
        labelText={t('path.assessment.fields.conclusion')}
        groupHintText={t('path.assessment.hints.conclusion')}
        value={v.conclusion}
        onChange={(x) => form.set({ conclusion: x })}
        groupStatus={conclusion.status}
        groupStatusText={conclusion.statusText}
        mb="m"
      >
        <RadioButton value="needed">{t('path.assessment.conclusion.needed')}</RadioButton>
        <RadioButton value="not_needed">{t('path.assessment.conclusion.not_needed')}</RadioButton>
      </RadioButtonGroup>
    </FormShell>
  );
}

function Addenda({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { clientId } = useClientContext();
  const add = useAddAddendum(clientId, assessment.id);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useForm<AddendumValues, Assessment>({
    prefix: `addendum-${assessment.id}`,
    initial: { text: '', reason: '' },
    validate: validateAddendum,
    submit: (v) => add.mutateAsync(toAddendum(v)),
    onSubmitStart: () => setSaved(false),
    onSuccess: () => {
      setSaved(true);
      setAdding(false);
    },
  });
  if (!assessment.completed_on) return null;
  return (
    <section className="addenda" aria-labelledby={`addenda-${assessment.id}`}>
      <Heading variant="h3" id={`addenda-${assessment.id}`} mb="s">
        {t('path.addendum.title')}
      </Heading>
      {assessment.addenda.length === 0 ? (
        <p className="record__meta">{t('path.addendum.completedNote')}</p>
      ) : (
        <ol className="version-list">
          {assessment.addenda.map((a) => (
            <li key={a.id} data-testid="addendum">
              <div className="version-list__text">{a.text}</div>
              <div className="record__meta">{t('path.addendum.by', { name: a.created_by_name, time: formatDateTime(a.created_at), reason: a.reason })}</div>
            </li>
          ))}
        </ol>
      )}
      {saved && (
        <InlineAlert status="neutral" mb="s" role="status">
          {t('path.addendum.saved')}
        </InlineAlert>
      )}
      {adding ? (
        <FormShell
          form={form}
          label={(f) => (f === 'reason' ? t('path.addendum.reason') : t('path.addendum.text'))}
          fallbackField="text"
          className="path-form path-form--inset"
          actions={
            <div className="form-actions">
              <Button type="submit">{t('path.addendum.save')}</Button>
              <Button type="button" variant="secondary" onClick={() => setAdding(false)}>
                {t('form.cancel')}
              </Button>
            </div>
          }
        >
          <Textarea {...form.textarea('text')} labelText={t('path.addendum.text')} fullWidth mb="m" />
          <ReasonField form={form} label={t('path.addendum.reason')} />
        </FormShell>
      ) : (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          {t('path.addendum.add')}
        </Button>
      )}
    </section>
  );
}

export function AssessmentView({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const codes = useCodes();
  return (
    <div className="assessment-view">
      <p>
        <strong>{t('path.assessment.fields.conclusion')}:</strong>{' '}
        {assessment.conclusion ? t(`path.assessment.conclusion.${assessment.conclusion}`) : t('common.none')}
      </p>
      <table className="data-table stack-on-phone">
        <caption>{t('path.assessment.lifeAreas')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('path.assessment.area')}</th>
            <th scope="col">{t('path.assessment.fields.client_view')}</th>
            <th scope="col">{t('path.assessment.fields.worker_view')}</th>
            <th scope="col">{t('path.assessment.fields.strengths')}</th>
            <th scope="col">{t('path.assessment.fields.need_level')}</th>
          </tr>
        </thead>
        <tbody>
          {assessment.life_areas.map((a) => (
            <tr key={a.area}>
              <th scope="row" data-label={t('path.assessment.area')}>
                {codes.label('life_area', a.area)}
              </th>
              <td data-label={t('path.assessment.fields.client_view')}>{a.client_view}</td>
              <td data-label={t('path.assessment.fields.worker_view')}>{a.worker_view}</td>
              <td data-label={t('path.assessment.fields.strengths')}>{a.strengths}</td>
              <td data-label={t('path.assessment.fields.need_level')}>{a.need_level ? codes.label('need_level', a.need_level) : t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {assessment.network_statements.length > 0 && (
        <ul className="plain-list">
          {assessment.network_statements.map((s, i) => (
            <li key={i}>
              <strong>{s.source}</strong>: {s.summary}
            </li>
          ))}
        </ul>
      )}
      {assessment.summary && <p>{assessment.summary}</p>}
      <Addenda assessment={assessment} />
    </div>
  );
}
