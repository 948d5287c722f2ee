// The start page. For key workers (social workers and counsellors) it is their week: the dashboard
// of meetings, warnings and clients. For each other role, what they can do here now and, for
// roles whose pages come later, what they will be able to do.
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { can, hasAction, rolesOf } from '../../lib/roles';
import { Dashboard } from '../../features/dashboard/components/Dashboard';
import { localName } from '../../lib/organisation';
import { useUser } from '../../lib/session';
import type { Role, UserAction } from '../../types/api';

// The roles whose home is the dashboard (their card would repeat it).
const DASHBOARD_ROLES: readonly Role[] = ['social_worker', 'social_counsellor'];

// The page each role's card links to, shown when the server permits the action the page needs.
const LINKS: Partial<Record<Role, { to: string; labelKey: string; action: UserAction }>> = {
  social_worker: { to: '/clients', labelKey: 'nav.clients', action: 'client_search' },
  social_counsellor: { to: '/clients', labelKey: 'nav.clients', action: 'client_search' },
  manager: { to: '/caseload', labelKey: 'nav.caseload', action: 'caseload_view' },
  admin: { to: '/admin', labelKey: 'nav.admin', action: 'admin_read' },
  auditor: { to: '/audit', labelKey: 'nav.audit', action: 'audit_read' },
};

export function HomePage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const roles = rolesOf(user);
  return (
    <Page title={t('home.title')} heading={t('home.heading', { name: user.display_name })}>
      <Paragraph mb="l">{t('home.intro', { county: localName(user.county, i18n.language) })}</Paragraph>
      {roles.length === 0 && <Paragraph>{t('home.noRoles')}</Paragraph>}
      {can(user, 'dashboard') && <Dashboard />}
      {roles.filter((role) => !(DASHBOARD_ROLES.includes(role) && can(user, 'dashboard'))).map((role) => {
        const link = LINKS[role] && hasAction(user, LINKS[role].action) ? LINKS[role] : undefined;
        return (
          <section key={role} className="role-card" aria-labelledby={`role-${role}`}>
            <Heading variant="h2" id={`role-${role}`} mb="s">
              {t(`roles.${role}`)}
            </Heading>
            <Paragraph mb={link ? 's' : '0'}>{t(`home.roles.${role}`)}</Paragraph>
            {link && (
              <RouterLink asComponent={Link} to={link.to}>
                {t(link.labelKey)}
              </RouterLink>
            )}
          </section>
        );
      })}
    </Page>
  );
}
