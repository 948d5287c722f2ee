// "Verkosto" (my team): the people and agencies around the client, each with the consent status
// visible at once (in force / withdrawn / none); withdrawing a consent, giving a new one, and
// adding a member (with or without a consent; autosaved as `network:<clientId>`).
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Checkbox, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { AutosaveStatus } from '../../../components/form/AutosaveStatus';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { DraftNotice } from '../../../components/form/DraftNotice';
import { FormErrorsView, fieldId, useFormErrors } from '../../../components/form/errors';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { dateProblem, fromInputDate, todayInput } from '../../../lib/dates';
import { useDraftForm } from '../../../lib/drafts';
import { formatDate } from '../../../lib/format';
import type { NetworkMember } from '../../../types/api';
import { useCreateNetworkMember } from '../api/create-network-member';
import { useNetwork } from '../api/get-network';
import { useGiveConsent } from '../api/give-consent';
import { useWithdrawConsent } from '../api/withdraw-consent';
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
  const errs = useFormErrors();
  const [reason, setReason] = useState('');
  const prefix = `withdraw-${member.id}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await withdraw.mutateAsync({ consentId: member.consent?.id ?? '', reason: reason.trim() || undefined });
      onDone();
    } catch (err) {
      errs.fail(err);
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="path-form path-form--inset">
      <FormErrorsView form={errs} prefix={prefix} label={() => t('path.network.withdrawReason')} fallbackField="reason" />
      <TextInput
        id={fieldId(prefix, 'reason')}
        labelText={t('path.network.withdrawReason')}
        optionalText={t('form.optional')}
        value={reason}
        onChange={(x) => setReason(String(x ?? ''))}
        fullWidth
        mb="s"
      />
      <div className="form-actions">
        <Button type="submit">{t('path.network.confirmWithdraw')}</Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}

function ConsentForm({ clientId, member, onDone }: { clientId: string; member: NetworkMember; onDone(): void }) {
  const { t } = useTranslation();
  const give = useGiveConsent(clientId, member.id);
  const errs = useFormErrors();
  const [scope, setScope] = useState('');
  const [givenOn, setGivenOn] = useState(todayInput());
  const prefix = `consent-${member.id}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (errs.local({ scope: scope.trim() ? undefined : 'form.required', given_on: dateProblem(givenOn, true) })) return;
    try {
      await give.mutateAsync({ scope: scope.trim(), given_on: fromInputDate(givenOn) ?? '' });
      onDone();
    } catch (err) {
      errs.fail(err);
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="path-form path-form--inset">
      <FormErrorsView form={errs} prefix={prefix} label={(f) => t(`path.network.fields.${f}`, { defaultValue: f })} fallbackField="scope" />
      <TextInput
        id={fieldId(prefix, 'scope')}
        labelText={t('path.network.fields.scope')}
        value={scope}
        onChange={(x) => setScope(String(x ?? ''))}
        status={errs.text('scope') ? 'error' : 'default'}
        statusText={errs.text('scope')}
        fullWidth
        mb="s"
      />
      <DateField id={fieldId(prefix, 'given_on')} label={t('path.network.fields.given_on')} value={givenOn} onChange={setGivenOn} error={errs.text('given_on')} />
      <div className="form-actions">
        <Button type="submit">{t('path.network.saveConsent')}</Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}

function MemberCard({ clientId, member }: { clientId: string; member: NetworkMember }) {
  const { t } = useTranslation();
  const code = useCodeText();
  const [mode, setMode] = useState<'view' | 'withdraw' | 'consent'>('view');
  const headingId = `member-${member.id}`;
  return (
    <li className="record member" aria-labelledby={headingId}>
      <Heading variant="h3" id={headingId} mb="xs">
        {member.name}
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
      {mode === 'view' && (
        <div className="form-actions">
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
    </li>
  );
}

const P = 'member';

function MemberForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const form = useDraftForm<MemberValues>(`network:${clientId}`, emptyMember(), coerceLike);
  const errs = useFormErrors();
  const create = useCreateNetworkMember(clientId);
  const [added, setAdded] = useState(false);
  const v = form.values;
  const set = (patch: Partial<MemberValues>) => form.setValues((p) => ({ ...p, ...patch }));
  const id = (f: string) => fieldId(P, f);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setAdded(false);
    if (errs.local(validateMember(v))) return;
    try {
      await create.mutateAsync(toMemberInput(v));
      await form.reset();
      setAdded(true);
    } catch (err) {
      errs.fail(err);
    }
  }
  if (!form.ready) return <LoadingState />;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="path-form">
      {added && (
        <InlineAlert status="neutral" mb="m" role="status">
          {t('path.network.added')}
        </InlineAlert>
      )}
      <DraftNotice restoredAt={form.restoredAt} loadFailed={form.loadFailed} onDiscard={() => void form.reset()} />
      <FormErrorsView form={errs} prefix={P} label={(f) => t(`path.network.fields.${f.replace('consent.', '')}`, { defaultValue: f })} fallbackField="name" />
      <CodeDropdown
        id={id('organisation_type')}
        label={t('path.network.fields.organisation_type')}
        list="organisation_type"
        value={v.organisation_type}
        onChange={(x) => set({ organisation_type: x })}
        error={errs.text('organisation_type')}
      />
      <div className="form-row">
        <TextInput id={id('name')} labelText={t('path.network.fields.name')} value={v.name} onChange={(x) => set({ name: String(x ?? '') })} status={errs.text('name') ? 'error' : 'default'} statusText={errs.text('name')} mb="m" />
        <TextInput id={id('role')} labelText={t('path.network.fields.role')} value={v.role} onChange={(x) => set({ role: String(x ?? '') })} status={errs.text('role') ? 'error' : 'default'} statusText={errs.text('role')} mb="m" />
      </div>
      <TextInput
        id={id('contact')}
        labelText={t('path.network.fields.contact')}
        optionalText={t('form.optional')}
        value={v.contact}
        onChange={(x) => set({ contact: String(x ?? '') })}
        status={errs.text('contact') ? 'error' : 'default'}
        statusText={errs.text('contact')}
        fullWidth
        mb="m"
      />
      <Checkbox id={id('with_consent')} checked={v.with_consent} onClick={({ checkboxState }) => set({ with_consent: checkboxState })}>
        {t('path.network.withConsent')}
      </Checkbox>
      {v.with_consent && (
        <div className="path-form--inset">
          <TextInput
            id={id('consent.scope')}
            labelText={t('path.network.fields.scope')}
            value={v.scope}
            onChange={(x) => set({ scope: String(x ?? '') })}
            status={errs.text('consent.scope') ? 'error' : 'default'}
            statusText={errs.text('consent.scope')}
            fullWidth
            mb="m"
          />
          <DateField id={id('consent.given_on')} label={t('path.network.fields.given_on')} value={v.given_on} onChange={(x) => set({ given_on: x })} error={errs.text('consent.given_on')} />
        </div>
      )}
      <AutosaveStatus state={form.autosave.state} />
      <div className="form-actions">
        <Button type="submit">{t('path.network.add')}</Button>
      </div>
    </form>
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
