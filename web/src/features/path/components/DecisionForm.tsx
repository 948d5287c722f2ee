// The decision (päätös): outcome, service forms, start and deadline, the named key worker, grounds,
// language, and the county's appeal instructions prefilled in the decision's language. Only for
// users with decision authority; the server answers others with 403, which is shown as such.
// Autosaved as `decision:<clientId>`.
import type { FormEvent } from 'react';
import { Button, Checkbox, CheckboxGroup, Dropdown, DropdownItem, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { AutosaveStatus } from '../../../components/form/AutosaveStatus';
import { DateField } from '../../../components/DateField';
import { DraftNotice } from '../../../components/form/DraftNotice';
import { FormErrorsView, fieldId, useFormErrors } from '../../../components/form/errors';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { useCodes } from '../../../lib/codes';
import { useDraftForm } from '../../../lib/drafts';
import type { CountyTexts, Decision, Worker } from '../../../types/api';
import { useCreateDecision } from '../api/create-decision';
import { useAppealTexts } from '../api/get-county-texts';
import { useWorkers } from '../api/get-workers';
import { coerceLike, emptyDecision, toDecisionInput, validateDecision } from './path-models';
import type { DecisionValues } from './path-models';

const P = 'decision';

function Form({
  clientId,
  language,
  texts,
  workers,
  onDecided,
}: {
  clientId: string;
  language: 'fi' | 'sv';
  texts: CountyTexts;
  workers: Worker[];
  onDecided(d: Decision): void;
}) {
  const { t } = useTranslation();
  const codes = useCodes();
  const form = useDraftForm<DecisionValues>(`decision:${clientId}`, emptyDecision(language, texts[language]), coerceLike);
  const errs = useFormErrors();
  const create = useCreateDecision(clientId);
  const v = form.values;
  const set = (patch: Partial<DecisionValues>) => form.setValues((p) => ({ ...p, ...patch }));
  const id = (f: string) => fieldId(P, f);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (errs.local(validateDecision(v))) return;
    try {
      const d = await create.mutateAsync(toDecisionInput(v));
      await form.reset();
      onDecided(d);
    } catch (err) {
      errs.fail(err);
    }
  }
  function setLanguage(lang: 'fi' | 'sv') {
    // The county's template follows the language unless the worker has written their own text.
    const untouched = v.appeal_instructions.trim() === '' || v.appeal_instructions === texts[v.language];
    set({ language: lang, appeal_instructions: untouched ? texts[lang] : v.appeal_instructions });
  }
  if (!form.ready) return <LoadingState />;
  const granted = v.outcome === 'granted';
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="path-form">
      <DraftNotice restoredAt={form.restoredAt} loadFailed={form.loadFailed} onDiscard={() => void form.reset()} />
      <FormErrorsView form={errs} prefix={P} label={(f) => t(`path.decision.fields.${f}`, { defaultValue: f })} fallbackField="grounds" />
      <RadioButtonGroup id={id('outcome')} name="decision-outcome" labelText={t('path.decision.fields.outcome')} value={v.outcome} onChange={(x) => set({ outcome: x === 'denied' ? 'denied' : 'granted' })} mb="m">
        <RadioButton value="granted">{t('path.decision.outcome.granted')}</RadioButton>
        <RadioButton value="denied">{t('path.decision.outcome.denied')}</RadioButton>
      </RadioButtonGroup>
      {granted && (
        <>
          <CheckboxGroup id={id('service_forms')} labelText={t('path.decision.fields.service_forms')} groupStatus={errs.text('service_forms') ? 'error' : 'default'} groupStatusText={errs.text('service_forms')} mb="m">
            {codes.list('service_form').map((f) => (
              <Checkbox
                key={f}
                id={id(`service_forms-${f}`)}
                checked={v.service_forms.includes(f)}
                onClick={({ checkboxState }) => set({ service_forms: checkboxState ? [...v.service_forms.filter((x) => x !== f), f] : v.service_forms.filter((x) => x !== f) })}
              >
                {codes.label('service_form', f)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <div className="form-row">
            <DateField id={id('starts_on')} label={t('path.decision.fields.starts_on')} value={v.starts_on} onChange={(x) => set({ starts_on: x })} error={errs.text('starts_on')} />
            <DateField id={id('deadline')} label={t('path.decision.fields.deadline')} value={v.deadline} onChange={(x) => set({ deadline: x })} error={errs.text('deadline')} />
          </div>
          <Dropdown
            id={id('key_worker_id')}
            labelText={t('path.decision.fields.key_worker_id')}
            hintText={t('path.decision.hints.keyWorker')}
            visualPlaceholder={t('form.choose')}
            value={v.key_worker_id || null}
            onChange={(x: string) => set({ key_worker_id: x })}
            status={errs.text('key_worker_id') ? 'error' : 'default'}
            statusText={errs.text('key_worker_id')}
            mb="m"
          >
            {workers.map((w) => (
              <DropdownItem key={w.id} value={w.id}>
                {`${w.display_name} (${w.username})`}
              </DropdownItem>
            ))}
          </Dropdown>
        </>
      )}
      <Textarea
        id={id('grounds')}
        labelText={t('path.decision.fields.grounds')}
        value={v.grounds}
        onChange={(e) => set({ grounds: e.target.value })}
        status={errs.text('grounds') ? 'error' : 'default'}
        statusText={errs.text('grounds')}
        fullWidth
        mb="m"
      />
      <RadioButtonGroup id={id('language')} name="decision-language" labelText={t('path.decision.fields.language')} value={v.language} onChange={(x) => setLanguage(x === 'sv' ? 'sv' : 'fi')} mb="m">
        <RadioButton value="fi">{t('client.languages.fi')}</RadioButton>
        <RadioButton value="sv">{t('client.languages.sv')}</RadioButton>
      </RadioButtonGroup>
      <Textarea
        id={id('appeal_instructions')}
        labelText={t('path.decision.fields.appeal_instructions')}
        hintText={t('path.decision.hints.appeal')}
        value={v.appeal_instructions}
        onChange={(e) => set({ appeal_instructions: e.target.value })}
        status={errs.text('appeal_instructions') ? 'error' : 'default'}
        statusText={errs.text('appeal_instructions')}
        fullWidth
        mb="m"
      />
      <AutosaveStatus state={form.autosave.state} />
      <div className="form-actions">
        <Button type="submit">{t('path.decision.save')}</Button>
      </div>
    </form>
  );
}

export function DecisionForm({ clientId, language, onDecided }: { clientId: string; language: 'fi' | 'sv'; onDecided(d: Decision): void }) {
  const texts = useAppealTexts();
  const workers = useWorkers();
  if (texts.isPending || workers.isPending) return <LoadingState />;
  if (texts.isError) return <RequestError error={texts.error} />;
  if (workers.isError) return <RequestError error={workers.error} />;
  return <Form clientId={clientId} language={language} texts={texts.data} workers={workers.data.items} onDecided={onDecided} />;
}
