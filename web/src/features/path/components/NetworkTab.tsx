// "Verkosto" (my team): the people and agencies around the client, each with the consent status
// visible at once (in force / withdrawn / none); withdrawing a consent, giving a new one, and
// adding a member (with or without a consent; autosaved as `network:<clientId>`). A member's
// details and the consent in force are corrected with a reason ("Korjaa"); the earlier wording is
// kept and shown under "Show earlier versions".
import { useState } from 'react';
import { Button, Checkbox, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { FormShell, useForm } from '../../../components/form/use-form';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { dateProblem, fromInputDate, todayInput } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import type { NetworkMember } from '../../../types/api';
import { useCreateNetworkMember } from '../api/create-network-member';
import { useNetwork } from '../api/get-network';
import { useGiveConsent } from '../api/give-consent';
import { useWithdrawConsent } from '../api/withdraw-consent';
import { useCorrectRecord } from '../api/corrections';
import { consentValuesOf, fieldText, memberValuesOf, toConsentCorrection, toMemberCorrection, validateConsentCorrection, validateMemberCorrection } from './correction-models';
import type { ConsentCorrectionValues, MemberCorrectionValues } from './correction-models';
import { CorrectedMark, EarlierVersions, ReasonField } from './Corrections';
import { coerceLike, emptyMember, toMemberInput, validateMember } from './path-models';
import type { MemberValues } from './path-models';
import { Section, useClientContext, useCodeText } from './shared';

function ConsentStatus({ member }: { member: NetworkMember }) {
  const { t } = useTranslation();
  if (member.consent_status === 'given' && member.consent) {
    return (
      <p className="consent consent--given" data-testid="consent-status">
        {t('path.network.consentGiven', { scope: member.consent.scope, date: formatDate(member.consent.given_on) })}
      </p>
    );
  }
  if (member.consent_status === 'withdrawn') {
    const last = member.consents[member.consents.length - 1];
    return (
      <p className="consent consent--withdrawn" data-testid="consent-status">
        {t('path.network.consentWithdrawn', { date: formatDate(last?.withdrawn_on) })}
      </p>
    );
  }
  return (
    <p className="consent consent--none" data-testid="consent-status">
      {t('path.network.consentNone')}
    </p>
  );
}

function WithdrawForm({ clientId, member, onDone }: { clientId: string; member: NetworkMember; onDone(): void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(clientId);
  const form = useForm({
    prefix: `withdraw-${member.id}`,
    initial: { reason: '' },
    submit: (v) => withdraw.mutateAsync({ consentId: member.consent?.id ?? '', reason: v.reason.trim() || undefined }),
    afterSave: 'keep',
    onSuccess: onDone,
  });
  return (
    <FormShell form={form} label={() => t('path.network.withdrawReason')} fallbackField="reason" className="path-form path-form--inset" actions={<Actions submit={t('path.network.confirmWithdraw')} onCancel={onDone} />}>
      <TextInput {...form.text('reason')} labelText={t('path.network.withdrawReason')} optionalText={t('form.optional')} fullWidth mb="s" />
    </FormShell>
  );
}

function ConsentForm({ clientId, member, onDone }: { clientId: string; member: NetworkMember; onDone(): void }) {
  const { t } = useTranslation();
  const give = useGiveConsent(clientId, member.id);
  const form = useForm({
    prefix: `consent-${member.id}`,
    initial: { scope: '', given_on: todayInput() },
    validate: (v) => ({ scope: v.scope.trim() ? undefined : 'form.required', given_on: dateProblem(v.given_on, true) }),
    submit: (v) => give.mutateAsync({ scope: v.scope.trim(), given_on: fromInputDate(v.given_on) ?? '' }),
    afterSave: 'keep',
    onSuccess: onDone,
  });
  return (
    <FormShell
      form={form}
      label={(f) => t(`path.network.fields.${f}`, { defaultValue: f })}
      fallbackField="scope"
      className="path-form path-form--inset"
      actions={<Actions submit={t('path.network.saveConsent')} onCancel={onDone} />}
    >
      <TextInput {...form.text('scope')} labelText={t('path.network.fields.scope')} fullWidth mb="s" />
      <DateField {...form.picker('given_on')} label={t('path.network.fields.given_on')} />
    </FormShell>
  );
}

function Actions({ submit, onCancel }: { submit: string; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <Button type="submit">{submit}</Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t('form.cancel')}
      </Button>
    </div>
  );
}

function CorrectMemberForm({ clientId, member, onDone }: { clientId: string; member: NetworkMember; onDone(saved: boolean): void }) {
  const { t } = useTranslation();
  const correct = useCorrectRecord<NetworkMember>(clientId, 'network_member', member.id);
  const form = useForm<MemberCorrectionValues, NetworkMember>({
    prefix: `correct-member-${member.id}`,
    initial: memberValuesOf(member),
    validate: validateMemberCorrection,
    submit: (v) => correct.mutateAsync(toMemberCorrection(v, member.version)),
    afterSave: 'keep',
    onSuccess: () => onDone(true),
  });
  return (
    <FormShell
      form={form}
      label={(f) => (f === 'reason' ? t('path.correct.reason') : t(`path.network.fields.${f}`, { defaultValue: f }))}
      fallbackField="reason"
      className="path-form path-form--inset"
      actions={<Actions submit={t('path.correct.save')} onCancel={() => onDone(false)} />}
    >
      <CodeDropdown {...form.picker('organisation_type')} label={t('path.network.fields.organisation_type')} list="organisation_type" />
      <TextInput {...form.text('name')} labelText={t('path.network.fields.name')} fullWidth mb="m" />
      <TextInput {...form.text('role')} labelText={t('path.network.fields.role')} fullWidth mb="m" />
      <TextInput {...form.text('contact')} labelText={t('path.network.fields.contact')} optionalText={t('form.optional')} fullWidth mb="m" />
      <ReasonField form={form} />
    </FormShell>
  );
}

function CorrectConsentForm({ clientId, member, onDone }: { clientId: string; member: NetworkMember; onDone(saved: boolean): void }) {
  const { t } = useTranslation();
  const consent = member.consent;
  const correct = useCorrectRecord<NetworkMember>(clientId, 'consent', consent?.id ?? '');
  const form = useForm<ConsentCorrectionValues, NetworkMember>({
    prefix: `correct-consent-${member.id}`,
    initial: consent ? consentValuesOf(consent) : { scope: '', given_on: '', reason: '' },
    validate: validateConsentCorrection,
    submit: (v) => correct.mutateAsync(toConsentCorrection(v, consent?.version ?? 1)),
    afterSave: 'keep',
    onSuccess: () => onDone(true),
  });
  return (
    <FormShell
      form={form}
      label={(f) => (f === 'reason' ? t('path.correct.reason') : t(`path.network.fields.${f}`, { defaultValue: f }))}
      fallbackField="reason"
      className="path-form path-form--inset"
      actions={<Actions submit={t('path.correct.save')} onCancel={() => onDone(false)} />}
    >
      <TextInput {...form.text('scope')} labelText={t('path.network.fields.scope')} fullWidth mb="m" />
      <DateField {...form.picker('given_on')} label={t('path.network.fields.given_on')} />
      <ReasonField form={form} />
    </FormShell>
  );
}

function MemberCard({ clientId, member }: { clientId: string; member: NetworkMember }) {
  const { t } = useTranslation();
  const code = useCodeText();
  const [mode, setMode] = useState<'view' | 'withdraw' | 'consent' | 'correct' | 'correctConsent'>('view');
  const [corrected, setCorrected] = useState(false);
  const done = (saved: boolean) => {
    setMode('view');
    setCorrected(saved);
  };
  const describeMember = (f: Record<string, unknown>) =>
    `${fieldText(f, 'name')} (${code('organisation_type', fieldText(f, 'organisation_type'))}), ${fieldText(f, 'role')}${fieldText(f, 'contact') ? ` · ${fieldText(f, 'contact')}` : ''}`;
  const describeConsent = (f: Record<string, unknown>) =>
    t('path.network.consentGiven', { scope: fieldText(f, 'scope'), date: formatDate(fieldText(f, 'given_on')) });
  const headingId = `member-${member.id}`;
  return (
    <li className="record member" aria-labelledby={headingId}>
      <Heading variant="h3" id={headingId} mb="xs">
        {member.name} <CorrectedMark corrected={member.corrected || (member.consent?.corrected ?? false)} />
      </Heading>
      <div>
        {code('organisation_type', member.organisation_type)} · {member.role}
        {member.contact ? ` · ${member.contact}` : ''}
      </div>
      <ConsentStatus member={member} />
      {member.consents.length > 1 && (
        <ul className="plain-list record__meta">
          {member.consents.slice(0, -1).map((c) => (
            <li key={c.id}>{t('path.network.consentHistory', { scope: c.scope, given: formatDate(c.given_on), withdrawn: formatDate(c.withdrawn_on) })}</li>
          ))}
        </ul>
      )}
      {corrected && mode === 'view' && (
        <InlineAlert status="neutral" mb="s" role="status">
          {t('path.correct.saved')}
        </InlineAlert>
      )}
      {mode === 'view' && (
        <div className="form-actions">
          <Button variant="secondary" onClick={() => setMode('correct')} aria-label={t('path.correct.correctMember', { name: member.name })}>
            {t('path.correct.action')}
          </Button>
          {member.consent && (
            <Button variant="secondary" onClick={() => setMode('correctConsent')} aria-label={t('path.correct.correctConsent', { name: member.name })}>
              {t('path.correct.correctConsent', { name: member.name })}
            </Button>
          )}
          {member.consent_status === 'given' ? (
            <Button variant="secondary" onClick={() => setMode('withdraw')} aria-describedby={headingId}>
              {t('path.network.withdraw')}
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => setMode('consent')} aria-describedby={headingId}>
              {t('path.network.giveConsent')}
            </Button>
          )}
        </div>
      )}
      {mode === 'withdraw' && <WithdrawForm clientId={clientId} member={member} onDone={() => setMode('view')} />}
      {mode === 'consent' && <ConsentForm clientId={clientId} member={member} onDone={() => setMode('view')} />}
      {mode === 'correct' && <CorrectMemberForm clientId={clientId} member={member} onDone={done} />}
      {mode === 'correctConsent' && <CorrectConsentForm clientId={clientId} member={member} onDone={done} />}
      <EarlierVersions clientId={clientId} kind="network_member" id={member.id} version={member.version} describe={describeMember} />
      {member.consent && (
        <EarlierVersions clientId={clientId} kind="consent" id={member.consent.id} version={member.consent.version} describe={describeConsent} />
      )}
    </li>
  );
}

function MemberForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const create = useCreateNetworkMember(clientId);
  const [added, setAdded] = useState(false);
  const form = useForm<MemberValues>({
    prefix: 'member',
    initial: emptyMember(),
    draft: { key: `network:${clientId}`, coerce: coerceLike },
    onSubmitStart: () => setAdded(false),
    validate: validateMember,
    submit: (v) => create.mutateAsync(toMemberInput(v)),
    onSuccess: () => setAdded(true),
  });
  const v = form.values;
  if (form.loading) return <LoadingState />;
  return (
    <FormShell
      form={form}
      label={(f) => t(`path.network.fields.${f.replace('consent.', '')}`, { defaultValue: f })}
      fallbackField="name"
      className="path-form"
      header={
        added && (
          <InlineAlert status="neutral" mb="m" role="status">
            {t('path.network.added')}
          </InlineAlert>
        )
      }
      actions={
        <div className="form-actions">
          <Button type="submit">{t('path.network.add')}</Button>
        </div>
      }
    >
      <CodeDropdown {...form.picker('organisation_type')} label={t('path.network.fields.organisation_type')} list="organisation_type" />
      <div className="form-row">
        <TextInput {...form.text('name')} labelText={t('path.network.fields.name')} mb="m" />
        <TextInput {...form.text('role')} labelText={t('path.network.fields.role')} mb="m" />
      </div>
      <TextInput {...form.text('contact')} labelText={t('path.network.fields.contact')} optionalText={t('form.optional')} fullWidth mb="m" />
      <Checkbox id={form.id('with_consent')} checked={v.with_consent} onClick={({ checkboxState }) => form.set({ with_consent: checkboxState })}>
        {t('path.network.withConsent')}
      </Checkbox>
      {v.with_consent && (
        <div className="path-form--inset">
          <TextInput {...form.text('consent.scope', 'scope')} labelText={t('path.network.fields.scope')} fullWidth mb="m" />
          <DateField {...form.picker('consent.given_on', 'given_on')} label={t('path.network.fields.given_on')} />
        </div>
      )}
    </FormShell>
  );
}

export function NetworkTab() {
  const { t } = useTranslation();
  const { clientId } = useClientContext();
  const network = useNetwork(clientId);
  return (
    <>
      <Section title={t('path.network.title')} id="network-list">
        {network.isPending ? (
          <LoadingState />
        ) : network.isError ? (
          <RequestError error={network.error} />
        ) : network.data.items.length === 0 ? (
          <Paragraph>{t('path.network.none')}</Paragraph>
        ) : (
          <ul className="record-list">
            {network.data.items.map((m) => (
              <MemberCard key={m.id} clientId={clientId} member={m} />
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('path.network.newTitle')} id="network-new">
        <MemberForm clientId={clientId} />
      </Section>
    </>
  );
}
