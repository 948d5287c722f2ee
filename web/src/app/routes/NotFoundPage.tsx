import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <Paragraph mb="m">{t('notFound.text')}</Paragraph>
      <RouterLink asComponent={Link} to="/">
        {t('notFound.home')}
      </RouterLink>
    </Page>
  );
}
