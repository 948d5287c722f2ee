// The frame of every page: skip link, header (service name, user and county, language, logout),
// main navigation by role, <main> for the page, and a footer with the accessibility statement.
// On a phone (below 600 px, app.css) the user, language, logout and navigation fold behind a
// menu button (aria-expanded; useHeaderMenu) so that the header stays one short row.
import { Suspense, lazy, useEffect } from 'react';
import { Link as RRLink, NavLink, Outlet } from 'react-router';
import { Button, RouterLink, SkipLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { navItemsFor } from '../features';
import type { NavItem } from '../features';
import { localName } from '../../lib/organisation';
import { useSession } from '../../lib/session';
import { useHeaderMenu } from './header-menu';
import { useStackedTables } from './stacked-tables';

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
  const { open: menuOpen, toggle: toggleMenu, buttonRef: menuButtonRef } = useHeaderMenu();
  useStackedTables();
  const showNav = user !== null && !passwordChangeRequired;
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
          {user && (
            <button
              type="button"
              ref={menuButtonRef}
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls={showNav ? 'header-tools main-nav' : 'header-tools'}
              onClick={toggleMenu}
            >
              <span className="menu-button__icon" aria-hidden="true" />
              {t('nav.menu')}
            </button>
          )}
          <div id="header-tools" className={`app-header__tools${user ? ' app-header__menu' : ''}${menuOpen ? ' is-open' : ''}`}>
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
        {showNav && (
          <nav id="main-nav" aria-label={t('nav.label')} className={`main-nav app-header__menu${menuOpen ? ' is-open' : ''}`}>
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
