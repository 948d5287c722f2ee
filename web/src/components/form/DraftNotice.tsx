// "A draft from 24.11.2026 12.03 was restored" with a button to start over, and a warning when
// the draft could not be read.
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';

export function DraftNotice({
  restoredAt,
  loadFailed,
  onDiscard,
}: {
  restoredAt: string | null;
  loadFailed?: boolean;
  onDiscard(): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {loadFailed && (
        <InlineAlert status="warning" mb="m">
          {t('drafts.loadFailed')}
        </InlineAlert>
      )}
      {restoredAt && (
        <InlineAlert status="neutral" mb="l" labelText={t('drafts.restoredTitle')}>
          <Paragraph mb="s">{t('drafts.restored', { time: formatDateTime(restoredAt) })}</Paragraph>
          <Button variant="secondary" onClick={onDiscard}>
            {t('drafts.discard')}
          </Button>
        </InlineAlert>
      )}
    </>
  );
}
