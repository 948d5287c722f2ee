// /periods/:id — where a period's draft (extension, final evaluation) is resumed: finds the
// period's client and opens its documents.
import { Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { RequestError } from '../../../components/RequestError';
import { usePeriod } from '../api/get-period';

export function PeriodRedirect() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const period = usePeriod(id);
  if (period.isSuccess) return <Navigate to={`/clients/${encodeURIComponent(period.data.client_id)}/documents`} replace />;
  return <Page title={t('path.period.title')}>{period.isError ? <RequestError error={period.error} /> : <LoadingState />}</Page>;
}
