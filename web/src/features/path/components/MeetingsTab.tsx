// "Tapaamiset": record a meeting in under a minute — date (today), length, mode, contents as
// checkboxes, the SHL § 17 item, inter-meeting tasks, a short note; network meetings with their
// participants. Autosaved as `meeting:<clientId>`. Below, the meetings so far.
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, TextInput, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { AutosaveStatus } from '../../../components/form/AutosaveStatus';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { DraftNotice } from '../../../components/form/DraftNotice';
import { FormErrorsView, fieldId, useFormErrors } from '../../../components/form/errors';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { useCodes } from '../../../lib/codes';
import { useDraftForm } from '../../../lib/drafts';
import { formatDate } from '../../../lib/format';
import { useCreateMeeting } from '../api/create-meeting';
import { useMeetings } from '../api/get-meetings';
import { coerceLike, emptyMeeting, toMeetingInput, validateMeeting } from './path-models';
import type { MeetingValues } from './path-models';
import { Section, useClientContext, useCodeText } from './shared';

const P = 'meeting';

function MeetingForm({ clientId, onSaved }: { clientId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const form = useDraftForm<MeetingValues>(`meeting:${clientId}`, emptyMeeting(), coerceLike);
  const errs = useFormErrors();
  const create = useCreateMeeting(clientId);
  const v = form.values;
  const set = (patch: Partial<MeetingValues>) => form.setValues((p) => ({ ...p, ...patch }));
  const id = (f: string) => fieldId(P, f);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (errs.local(validateMeeting(v))) return;
    try {
      await create.mutateAsync(toMeetingInput(v));
      await form.reset();
      onSaved();
    } catch (err) {
      errs.fail(err);
    }
  }
  if (!form.ready) return <LoadingState />;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="path-form">
      <DraftNotice restoredAt={form.restoredAt} loadFailed={form.loadFailed} onDiscard={() => void form.reset()} />
      <FormErrorsView form={errs} prefix={P} label={(f) => t(`path.meeting.fields.${f.replace(/\[.*$/, '')}`, { defaultValue: f })} fallbackField="held_on" />
      <div className="form-row">
        <DateField id={id('held_on')} label={t('path.meeting.fields.held_on')} value={v.held_on} onChange={(x) => set({ held_on: x })} error={errs.text('held_on')} />
        <TextInput
          id={id('minutes')}
          labelText={t('path.meeting.fields.minutes')}
          type="number"
          value={v.minutes}
          onChange={(x) => set({ minutes: String(x ?? '') })}
          status={errs.text('minutes') ? 'error' : 'default'}
          statusText={errs.text('minutes')}
          mb="m"
        />
      </div>
      <div className="form-row">
        <CodeDropdown id={id('mode')} label={t('path.meeting.fields.mode')} list="meeting_mode" value={v.mode} onChange={(x) => set({ mode: x })} error={errs.text('mode')} />
        <CodeDropdown
          id={id('statutory_item')}
          label={t('path.meeting.fields.statutory_item')}
          list="statutory_item"
          value={v.statutory_item}
          onChange={(x) => set({ statutory_item: x })}
          error={errs.text('statutory_item')}
        />
      </div>
      <CheckboxGroup id={id('contents')} labelText={t('path.meeting.fields.contents')} optionalText={t('form.optional')} mb="m" className="chip-group">
        {codes.list('meeting_content').map((c) => (
          <Checkbox
            key={c}
            id={id(`contents-${c}`)}
            checked={v.contents.includes(c)}
            onClick={({ checkboxState }) => set({ contents: checkboxState ? [...v.contents.filter((x) => x !== c), c] : v.contents.filter((x) => x !== c) })}
          >
            {codes.label('meeting_content', c)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <RadioButtonGroup
        id={id('kind')}
        name="meeting-kind"
        labelText={t('path.meeting.fields.kind')}
        value={v.kind}
        onChange={(x) => set({ kind: x === 'network' ? 'network' : 'individual' })}
        mb="m"
      >
        <RadioButton value="individual">{t('path.meeting.kind.individual')}</RadioButton>
        <RadioButton value="network">{t('path.meeting.kind.network')}</RadioButton>
      </RadioButtonGroup>
      {v.kind === 'network' && (
        <Textarea
          id={id('participants')}
          labelText={t('path.meeting.fields.participants')}
          hintText={t('path.meeting.hints.lines')}
          value={v.participants}
          onChange={(e) => set({ participants: e.target.value })}
          fullWidth
          mb="m"
        />
      )}
      <Textarea
        id={id('tasks')}
        labelText={t('path.meeting.fields.tasks')}
        hintText={t('path.meeting.hints.lines')}
        optionalText={t('form.optional')}
        value={v.tasks}
        onChange={(e) => set({ tasks: e.target.value })}
        status={errs.text('tasks') ? 'error' : 'default'}
        statusText={errs.text('tasks')}
        fullWidth
        mb="m"
      />
      <Textarea
        id={id('note')}
        labelText={t('path.meeting.fields.note')}
        optionalText={t('form.optional')}
        value={v.note}
        onChange={(e) => set({ note: e.target.value })}
        status={errs.text('note') ? 'error' : 'default'}
        statusText={errs.text('note')}
        fullWidth
        mb="m"
      />
      <AutosaveStatus state={form.autosave.state} />
      <div className="form-actions">
        <Button type="submit">{t('path.meeting.save')}</Button>
      </div>
    </form>
  );
}

export function MeetingsTab() {
  const { t } = useTranslation();
  const code = useCodeText();
  const { clientId } = useClientContext();
  const meetings = useMeetings(clientId);
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Section title={t('path.meeting.newTitle')} id="meeting-new">
        {saved && (
          <InlineAlert status="neutral" mb="m" role="status">
            {t('path.meeting.saved')}
          </InlineAlert>
        )}
        <MeetingForm clientId={clientId} onSaved={() => setSaved(true)} />
      </Section>
      <Section title={t('path.meeting.listTitle')} id="meeting-list">
        {meetings.isPending ? (
          <LoadingState />
        ) : meetings.isError ? (
          <RequestError error={meetings.error} />
        ) : meetings.data.items.length === 0 ? (
          <Paragraph>{t('path.meeting.none')}</Paragraph>
        ) : (
          <ul className="record-list" aria-label={t('path.meeting.listTitle')}>
            {meetings.data.items.map((m) => (
              <li key={m.id} className="record">
                <strong>
                  {formatDate(m.held_on)} · {code('meeting_mode', m.mode)} · {t('path.meeting.minutesShort', { count: m.minutes })}
                  {m.kind === 'network' ? ` · ${t('path.meeting.kind.network')}` : ''}
                </strong>
                <div>
                  {code('statutory_item', m.statutory_item)}
                  {m.contents.length > 0 && `: ${m.contents.map((c) => code('meeting_content', c)).join(', ')}`}
                </div>
                {m.tasks.length > 0 && (
                  <div>
                    {t('path.meeting.fields.tasks')}: {m.tasks.join('; ')}
                  </div>
                )}
                {m.participants.length > 0 && (
                  <div>
                    {t('path.meeting.fields.participants')}: {m.participants.join(', ')}
                  </div>
                )}
                {m.note && <div>{m.note}</div>}
                <div className="record__meta">{m.created_by_name}</div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
