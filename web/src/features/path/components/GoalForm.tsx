// A goal in the client's own words: means, who does what, review date, weight and the five GAS
// levels (all or none). Used for a new goal and for editing (which saves a new version).
// Autosaved as a draft under `draftKey`.
import type { FormEvent } from 'react';
import { Button, Paragraph, TextInput, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { AutosaveStatus } from '../../../components/form/AutosaveStatus';
import { DateField } from '../../../components/DateField';
import { DraftNotice } from '../../../components/form/DraftNotice';
import { FormErrorsView, fieldId, useFormErrors } from '../../../components/form/errors';
import { GAS_LEVELS, useCodes } from '../../../lib/codes';
import { useDraftForm } from '../../../lib/drafts';
import { coerceLike, toGoalInput, validateGoal } from './path-models';
import type { GoalValues } from './path-models';
import type { GoalInput } from '../../../types/api';

export function GoalForm({
  prefix,
  draftKey,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  prefix: string;
  draftKey: string;
  initial: GoalValues;
  submitLabel: string;
  onSubmit(input: GoalInput): Promise<unknown>;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const codes = useCodes();
  const form = useDraftForm<GoalValues>(draftKey, initial, coerceLike);
  const errs = useFormErrors();
  const v = form.values;
  const set = (patch: Partial<GoalValues>) => form.setValues((p) => ({ ...p, ...patch }));
  const id = (f: string) => fieldId(prefix, f);
  const label = (f: string) =>
    f.startsWith('gas_levels.') ? t('path.goal.gasLevel', { level: codes.label('gas_level', f.slice(11)) }) : t(`path.goal.fields.${f}`, { defaultValue: f });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (errs.local(validateGoal(v))) return;
    try {
      await onSubmit(toGoalInput(v));
      await form.reset();
    } catch (err) {
      errs.fail(err);
    }
  }

  if (!form.ready) return null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="path-form">
      <DraftNotice restoredAt={form.restoredAt} loadFailed={form.loadFailed} onDiscard={() => void form.reset()} />
      <FormErrorsView form={errs} prefix={prefix} label={label} fallbackField="text" />
      <Textarea
        id={id('text')}
        labelText={t('path.goal.fields.text')}
        hintText={t('path.goal.hints.text')}
        value={v.text}
        onChange={(e) => set({ text: e.target.value })}
        status={errs.text('text') ? 'error' : 'default'}
        statusText={errs.text('text')}
        fullWidth
        mb="m"
      />
      <Textarea
        id={id('means')}
        labelText={t('path.goal.fields.means')}
        optionalText={t('form.optional')}
        value={v.means}
        onChange={(e) => set({ means: e.target.value })}
        status={errs.text('means') ? 'error' : 'default'}
        statusText={errs.text('means')}
        fullWidth
        mb="m"
      />
      <TextInput
        id={id('responsible')}
        labelText={t('path.goal.fields.responsible')}
        optionalText={t('form.optional')}
        value={v.responsible}
        onChange={(x) => set({ responsible: String(x ?? '') })}
        status={errs.text('responsible') ? 'error' : 'default'}
        statusText={errs.text('responsible')}
        fullWidth
        mb="m"
      />
      <div className="form-row">
        <DateField id={id('review_on')} label={t('path.goal.fields.review_on')} optional value={v.review_on} onChange={(x) => set({ review_on: x })} error={errs.text('review_on')} />
        <TextInput
          id={id('weight')}
          labelText={t('path.goal.fields.weight')}
          hintText={t('path.goal.hints.weight')}
          type="number"
          value={v.weight}
          onChange={(x) => set({ weight: String(x ?? '') })}
          status={errs.text('weight') ? 'error' : 'default'}
          statusText={errs.text('weight')}
          mb="m"
        />
      </div>
      <fieldset className="plain-fieldset">
        <legend className="legend">{t('path.goal.gasTitle')}</legend>
        <Paragraph mb="s">{t('path.goal.hints.gas')}</Paragraph>
        {[...GAS_LEVELS].reverse().map((l) => (
          <TextInput
            key={l}
            id={id(`gas_levels.${l}`)}
            labelText={t('path.goal.gasLevel', { level: codes.label('gas_level', l) })}
            optionalText={t('form.optional')}
            value={v.gas[l]}
            onChange={(x) => form.setValues((p) => ({ ...p, gas: { ...p.gas, [l]: String(x ?? '') } }))}
            status={errs.text(`gas_levels.${l}`) ? 'error' : 'default'}
            statusText={errs.text(`gas_levels.${l}`)}
            fullWidth
            mb="s"
          />
        ))}
      </fieldset>
      <AutosaveStatus state={form.autosave.state} />
      <div className="form-actions">
        <Button type="submit">{submitLabel}</Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
