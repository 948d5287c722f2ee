// Route guards: a page behind login sends an anonymous visitor to /login (remembering only the
// path), and a page for certain roles tells others plainly that it is not for them. An expired
// session does not redirect: the re-login dialog keeps the page and its form as they are. A user
// with a temporary password sees only the "set your own password" page.
import { Navigate, Outlet, useLocation } from 'react-router';
import { Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { hasAction } from '../../lib/roles';
import { useSession } from '../../lib/session';
import type { UserAction } from '../../types/api';

// Seen once, by a user with a temporary password: loaded only then.
const ChangePasswordPage = lazy(() =>
  import('../../features/auth/components/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);

export function RequireAuth() {
  const { status, loggedOut, passwordChangeRequired } = useSession();
  const location = useLocation();
  if (status === 'loading') return <LoadingState />;
  if (status === 'anonymous') {
    return <Navigate to="/login" replace state={loggedOut ? null : { from: location.pathname }} />;
  }
  // A temporary password (set by an admin): nothing else until the user has set their own; then
  // the page they asked for appears in place.
  if (passwordChangeRequired) {
    return (
      <Suspense fallback={<LoadingState />}>
        <ChangePasswordPage />
      </Suspense>
    );
  }
  return <Outlet />;
}

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <Page title={t('noAccess.title')}>
      <Paragraph>{t('noAccess.text')}</Paragraph>
    </Page>
  );
}

/** A page for those the server gives `action` (/me `actions`): the route's `needs` in its feature's declaration. */
export function RequireAction({ action, children }: { action: UserAction; children: ReactNode }) {
  const { user } = useSession();
  if (!hasAction(user, action)) return <NoAccess />;
  return <>{children}</>;
}
