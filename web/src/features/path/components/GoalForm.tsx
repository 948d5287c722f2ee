// A goal in the client's own words: means, who does what, review date, weight and the five GAS
// levels (all or none). Used for a new goal and for editing (which saves a new version).
// Autosaved as a draft under `draftKey`.
import { Button, Paragraph, TextInput, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormShell, useForm } from '../../../components/form/use-form';
import { GAS_LEVELS, useCodes } from '../../../lib/codes';
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
  const form = useForm<GoalValues>({
    prefix,
    initial,
    draft: { key: draftKey, coerce: coerceLike },
    validate: validateGoal,
    submit: (v) => onSubmit(toGoalInput(v)),
  });
  const gasLabel = (l: string) => t('path.goal.gasLevel', { level: codes.label('gas_level', l) });
  const label = (f: string) => (f.startsWith('gas_levels.') ? gasLabel(f.slice(11)) : t(`path.goal.fields.${f}`, { defaultValue: f }));

  if (form.loading) return null;
  return (
    <FormShell
      form={form}
      label={label}
      fallbackField="text"
      className="path-form"
      actions={
        <div className="form-actions">
          <Button type="submit">{submitLabel}</Button>
          {onCancel && (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          )}
        </div>
      }
    >
      <Textarea {...form.textarea('text')} labelText={t('path.goal.fields.text')} hintText={t('path.goal.hints.text')} fullWidth mb="m" />
      <Textarea {...form.textarea('means')} labelText={t('path.goal.fields.means')} optionalText={t('form.optional')} fullWidth mb="m" />
      <TextInput {...form.text('responsible')} labelText={t('path.goal.fields.responsible')} optionalText={t('form.optional')} fullWidth mb="m" />
      <div className="form-row">
        <DateField {...form.picker('review_on')} label={t('path.goal.fields.review_on')} optional />
        <TextInput {...form.text('weight')} labelText={t('path.goal.fields.weight')} hintText={t('path.goal.hints.weight')} type="number" mb="m" />
      </div>
      <fieldset className="plain-fieldset">
        <legend className="legend">{t('path.goal.gasTitle')}</legend>
        <Paragraph mb="s">{t('path.goal.hints.gas')}</Paragraph>
        {[...GAS_LEVELS].reverse().map((l) => (
          <TextInput
            key={l}
            {...form.field(`gas_levels.${l}`)}
            labelText={gasLabel(l)}
            optionalText={t('form.optional')}
            value={form.values.gas[l]}
            onChange={(x) => form.setValues((p) => ({ ...p, gas: { ...p.gas, [l]: String(x ?? '') } }))}
            fullWidth
            mb="s"
          />
        ))}
      </fieldset>
    </FormShell>
  );
}
