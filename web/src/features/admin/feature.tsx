// Administration: the registers of users, units, municipalities and appeal instructions, for
// those the server gives admin_read.
import type { Feature } from '../../lib/features';

export const feature: Feature = {
  routes: [
    { path: '/admin', redirect: '/admin/users' },
    { path: '/admin/users', needs: 'admin_read', page: () => import('./components/UsersPage').then((m) => m.UsersPage) },
    { path: '/admin/units', needs: 'admin_read', page: () => import('./components/UnitsPage').then((m) => m.UnitsPage) },
    {
      path: '/admin/municipalities',
      needs: 'admin_read',
      page: () => import('./components/MunicipalitiesPage').then((m) => m.MunicipalitiesPage),
    },
    {
      path: '/admin/appeal-instructions',
      needs: 'admin_read',
      page: () => import('./components/AppealTextsPage').then((m) => m.AppealTextsPage),
    },
  ],
  nav: [{ to: '/admin', labelKey: 'nav.admin', order: 20, needs: 'admin_read' }],
};
