// A centred spinner with a text that screen readers announce.
import { LoadingSpinner } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

export function LoadingState({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading-state">
      <LoadingSpinner status="loading" text={text ?? t('common.loading')} textAlign="right" />
    </div>
  );
}
