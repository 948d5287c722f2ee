// The login page. After login the user returns to the page they asked for (a path only: client
// ids are opaque, nothing personal travels in the URL).
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useSession } from '../../../lib/session';
import { LoginForm } from './LoginForm';

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { status, login } = useSession();
  const navigate = useNavigate();
  const location = useLocation();

  if (status === 'authenticated') return <Navigate to={returnPath(location.state)} replace />;

  return (
    <Page title={t('login.title')}>
      <div className="narrow">
        <Paragraph mb="l">{t('login.intro')}</Paragraph>
        <LoginForm
          idPrefix="login"
          submitLabel={t('login.submit')}
          onLogin={async (u, p) => {
            const me = await login(u, p);
            void navigate(returnPath(location.state), { replace: true });
            return me;
          }}
        />
      </div>
    </Page>
  );
}
