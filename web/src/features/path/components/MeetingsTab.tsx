// "Tapaamiset": record a meeting in under a minute — date (today), length, mode, contents as
// checkboxes, the SHL § 17 item, inter-meeting tasks, a short note; network meetings with their
// participants. Autosaved as `meeting:<clientId>`. Below, the meetings so far.
import { useState } from 'react';
import { Button, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, TextInput, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { CodeCheckboxes } from '../../../components/CodeCheckboxes';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { FormShell, useForm } from '../../../components/form/use-form';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { formatDate } from '../../../lib/format';
import { useCreateMeeting } from '../api/create-meeting';
import { useMeetings } from '../api/get-meetings';
import { coerceLike, emptyMeeting, toMeetingInput, validateMeeting } from './path-models';
import type { MeetingValues } from './path-models';
import { Section, useClientContext, useCodeText } from './shared';

function MeetingForm({ clientId, onSaved }: { clientId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const create = useCreateMeeting(clientId);
  const form = useForm<MeetingValues>({
    prefix: 'meeting',
    initial: emptyMeeting(),
    draft: { key: `meeting:${clientId}`, coerce: coerceLike },
    validate: validateMeeting,
    submit: (v) => create.mutateAsync(toMeetingInput(v)),
    onSuccess: onSaved,
  });
  const v = form.values;
  if (form.loading) return <LoadingState />;
  return (
    <FormShell
      form={form}
      label={(f) => t(`path.meeting.fields.${f.replace(/\[.*$/, '')}`, { defaultValue: f })}
      fallbackField="held_on"
      className="path-form"
      actions={
        <div className="form-actions">
          <Button type="submit">{t('path.meeting.save')}</Button>
        </div>
      }
    >
      <div className="form-row">
        <DateField {...form.picker('held_on')} label={t('path.meeting.fields.held_on')} />
        <TextInput {...form.text('minutes')} labelText={t('path.meeting.fields.minutes')} type="number" mb="m" />
      </div>
      <div className="form-row">
        <CodeDropdown {...form.picker('mode')} label={t('path.meeting.fields.mode')} list="meeting_mode" />
        <CodeDropdown {...form.picker('statutory_item')} label={t('path.meeting.fields.statutory_item')} list="statutory_item" />
      </div>
      <CodeCheckboxes
        id={form.id('contents')}
        label={t('path.meeting.fields.contents')}
        list="meeting_content"
        optional
        value={v.contents}
        onChange={(x) => form.set({ contents: x })}
        error={form.error('contents')}
        className="chip-group"
      />
      <RadioButtonGroup
        id={form.id('kind')}
        name="meeting-kind"
        labelText={t('path.meeting.fields.kind')}
        value={v.kind}
        onChange={(x) => form.set({ kind: x === 'network' ? 'network' : 'individual' })}
        mb="m"
      >
        <RadioButton value="individual">{t('path.meeting.kind.individual')}</RadioButton>
        <RadioButton value="network">{t('path.meeting.kind.network')}</RadioButton>
      </RadioButtonGroup>
      {v.kind === 'network' && (
        <Textarea {...form.textarea('participants')} labelText={t('path.meeting.fields.participants')} hintText={t('path.meeting.hints.lines')} fullWidth mb="m" />
      )}
      <Textarea {...form.textarea('tasks')} labelText={t('path.meeting.fields.tasks')} hintText={t('path.meeting.hints.lines')} optionalText={t('form.optional')} fullWidth mb="m" />
      <Textarea {...form.textarea('note')} labelText={t('path.meeting.fields.note')} optionalText={t('form.optional')} fullWidth mb="m" />
    </FormShell>
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
