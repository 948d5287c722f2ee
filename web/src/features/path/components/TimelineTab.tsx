// "Aikajana": everything about the client in time order (newest first), filterable by type;
// corrected records (and assessments with an addendum) are marked "Korjattu".
import { useState } from 'react';
import { Checkbox, CheckboxGroup, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { useCodes } from '../../../lib/codes';
import { formatDate } from '../../../lib/format';
import type { TimelineEvent } from '../../../types/api';
import { useTimeline } from '../api/get-timeline';
import { CorrectedMark } from './Corrections';
import { Section, useClientContext, useCodeText, useGas } from './shared';

function useDescribe() {
  const { t } = useTranslation();
  const code = useCodeText();
  const gas = useGas();
  return (e: TimelineEvent): string => {
    const d = e.detail as Record<string, string | number | boolean | null>;
    const s = (k: string) => (d[k] === null || d[k] === undefined ? '' : String(d[k]));
    switch (e.type) {
      case 'referral':
        return `${code('referral_source', s('source'))}: ${s('reason')}`;
      case 'assessment':
        return d.conclusion ? t(`path.assessment.conclusion.${s('conclusion')}`) : t('path.timeline.assessmentOpen');
      case 'decision':
        return t(`path.decision.outcome.${s('outcome')}`);
      case 'period':
        return t('path.timeline.period', { deadline: formatDate(s('deadline')), status: t(`path.period.statuses.${s('status')}`) });
      case 'extension':
        return t('path.timeline.extension', { from: formatDate(s('previous_deadline')), to: formatDate(s('new_deadline')), reason: s('reason') });
      case 'goal':
        return t('path.timeline.goal', { version: s('version'), text: s('text') });
      case 'goal_review':
        return gas(d.attainment as number);
      case 'meeting':
        return `${code('meeting_mode', s('mode'))}, ${t('path.meeting.minutesShort', { count: Number(d.minutes) })} – ${code('statutory_item', s('statutory_item'))}`;
      case 'network':
        return `${s('name')} (${code('organisation_type', s('organisation_type'))}), ${s('role')}`;
      case 'consent':
        return t(d.event === 'withdrawn' ? 'path.timeline.consentWithdrawn' : 'path.timeline.consentGiven', { member: s('member'), scope: s('scope') });
      case 'final_evaluation':
        return d.interrupted ? `${t('path.final.mode.interrupted')}: ${code('interruption_reason', s('reason'))}` : code('continuation_path', s('continuation'));
      default:
        return '';
    }
  };
}

export function TimelineTab() {
  const { t } = useTranslation();
  const codes = useCodes();
  const { clientId } = useClientContext();
  const [types, setTypes] = useState<string[]>([]);
  const timeline = useTimeline(clientId, types);
  const describe = useDescribe();
  return (
    <Section title={t('path.timeline.title')} id="timeline">
      <CheckboxGroup id="timeline-types" labelText={t('path.timeline.filter')} groupHintText={t('path.timeline.filterHint')} mb="m" className="chip-group">
        {codes.list('timeline_type').map((ty) => (
          <Checkbox
            key={ty}
            id={`timeline-type-${ty}`}
            checked={types.includes(ty)}
            onClick={({ checkboxState }) => setTypes(checkboxState ? [...types.filter((x) => x !== ty), ty] : types.filter((x) => x !== ty))}
          >
            {codes.label('timeline_type', ty)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      {timeline.isPending ? (
        <LoadingState />
      ) : timeline.isError ? (
        <RequestError error={timeline.error} />
      ) : timeline.data.items.length === 0 ? (
        <Paragraph>{t('path.timeline.none')}</Paragraph>
      ) : (
        <ol className="timeline" aria-label={t('path.timeline.title')}>
          {timeline.data.items.map((e, i) => (
            <li key={`${e.type}-${e.id}-${i}`} className="timeline__item">
              <span className="timeline__date">{formatDate(e.date)}</span>{' '}
              <strong className="timeline__type">{codes.label('timeline_type', e.type)}</strong>{' '}
              <span>{describe(e)}</span> <CorrectedMark corrected={e.corrected} />
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
