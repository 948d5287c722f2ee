// The frame of every page: skip link, header (service name, user and county, language, logout),
// main navigation by role, <main> for the page, and a footer with the accessibility statement.
import { Suspense, lazy, useEffect } from 'react';
import { Link as RRLink, NavLink, Outlet } from 'react-router';
import { Button, RouterLink, SkipLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { navItemsFor } from '../features';
import type { NavItem } from '../features';
import { localName } from '../../lib/organisation';
import { useSession } from '../../lib/session';

// The re-login dialog is needed only when a session expires: it is not part of the first load,
// and its chunk is fetched in the background once someone is logged in, so it is at hand then.
const loadSessionExpiredModal = () => import('../../features/auth/components/SessionExpiredModal');
const SessionExpiredModal = lazy(() => loadSessionExpiredModal().then((m) => ({ default: m.SessionExpiredModal })));

function NavEntry({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  // NavLink marks the current page with aria-current="page", which the styles also use.
  return (
    <li>
      <NavLink to={item.to} end={item.to === '/'} className="main-nav__link">
        {t(item.labelKey)}
      </NavLink>
    </li>
  );
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { user, logout, passwordChangeRequired } = useSession();
  const loggedIn = user !== null;
  useEffect(() => {
    if (loggedIn) void loadSessionExpiredModal();
  }, [loggedIn]);

  return (
    <div className="app">
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header__bar">
          <RRLink to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </RRLink>
          <div className="app-header__tools">
            {user && (
              <div className="user-info" data-testid="user-info">
                <Text variant="bold">{user.display_name}</Text>
                <Text>{localName(user.county, i18n.language)}</Text>
              </div>
            )}
            <LanguageSwitch />
            {user ? (
              <Button variant="secondary" onClick={() => void logout()}>
                {t('nav.logout')}
              </Button>
            ) : null}
          </div>
        </div>
        {user && !passwordChangeRequired && (
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul className="main-nav__list">
              {navItemsFor(user).map((item) => (
                <NavEntry key={item.to} item={item} />
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <Text>{t('footer.text')}</Text>
        <RouterLink asComponent={NavLink} to="/accessibility">
          {t('nav.accessibility')}
        </RouterLink>
        {!user && (
          <RouterLink asComponent={NavLink} to="/login">
            {t('nav.login')}
          </RouterLink>
        )}
      </footer>
      {user && (
        <Suspense fallback={null}>
          <SessionExpiredModal />
        </Suspense>
      )}
    </div>
  );
}
