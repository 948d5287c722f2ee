// "Luonnos tallennettu klo 12.03": the state of a form's server-side draft, announced politely.
import { Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { AutosaveState } from '../../lib/drafts';
import { formatTime } from '../../lib/format';

export function AutosaveStatus({ state }: { state: AutosaveState }) {
  const { t } = useTranslation();
  let text = '';
  if (state.kind === 'saving') text = t('drafts.saving');
  else if (state.kind === 'saved') text = t('drafts.saved', { time: formatTime(state.at) });
  else if (state.kind === 'failed') text = t('drafts.failed');
  return (
    <p className="autosave-status" role="status">
      {text && <Text color={state.kind === 'failed' ? 'alertBase' : 'blackBase'}>{text}</Text>}
    </p>
  );
}
