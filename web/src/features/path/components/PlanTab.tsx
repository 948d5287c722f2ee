// "Suunnitelma ja tavoitteet": the client plan's goals as cards in the client's words, with GAS
// levels, review dates (an overdue one marked in text) and the latest attainment; a review form
// whose attainment choices carry the goal's own level descriptions, editing (a new version,
// history kept and shown), a new goal, and a link to the printable plan. `?goal=<id>` (the
// dashboard's "Review goal") opens that goal's review form and moves focus to the goal.
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Button, Expander, ExpanderContent, ExpanderTitleButton, Heading, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, RouterLink, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormShell, useForm } from '../../../components/form/use-form';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { GAS_LEVELS, useCodes } from '../../../lib/codes';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { Goal } from '../../../types/api';
import { useCreateGoal } from '../api/create-goal';
import { useGoalVersions } from '../api/get-goal-versions';
import { usePlan } from '../api/get-plan';
import { useReviewGoal } from '../api/review-goal';
import { useUpdateGoal } from '../api/update-goal';
import { GoalForm } from './GoalForm';
import { attainmentChoices, coerceLike, emptyGoal, emptyReview, fromGoal, reviewOverdue, targetGoal, toReviewInput, validateReview } from './path-models';
import type { ReviewValues } from './path-models';
import { Section, useClientContext, useGas } from './shared';

function ReviewForm({ clientId, goal, onDone }: { clientId: string; goal: Goal; onDone(): void }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const review = useReviewGoal(clientId, goal.id);
  const form = useForm<ReviewValues>({
    prefix: `review-${goal.id}`,
    initial: emptyReview(),
    draft: { key: `review:${clientId}:${goal.id}`, coerce: coerceLike },
    validate: validateReview,
    submit: (v) => review.mutateAsync(toReviewInput(v)),
    onSuccess: onDone,
  });
  if (form.loading) return null;
  return (
    <div className="path-form path-form--inset">
      <Heading variant="h4" mb="s">
        {t('path.goal.reviewTitle')}
      </Heading>
      <FormShell
        form={form}
        label={(f) => t(`path.goal.review.${f}`, { defaultValue: f })}
        fallbackField="attainment"
        actions={
          <div className="form-actions">
            <Button type="submit">{t('path.goal.saveReview')}</Button>
            <Button type="button" variant="secondary" onClick={onDone}>
              {t('form.cancel')}
            </Button>
          </div>
        }
      >
        <div className="form-row">
          <DateField {...form.picker('reviewed_on')} label={t('path.goal.review.reviewed_on')} />
        </div>
        <RadioButtonGroup
          id={form.field('attainment').id}
          name={`attainment-${goal.id}`}
          labelText={t('path.goal.review.attainment')}
          groupHintText={goal.gas_levels ? t('path.goal.review.levelsHint') : undefined}
          value={form.values.attainment}
          onChange={(x) => form.set({ attainment: x })}
          groupStatus={form.field('attainment').status}
          groupStatusText={form.field('attainment').statusText}
          mb="m"
        >
          {attainmentChoices(goal).map((c) => (
            <RadioButton key={c.level} value={c.level} hintText={c.description ?? undefined}>
              {codes.label('gas_level', c.level)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <Textarea {...form.textarea('note')} labelText={t('path.goal.review.note')} optionalText={t('form.optional')} fullWidth mb="m" />
      </FormShell>
    </div>
  );
}

function Versions({ clientId, goal }: { clientId: string; goal: Goal }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const versions = useGoalVersions(clientId, goal.id, open);
  return (
    <Expander onOpenChange={setOpen} mt="s">
      <ExpanderTitleButton asHeading="h4">{t('path.goal.versions', { count: goal.version })}</ExpanderTitleButton>
      <ExpanderContent>
        {versions.isPending ? (
          <LoadingState />
        ) : versions.isError ? (
          <RequestError error={versions.error} />
        ) : (
          <ol className="version-list" reversed>
            {versions.data.items.map((ver) => (
              <li key={ver.version}>
                <strong>{t('path.goal.version', { version: ver.version })}</strong>{' '}
                {t('path.goal.versionBy', { name: ver.created_by_name, time: formatDateTime(ver.created_at) })}
                <div className="version-list__text">{ver.text}</div>
              </li>
            ))}
          </ol>
        )}
      </ExpanderContent>
    </Expander>
  );
}

function GoalCard({
  clientId,
  goal,
  index,
  open,
  target,
  onReviewed,
}: {
  clientId: string;
  goal: Goal;
  index: number;
  open: boolean;
  target: boolean;
  onReviewed(): void;
}) {
  const { t } = useTranslation();
  const codes = useCodes();
  const gas = useGas();
  const [mode, setMode] = useState<'view' | 'edit' | 'review'>(target && open ? 'review' : 'view');
  const update = useUpdateGoal(clientId, goal.id);
  const headingId = `goal-${goal.id}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const overdue = reviewOverdue(goal);
  useEffect(() => {
    if (!target) return;
    const h = headingRef.current;
    h?.scrollIntoView?.({ block: 'start' });
    h?.focus({ preventScroll: true });
  }, [target]);
  return (
    <article className={`goal-card${target ? ' goal-card--target' : ''}`} aria-labelledby={headingId} data-testid={`goal-card-${goal.id}`}>
      <Heading variant="h3" id={headingId} mb="xs" tabIndex={-1} ref={headingRef}>
        {t('path.goal.cardTitle', { n: index + 1 })}
      </Heading>
      <p className="goal-card__text">{goal.text}</p>
      <dl className="facts facts--compact">
        {goal.means && (
          <div className="field">
            <dt>{t('path.goal.fields.means')}</dt>
            <dd>{goal.means}</dd>
          </div>
        )}
        {goal.responsible && (
          <div className="field">
            <dt>{t('path.goal.fields.responsible')}</dt>
            <dd>{goal.responsible}</dd>
          </div>
        )}
        <div className="field">
          <dt>{t('path.goal.fields.review_on')}</dt>
          <dd>
            {goal.review_on ? formatDate(goal.review_on) : t('common.none')}
            {overdue && <strong className="overdue-mark">{` ${t('path.goal.overdue')}`}</strong>}
          </dd>
        </div>
        <div className="field">
          <dt>{t('path.goal.latest')}</dt>
          <dd data-testid="latest-attainment">{gas(goal.latest_attainment)}</dd>
        </div>
        <div className="field">
          <dt>{t('path.goal.fields.weight')}</dt>
          <dd>{goal.weight}</dd>
        </div>
      </dl>
      {goal.gas_levels && (
        <table className="gas-table">
          <caption>{t('path.goal.gasTitle')}</caption>
          <tbody>
            {[...GAS_LEVELS].reverse().map((l) => (
              <tr key={l} className={goal.latest_attainment !== null && String(goal.latest_attainment) === l ? 'is-current' : undefined}>
                <th scope="row">{codes.label('gas_level', l)}</th>
                <td>{goal.gas_levels?.[l]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {goal.reviews.length > 0 && (
        <>
          <Heading variant="h4" mt="s" mb="xs">
            {t('path.goal.reviews')}
          </Heading>
          <ul className="plain-list">
            {goal.reviews.map((r) => (
              <li key={r.id}>
                {formatDate(r.reviewed_on)}: {gas(r.attainment)}
                {r.note ? ` – ${r.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <Versions clientId={clientId} goal={goal} />
      {open && mode === 'view' && (
        <div className="form-actions">
          <Button variant="secondary" onClick={() => setMode('review')} aria-describedby={headingId}>
            {t('path.goal.review.open')}
          </Button>
          <Button variant="secondary" onClick={() => setMode('edit')} aria-describedby={headingId}>
            {t('path.goal.edit')}
          </Button>
        </div>
      )}
      {mode === 'review' && (
        <ReviewForm
          clientId={clientId}
          goal={goal}
          onDone={() => {
            setMode('view');
            onReviewed();
          }}
        />
      )}
      {mode === 'edit' && (
        <>
          <Heading variant="h4" mt="m" mb="s">
            {t('path.goal.editTitle')}
          </Heading>
          <GoalForm
            prefix={`goal-edit-${goal.id}`}
            draftKey={`goal-edit:${clientId}:${goal.id}`}
            initial={fromGoal(goal)}
            submitLabel={t('path.goal.saveVersion')}
            onSubmit={async (input) => {
              await update.mutateAsync({ ...input, version: goal.version });
              setMode('view');
            }}
            onCancel={() => setMode('view')}
          />
        </>
      )}
    </article>
  );
}

export function PlanTab() {
  const { t } = useTranslation();
  const { clientId } = useClientContext();
  const plan = usePlan(clientId);
  const create = useCreateGoal(clientId);
  const [notice, setNotice] = useState<string | null>(null);
  const location = useLocation();
  const [, setParams] = useSearchParams();
  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <RequestError error={plan.error} />;
  const open = plan.data.period?.status === 'open';
  const target = targetGoal(location.search, location.hash, plan.data.goals.map((g) => g.id));
  const clearTarget = () =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete('goal');
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <div className="page-actions">
        <RouterLink asComponent={Link} to={`/clients/${encodeURIComponent(clientId)}/plan/print`}>
          {t('print.planLink')}
        </RouterLink>
      </div>
      <Section title={t('path.plan.title')} id="plan-goals">
        {notice && (
          <InlineAlert status="neutral" mb="m" role="status">
            {t(notice)}
          </InlineAlert>
        )}
        {plan.data.goals.length === 0 ? (
          <Paragraph mb="m">{t('path.plan.noGoals')}</Paragraph>
        ) : (
          <div className="goal-list">
            {plan.data.goals.map((g, i) => (
              <GoalCard
                key={g.id}
                clientId={clientId}
                goal={g}
                index={i}
                open={open || !plan.data.period}
                target={g.id === target}
                onReviewed={clearTarget}
              />
            ))}
          </div>
        )}
      </Section>
      {(open || !plan.data.period) && (
        <Section title={t('path.goal.newTitle')} id="goal-new">
          <GoalForm
            prefix="goal-new"
            draftKey={`goal:${clientId}`}
            initial={emptyGoal()}
            submitLabel={t('path.goal.add')}
            onSubmit={async (input) => {
              await create.mutateAsync(input);
              setNotice('path.goal.added');
            }}
          />
        </Section>
      )}
    </>
  );
}
