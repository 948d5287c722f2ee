// "Tapaamiset": record a meeting in under a minute — date (today), length, mode, contents as
// checkboxes, the SHL § 17 item, inter-meeting tasks, a short note; network meetings with their
// participants. Autosaved as `meeting:<clientId>`. Below, the meetings so far, each correctable
// with a reason ("Korjaa"; the earlier wording stays readable under "Show earlier versions").
//
// A second meeting on one day is warned about before saving (and the server's `same_day` is shown
// after). A client without an open service period: the tab says so and points to the decision
// step; a meeting may still be recorded as assessment work (it then belongs to no period — the
// server accepts it on purpose), but only after the worker has chosen to.
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, RouterLink, TextInput, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { CodeCheckboxes } from '../../../components/CodeCheckboxes';
import { CodeDropdown } from '../../../components/CodeDropdown';
import { DateField } from '../../../components/DateField';
import { FormShell, useForm } from '../../../components/form/use-form';
import type { Form } from '../../../components/form/use-form';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { formatDate } from '../../../lib/format';
import type { Meeting } from '../../../types/api';
import { useCorrectRecord } from '../api/corrections';
import { useCreateMeeting } from '../api/create-meeting';
import { useMeetings } from '../api/get-meetings';
import { usePeriods } from '../api/get-periods';
import { fieldText, hasOpenPeriod, meetingValuesOf, meetingsOnDate, reasonProblem, toMeetingCorrection } from './correction-models';
import type { MeetingCorrectionValues } from './correction-models';
import { CorrectAction, CorrectedMark, EarlierVersions, ReasonField } from './Corrections';
import { coerceLike, emptyMeeting, toMeetingInput, validateMeeting } from './path-models';
import type { MeetingValues } from './path-models';
import { Section, useClientContext, useCodeText } from './shared';

/** The warning shown before saving when the client already has a meeting on the date typed. */
function SameDayWarning({ meetings, date, exceptId }: { meetings: readonly Meeting[]; date: string; exceptId?: string }) {
  const { t } = useTranslation();
  const others = meetingsOnDate(meetings, date, exceptId);
  if (others.length === 0) return null;
  return (
    <InlineAlert status="warning" mb="m" data-testid="same-day-warning">
      {t('path.meeting.sameDay', { count: others.length, date: formatDate(others[0]?.held_on) })}
    </InlineAlert>
  );
}

function MeetingFields<T extends MeetingValues>({ form, idPrefix }: { form: Form<T>; idPrefix: string }) {
  const { t } = useTranslation();
  const v = form.values;
  return (
    <>
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
        onChange={(x) => form.set({ contents: x } as Partial<T>)}
        error={form.error('contents')}
        className="chip-group"
      />
      <RadioButtonGroup
        id={form.id('kind')}
        name={`${idPrefix}-kind`}
        labelText={t('path.meeting.fields.kind')}
        value={v.kind}
        onChange={(x) => form.set({ kind: x === 'network' ? 'network' : 'individual' } as Partial<T>)}
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
    </>
  );
}

function MeetingForm({ clientId, meetings, onSaved }: { clientId: string; meetings: readonly Meeting[]; onSaved(m: Meeting): void }) {
  const { t } = useTranslation();
  const create = useCreateMeeting(clientId);
  const form = useForm<MeetingValues, Meeting>({
    prefix: 'meeting',
    initial: emptyMeeting(),
    draft: { key: `meeting:${clientId}`, coerce: coerceLike },
    validate: validateMeeting,
    submit: (v) => create.mutateAsync(toMeetingInput(v)),
    onSuccess: onSaved,
  });
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
      <MeetingFields form={form} idPrefix="meeting" />
      <SameDayWarning meetings={meetings} date={form.values.held_on} />
    </FormShell>
  );
}

function CorrectMeetingForm({ clientId, meeting, meetings, onDone }: { clientId: string; meeting: Meeting; meetings: readonly Meeting[]; onDone(saved: boolean): void }) {
  const { t } = useTranslation();
  const correct = useCorrectRecord<Meeting>(clientId, 'meeting', meeting.id);
  const form = useForm<MeetingCorrectionValues, Meeting>({
    prefix: `correct-meeting-${meeting.id}`,
    initial: { ...meetingValuesOf(meeting), reason: '' },
    validate: (v) => ({ ...validateMeeting(v), reason: reasonProblem(v.reason) }),
    submit: (v) => correct.mutateAsync(toMeetingCorrection(v, meeting.version)),
    afterSave: 'keep',
    onSuccess: () => onDone(true),
  });
  return (
    <FormShell
      form={form}
      label={(f) => (f === 'reason' ? t('path.correct.reason') : t(`path.meeting.fields.${f.replace(/\[.*$/, '')}`, { defaultValue: f }))}
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
      <MeetingFields form={form} idPrefix={`correct-meeting-${meeting.id}`} />
      <SameDayWarning meetings={meetings} date={form.values.held_on} exceptId={meeting.id} />
      <ReasonField form={form} />
    </FormShell>
  );
}

function MeetingItem({ clientId, meeting: m, meetings }: { clientId: string; meeting: Meeting; meetings: readonly Meeting[] }) {
  const { t } = useTranslation();
  const code = useCodeText();
  const describe = (f: Record<string, unknown>) => {
    const s = (k: string) => fieldText(f, k);
    const list = (k: string) => (Array.isArray(f[k]) ? (f[k] as string[]) : []);
    return (
      <>
        {formatDate(s('held_on'))} · {code('meeting_mode', s('mode'))} · {t('path.meeting.minutesShort', { count: Number(f.minutes) })} –{' '}
        {code('statutory_item', s('statutory_item'))}
        {list('contents').length > 0 && `: ${list('contents').map((c) => code('meeting_content', c)).join(', ')}`}
        {list('tasks').length > 0 && ` · ${t('path.meeting.fields.tasks')}: ${list('tasks').join('; ')}`}
        {s('note') && <div>{s('note')}</div>}
      </>
    );
  };
  return (
    <li className="record" data-testid="meeting">
      <strong>
        {formatDate(m.held_on)} · {code('meeting_mode', m.mode)} · {t('path.meeting.minutesShort', { count: m.minutes })}
        {m.kind === 'network' ? ` · ${t('path.meeting.kind.network')}` : ''}
      </strong>{' '}
      <CorrectedMark corrected={m.corrected} />
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
      <div className="record__meta">
        {m.created_by_name}
        {m.same_day.length > 0 && ` · ${t('path.meeting.sameDayListed')}`}
        {m.period_id === null && ` · ${t('path.meeting.noPeriodListed')}`}
      </div>
      <CorrectAction
        label={t('path.correct.correctMeeting', { date: formatDate(m.held_on) })}
        form={(onDone) => <CorrectMeetingForm clientId={clientId} meeting={m} meetings={meetings} onDone={onDone} />}
      />
      <EarlierVersions clientId={clientId} kind="meeting" id={m.id} version={m.version} describe={describe} />
    </li>
  );
}

export function MeetingsTab() {
  const { t } = useTranslation();
  const { clientId } = useClientContext();
  const meetings = useMeetings(clientId);
  const periods = usePeriods(clientId);
  const [saved, setSaved] = useState<Meeting | null>(null);
  const [outsidePeriod, setOutsidePeriod] = useState(false);
  const items = meetings.data?.items ?? [];
  const open = periods.data ? hasOpenPeriod(periods.data.items) : true;
  return (
    <>
      <Section title={t('path.meeting.newTitle')} id="meeting-new">
        {saved && (
          <InlineAlert status="neutral" mb="m" role="status">
            {t('path.meeting.saved')}
            {saved.same_day.length > 0 && ` ${t('path.meeting.savedSameDay', { count: saved.same_day.length })}`}
            {saved.period_id === null && ` ${t('path.meeting.savedNoPeriod')}`}
          </InlineAlert>
        )}
        {periods.isPending || meetings.isPending ? (
          <LoadingState />
        ) : !open && !outsidePeriod ? (
          <div data-testid="no-period">
            <InlineAlert status="warning" mb="m" labelText={t('path.meeting.noPeriod.title')}>
              <Paragraph mb="s">{t('path.meeting.noPeriod.text')}</Paragraph>
              <RouterLink asComponent={Link} to={`/clients/${encodeURIComponent(clientId)}/documents#doc-decision`}>
                {t('path.meeting.noPeriod.toDecision')}
              </RouterLink>
            </InlineAlert>
            <Button variant="secondary" onClick={() => setOutsidePeriod(true)}>
              {t('path.meeting.noPeriod.recordAnyway')}
            </Button>
          </div>
        ) : (
          <>
            {!open && (
              <InlineAlert status="neutral" mb="m">
                {t('path.meeting.noPeriod.assessmentWork')}
              </InlineAlert>
            )}
            <MeetingForm clientId={clientId} meetings={items} onSaved={setSaved} />
          </>
        )}
      </Section>
      <Section title={t('path.meeting.listTitle')} id="meeting-list">
        {meetings.isPending ? (
          <LoadingState />
        ) : meetings.isError ? (
          <RequestError error={meetings.error} />
        ) : items.length === 0 ? (
          <Paragraph>{t('path.meeting.none')}</Paragraph>
        ) : (
          <ul className="record-list" aria-label={t('path.meeting.listTitle')}>
            {items.map((m) => (
              <MeetingItem key={m.id} clientId={clientId} meeting={m} meetings={items} />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
