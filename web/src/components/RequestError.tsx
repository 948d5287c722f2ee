// A request that failed for a reason the page does not handle itself: a short, translated
// explanation, never a stack trace. A 401 needs no text here: the re-login dialog is showing.
import { InlineAlert } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';

export function errorMessageKey(error: unknown): string {
  if (!isApiError(error)) return 'errors.unexpected';
  switch (error.status) {
    case 0:
      return 'errors.network';
    case 401:
      return 'errors.sessionExpired';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 409:
      return 'errors.conflict';
    case 413:
      return 'errors.tooLarge';
    case 429:
      return 'errors.throttled';
    default:
      return error.status >= 500 ? 'errors.server' : 'errors.unexpected';
  }
}

export function RequestError({ error, mb }: { error: unknown; mb?: 'm' | 'l' }) {
  const { t } = useTranslation();
  return (
    <InlineAlert status="error" mb={mb ?? 'm'} role="alert">
      {t(errorMessageKey(error))}
    </InlineAlert>
  );
}
