// One contact or referral in the Documents tab: what it says, "Korjattu" when it has been corrected,
// the "Korjaa" action (the form prefilled, a reason required) and the earlier wordings.
import { Button, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { FormShell, useForm } from '../../../components/form/use-form';
import { formatDate } from '../../../lib/format';
import type { Referral } from '../../../types/api';
import { useCorrectRecord } from '../api/corrections';
import { fieldText, referralValuesOf, toReferralCorrection, validateReferralCorrection } from './correction-models';
import type { ReferralCorrectionValues } from './correction-models';
import { CorrectAction, CorrectedMark, EarlierVersions, ReasonField } from './Corrections';
import { useCodeText } from './shared';

function CorrectReferralForm({ clientId, referral, onDone }: { clientId: string; referral: Referral; onDone(saved: boolean): void }) {
  const { t } = useTranslation();
  const correct = useCorrectRecord<Referral>(clientId, 'referral', referral.id);
  const form = useForm<ReferralCorrectionValues, Referral>({
    prefix: `correct-referral-${referral.id}`,
    initial: referralValuesOf(referral),
    validate: validateReferralCorrection,
    submit: (v) => correct.mutateAsync(toReferralCorrection(v, referral.version)),
    afterSave: 'keep',
    onSuccess: () => onDone(true),
  });
  const label = (f: string) =>
    f === 'reason' ? t('path.correct.reason') : f === 'referral_reason' ? t('path.correct.fields.referral_reason') : t(`path.referral.fields.${f}`, { defaultValue: f });
  return (
    <FormShell
      form={form}
      label={label}
      fallbackField="reason"
      className="path-form path-form--inset"
      actions={
        <div className="form-actions">
          <Button type="submit">{t('path.correct.save')}</Button>
          <Button type="button" variant="secondary" onClick={() => onDone(false)}>
            {t('form.cancel')}
          </Button>
        </div>
      }
    >
      <div className="form-row">
        <CodeDropdown {...form.picker('source')} label={t('path.referral.fields.source')} list="referral_source" />
        <DateField {...form.picker('received_on')} label={t('path.referral.fields.received_on')} />
      </div>
      <Textarea {...form.textarea('referral_reason')} labelText={t('path.correct.fields.referral_reason')} fullWidth mb="m" />
      <ReasonField form={form} />
    </FormShell>
  );
}

export function ReferralItem({ clientId, referral: r }: { clientId: string; referral: Referral }) {
  const { t } = useTranslation();
  const code = useCodeText();
  const describe = (f: Record<string, unknown>) =>
    `${formatDate(fieldText(f, 'received_on'))} · ${code('referral_source', fieldText(f, 'source'))}: ${fieldText(f, 'reason')}`;
  return (
    <li className="record" data-testid="referral">
      <strong>
        {formatDate(r.received_on)} · {code('referral_source', r.source)}
      </strong>{' '}
      <CorrectedMark corrected={r.corrected} />
      <div>{r.reason}</div>
      <CorrectAction
        label={t('path.correct.correctReferral', { date: formatDate(r.received_on) })}
        form={(onDone) => <CorrectReferralForm clientId={clientId} referral={r} onDone={onDone} />}
      />
      <EarlierVersions clientId={clientId} kind="referral" id={r.id} version={r.version} describe={describe} />
    </li>
  );
}
