// The service need assessment with the rehabilitation need assessment: every life area with the
// client's own view, the worker's view, strengths and need level; statements from the network;
// a summary and the conclusion. Saved (POST, then PATCH with the version) until it is completed;
// a completed assessment is read-only. Autosaved as `assessment:<clientId>`.
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Heading, InlineAlert, RadioButton, RadioButtonGroup, TextInput, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { AutosaveStatus } from '../../../components/form/AutosaveStatus';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { DraftNotice } from '../../../components/form/DraftNotice';
import { FormErrorsView, fieldId, useFormErrors } from '../../../components/form/errors';
import { useCodes } from '../../../lib/codes';
import { LoadingState } from '../../../components/LoadingState';
import { useDraftForm } from '../../../lib/drafts';
import type { Assessment } from '../../../types/api';
import { useSaveAssessment } from '../api/save-assessment';
import { coerceAssessment, emptyAssessment, fromAssessment, toAssessmentInput, validateAssessment } from './path-models';
import type { AssessmentValues, LifeAreaValues, StatementValues } from './path-models';

const P = 'assessment';

export function AssessmentForm({ clientId, current }: { clientId: string; current: Assessment | null }) {
  // The form starts with one section per life area: wait for the server's list.
  const codes = useCodes();
  if (!codes.ready) return <LoadingState />;
  return <AssessmentFormWith clientId={clientId} current={current} lifeAreas={codes.list('life_area')} />;
}

function AssessmentFormWith({ clientId, current, lifeAreas }: { clientId: string; current: Assessment | null; lifeAreas: string[] }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const form = useDraftForm<AssessmentValues>(`assessment:${clientId}`, current ? fromAssessment(current, lifeAreas) : emptyAssessment(lifeAreas), coerceAssessment);
  const errs = useFormErrors();
  const save = useSaveAssessment(clientId);
  const [saved, setSaved] = useState<string | null>(null);
  const v = form.values;
  const id = (f: string) => fieldId(P, f);
  const setArea = (i: number, patch: Partial<LifeAreaValues>) =>
    form.setValues((p) => ({ ...p, life_areas: p.life_areas.map((a, j) => (j === i ? { ...a, ...patch } : a)) }));
  const setStatement = (i: number, patch: Partial<StatementValues>) =>
    form.setValues((p) => ({ ...p, network_statements: p.network_statements.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));

  function label(field: string): string {
    const m = /^(life_areas|network_statements)\[(\d+)\]\.(\w+)$/.exec(field);
    if (m && m[1] === 'life_areas') return `${codes.label('life_area', v.life_areas[Number(m[2])]?.area)} – ${t(`path.assessment.fields.${m[3]}`)}`;
    if (m) return `${t('path.assessment.statement', { n: Number(m[2]) + 1 })} – ${t(`path.assessment.fields.${m[3]}`, { defaultValue: m[3] })}`;
    return t(`path.assessment.fields.${field}`, { defaultValue: field });
  }

  async function submit(complete: boolean) {
    setSaved(null);
    if (errs.local(validateAssessment(v, complete))) return;
    try {
      await save.mutateAsync({ id: current?.id, version: current?.version, input: toAssessmentInput(v, complete) });
      await form.autosave.discard(v).catch(() => undefined);
      setSaved(complete ? 'path.assessment.completed' : 'path.assessment.saved');
    } catch (err) {
      errs.fail(err);
    }
  }

  if (!form.ready) return null;
  return (
    <form onSubmit={(e: FormEvent) => { e.preventDefault(); void submit(false); }} noValidate className="path-form">
      {saved && (
        <InlineAlert status="neutral" mb="m" role="status">
          {t(saved)}
        </InlineAlert>
      )}
      <DraftNotice restoredAt={form.restoredAt} loadFailed={form.loadFailed} onDiscard={() => void form.reset()} />
      <FormErrorsView form={errs} prefix={P} label={label} fallbackField="summary" />
      {v.life_areas.map((a, i) => (
        <fieldset key={a.area} className="life-area">
          <legend className="legend">{codes.label('life_area', a.area)}</legend>
          <div className="form-row">
            <Textarea id={id(`life_areas[${i}].client_view`)} labelText={t('path.assessment.fields.client_view')} optionalText={t('form.optional')} value={a.client_view} onChange={(e) => setArea(i, { client_view: e.target.value })} statusText={errs.text(`life_areas[${i}].client_view`)} status={errs.text(`life_areas[${i}].client_view`) ? 'error' : 'default'} mb="s" />
            <Textarea id={id(`life_areas[${i}].worker_view`)} labelText={t('path.assessment.fields.worker_view')} optionalText={t('form.optional')} value={a.worker_view} onChange={(e) => setArea(i, { worker_view: e.target.value })} statusText={errs.text(`life_areas[${i}].worker_view`)} status={errs.text(`life_areas[${i}].worker_view`) ? 'error' : 'default'} mb="s" />
          </div>
          <div className="form-row">
            <Textarea id={id(`life_areas[${i}].strengths`)} labelText={t('path.assessment.fields.strengths')} optionalText={t('form.optional')} value={a.strengths} onChange={(e) => setArea(i, { strengths: e.target.value })} statusText={errs.text(`life_areas[${i}].strengths`)} status={errs.text(`life_areas[${i}].strengths`) ? 'error' : 'default'} mb="s" />
            <CodeDropdown id={id(`life_areas[${i}].need_level`)} label={t('path.assessment.fields.need_level')} optional list="need_level" value={a.need_level} onChange={(x) => setArea(i, { need_level: x })} error={errs.text(`life_areas[${i}].need_level`)} />
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
            <TextInput id={id(`network_statements[${i}].source`)} labelText={t('path.assessment.fields.source')} value={s.source} onChange={(x) => setStatement(i, { source: String(x ?? '') })} status={errs.text(`network_statements[${i}].source`) ? 'error' : 'default'} statusText={errs.text(`network_statements[${i}].source`)} mb="s" />
            <DateField id={id(`network_statements[${i}].received_on`)} label={t('path.assessment.fields.received_on')} optional value={s.received_on} onChange={(x) => setStatement(i, { received_on: x })} error={errs.text(`network_statements[${i}].received_on`)} />
          </div>
          <Textarea id={id(`network_statements[${i}].summary`)} labelText={t('path.assessment.fields.summary_statement')} value={s.summary} onChange={(e) => setStatement(i, { summary: e.target.value })} status={errs.text(`network_statements[${i}].summary`) ? 'error' : 'default'} statusText={errs.text(`network_statements[${i}].summary`)} fullWidth mb="s" />
          <Button variant="secondary" onClick={() => form.setValues((p) => ({ ...p, network_statements: p.network_statements.filter((_, j) => j !== i) }))}>
            {t('path.assessment.removeStatement', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button variant="secondary" mb="m" onClick={() => form.setValues((p) => ({ ...p, network_statements: [...p.network_statements, { source: '', summary: '', received_on: '' }] }))}>
        {t('path.assessment.addStatement')}
      </Button>
      <Textarea id={id('summary')} labelText={t('path.assessment.fields.summary')} optionalText={t('form.optional')} value={v.summary} onChange={(e) => form.setValues((p) => ({ ...p, summary: e.target.value }))} status={errs.text('summary') ? 'error' : 'default'} statusText={errs.text('summary')} fullWidth mb="m" />
      <RadioButtonGroup
        id={id('conclusion')}
        name="assessment-conclusion"
        labelText={t('path.assessment.fields.conclusion')}
        groupHintText={t('path.assessment.hints.conclusion')}
        value={v.conclusion}
        onChange={(x) => form.setValues((p) => ({ ...p, conclusion: x }))}
        groupStatus={errs.text('conclusion') ? 'error' : 'default'}
        groupStatusText={errs.text('conclusion')}
        mb="m"
      >
        <RadioButton value="needed">{t('path.assessment.conclusion.needed')}</RadioButton>
        <RadioButton value="not_needed">{t('path.assessment.conclusion.not_needed')}</RadioButton>
      </RadioButtonGroup>
      <AutosaveStatus state={form.autosave.state} />
      <div className="form-actions">
        <Button type="submit" variant="secondary">
          {t('path.assessment.save')}
        </Button>
        <Button onClick={() => void submit(true)}>{t('path.assessment.complete')}</Button>
      </div>
    </form>
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
      <table className="data-table">
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
              <th scope="row">{codes.label('life_area', a.area)}</th>
              <td>{a.client_view}</td>
              <td>{a.worker_view}</td>
              <td>{a.strengths}</td>
              <td>{a.need_level ? codes.label('need_level', a.need_level) : t('common.none')}</td>
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
    </div>
  );
}
