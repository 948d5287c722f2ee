// The decision (päätös): outcome, service forms, start and deadline, the named key worker, grounds,
// language, and the county's appeal instructions prefilled in the decision's language. Only for
// users with decision authority; the server answers others with 403, which is shown as such.
// Autosaved as `decision:<clientId>`. The written decision also names the decider's title and how
// and when it is sent to the party (Hallintolaki §§ 44, 59). "Continue" runs the checks and opens
// the confirmation step, which says what will happen; only "Confirm" saves.
import { Button, Dropdown, DropdownItem, Paragraph, RadioButton, RadioButtonGroup, Textarea, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { CodeCheckboxes } from '../../../components/CodeCheckboxes';
import { DateField } from '../../../components/DateField';
import { FormShell, useForm } from '../../../components/form/use-form';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import type { CountyTexts, Decision, Worker } from '../../../types/api';
import { useCreateDecision } from '../api/create-decision';
import { useAppealTexts } from '../api/get-county-texts';
import { useWorkers } from '../api/get-workers';
import type { ErrorOverride } from '../../../components/form/errors';
import type { ConfirmStep } from './ConfirmStep';
import { ConfirmPanel, useConfirmStep } from './ConfirmStep';
import { coerceLike, decisionConsequence, emptyDecision, toDecisionInput, validateDecision } from './path-models';
import type { DecisionValues } from './path-models';

const NOTICE_METHODS = ['mail', 'electronic', 'in_person'] as const;

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
  const { t, i18n } = useTranslation();
  const create = useCreateDecision(clientId);
  const form = useForm<DecisionValues, Decision>({
    prefix: 'decision',
    initial: emptyDecision(language, texts[language]),
    draft: { key: `decision:${clientId}`, coerce: coerceLike },
    validate: validateDecision,
    submit: async (v) => {
      await confirm.ask(v);
      return create.mutateAsync(toDecisionInput(v));
    },
    onError: (e): ErrorOverride | undefined => confirm.onError(e),
    onSuccess: onDecided,
  });
  const confirm: ConfirmStep<DecisionValues> = useConfirmStep(form.values);
  const v = form.values;
  function setLanguage(lang: 'fi' | 'sv') {
    // The county's template follows the language unless the worker has written their own text.
    const untouched = v.appeal_instructions.trim() === '' || v.appeal_instructions === texts[v.language];
    form.set({ language: lang, appeal_instructions: untouched ? texts[lang] : v.appeal_instructions });
  }
  if (form.loading) return <LoadingState />;
  const granted = v.outcome === 'granted';
  const pending = confirm.pending;
  const consequence = pending ? decisionConsequence(pending, workers.find((w) => w.id === pending.key_worker_id)?.display_name ?? '') : null;
  const languageName = (l: string) => t(`client.languages.${l}`, { defaultValue: l });
  return (
    <FormShell
      form={form}
      label={(f) => (i18n.exists(`docs.fields.${f}`) ? t(`docs.fields.${f}`) : t(`path.decision.fields.${f}`, { defaultValue: f }))}
      fallbackField="grounds"
      className="path-form"
      actions={
        pending && consequence ? (
          <ConfirmPanel id="decision-confirm-title" title={t('docs.decisionConfirm.title')} saveLabel={t('docs.decisionConfirm.save')} onConfirm={confirm.confirm} onCancel={confirm.cancel}>
            <Paragraph mb="s">{t(consequence.key, consequence.values)}</Paragraph>
            <Paragraph>{t('docs.decisionConfirm.number', { lang: languageName(pending.language) })}</Paragraph>
          </ConfirmPanel>
        ) : (
          <div className="form-actions">
            <Button type="submit">{t('docs.continue')}</Button>
          </div>
        )
      }
    >
      <RadioButtonGroup id={form.id('outcome')} name="decision-outcome" labelText={t('path.decision.fields.outcome')} value={v.outcome} onChange={(x) => form.set({ outcome: x === 'denied' ? 'denied' : 'granted' })} mb="m">
        <RadioButton value="granted">{t('path.decision.outcome.granted')}</RadioButton>
        <RadioButton value="denied">{t('path.decision.outcome.denied')}</RadioButton>
      </RadioButtonGroup>
      {granted && (
        <>
          <CodeCheckboxes
            id={form.id('service_forms')}
            label={t('path.decision.fields.service_forms')}
            list="service_form"
            value={v.service_forms}
            onChange={(x) => form.set({ service_forms: x })}
            error={form.error('service_forms')}
          />
          <div className="form-row">
            <DateField {...form.picker('starts_on')} label={t('path.decision.fields.starts_on')} />
            <DateField {...form.picker('deadline')} label={t('path.decision.fields.deadline')} />
          </div>
          <Dropdown
            {...form.field('key_worker_id')}
            labelText={t('path.decision.fields.key_worker_id')}
            hintText={t('path.decision.hints.keyWorker')}
            visualPlaceholder={t('form.choose')}
            value={v.key_worker_id || null}
            onChange={(x: string) => form.set({ key_worker_id: x })}
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
      <Textarea {...form.textarea('grounds')} labelText={t('path.decision.fields.grounds')} fullWidth mb="m" />
      <TextInput {...form.text('decided_by_title')} labelText={t('docs.fields.decided_by_title')} optionalText={t('form.optional')} hintText={t('docs.hints.title')} fullWidth mb="m" />
      <RadioButtonGroup id={form.id('notice_method')} name="decision-notice" labelText={t('docs.fields.notice_method')} value={v.notice_method} onChange={(x) => form.set({ notice_method: x })} mb="m">
        {NOTICE_METHODS.map((m) => (
          <RadioButton key={m} value={m}>
            {t(`docs.notice.${m}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <DateField {...form.picker('sent_on')} label={t('docs.fields.sent_on')} optional />
      <Paragraph mb="m">{t('docs.hints.sentOn')}</Paragraph>
      <RadioButtonGroup
        id={form.id('language')}
        name="decision-language"
        labelText={t('path.decision.fields.language')}
        groupHintText={t('docs.hints.language', { lang: languageName(language) })}
        value={v.language}
        onChange={(x) => setLanguage(x === 'sv' ? 'sv' : 'fi')}
        mb="m"
      >
        <RadioButton value="fi">{t('client.languages.fi')}</RadioButton>
        <RadioButton value="sv">{t('client.languages.sv')}</RadioButton>
      </RadioButtonGroup>
      <Textarea {...form.textarea('appeal_instructions')} labelText={t('path.decision.fields.appeal_instructions')} hintText={t('path.decision.hints.appeal')} fullWidth mb="m" />
    </FormShell>
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
