// Links between the admin pages (users, units, municipalities, appeal instructions).
import { NavLink } from 'react-router';
import { RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

const LINKS = [
  { to: '/admin/users', key: 'admin.users.title' },
  { to: '/admin/units', key: 'admin.units.title' },
  { to: '/admin/municipalities', key: 'admin.municipalities.title' },
  { to: '/admin/appeal-instructions', key: 'admin.appeal.title' },
];

export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.navLabel')} className="sub-nav">
      <ul>
        {LINKS.map((l) => (
          <li key={l.to}>
            <RouterLink asComponent={NavLink} to={l.to}>
              {t(l.key)}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
