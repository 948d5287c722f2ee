// The parts every corrected record shares on the web: the "Corrected" mark, the "Show earlier
// versions" disclosure (each earlier wording, who wrote it, who corrected it, when and why; newest
// first, as the API lists them) and the reason field of a correction form.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Expander, ExpanderContent, ExpanderTitleButton, InlineAlert, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../components/form/use-form';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { formatDateTime } from '../../../lib/format';
import { useRecordVersions } from '../api/corrections';
import type { CorrectableKind } from '../api/corrections';

/** "Korjattu" — shown on a record that has been corrected since it was written. */
export function CorrectedMark({ corrected }: { corrected: boolean }) {
  const { t } = useTranslation();
  if (!corrected) return null;
  return <span className="corrected-mark">{t('path.correct.corrected')}</span>;
}

/**
 * A record's "Correct" button, its correction form in place of the button while open, and the
 * "saved" notice after a correction. `form(onDone)` renders the form; it calls onDone(saved).
 */
export function CorrectAction({ label, form }: { label: string; form(onDone: (saved: boolean) => void): ReactNode }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [corrected, setCorrected] = useState(false);
  return (
    <>
      {corrected && !editing && (
        <InlineAlert status="neutral" mt="s" role="status">
          {t('path.correct.saved')}
        </InlineAlert>
      )}
      {editing ? (
        form((saved) => {
          setEditing(false);
          setCorrected(saved);
        })
      ) : (
        <Button variant="secondary" mt="s" onClick={() => setEditing(true)} aria-label={label}>
          {t('path.correct.action')}
        </Button>
      )}
    </>
  );
}

/** The earlier wordings of a corrected record; `describe` renders one wording's fields. */
export function EarlierVersions({
  clientId,
  kind,
  id,
  version,
  describe,
}: {
  clientId: string;
  kind: CorrectableKind;
  id: string;
  version: number;
  describe(fields: Record<string, unknown>): ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const versions = useRecordVersions(clientId, kind, id, open);
  if (version <= 1) return null;
  return (
    <Expander onOpenChange={setOpen} mt="s" className="earlier-versions">
      <ExpanderTitleButton asHeading="h4">{t('path.correct.showEarlier', { count: version - 1 })}</ExpanderTitleButton>
      <ExpanderContent>
        {versions.isPending ? (
          <LoadingState />
        ) : versions.isError ? (
          <RequestError error={versions.error} />
        ) : (
          <ol className="version-list" reversed>
            {versions.data.items.map((ver) => (
              <li key={ver.version} data-testid="earlier-version">
                <strong>{t('path.correct.version', { version: ver.version })}</strong>{' '}
                {t('path.correct.writtenBy', { name: ver.written_by_name, time: formatDateTime(ver.written_at) })}
                <div className="version-list__text">{describe(ver.fields as Record<string, unknown>)}</div>
                <div className="record__meta">
                  {t('path.correct.correctedBy', { name: ver.corrected_by_name, time: formatDateTime(ver.corrected_at), reason: ver.reason })}
                </div>
              </li>
            ))}
          </ol>
        )}
      </ExpanderContent>
    </Expander>
  );
}

/** The required reason of a correction (or an addendum). */
export function ReasonField<T>({ form, label }: { form: Form<T>; label?: string }) {
  const { t } = useTranslation();
  return (
    <Textarea
      {...form.textarea('reason')}
      labelText={label ?? t('path.correct.reason')}
      hintText={t('path.correct.reasonHint')}
      fullWidth
      mb="m"
    />
  );
}
