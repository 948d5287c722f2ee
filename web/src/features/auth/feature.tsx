// The auth feature's routes (see lib/features.ts). The re-login dialog and the own-password page
// are shown by the app's frame and guards, not by a route.
import type { Feature } from '../../lib/features';

export const feature: Feature = {
  routes: [{ path: '/login', access: 'public', page: () => import('./components/LoginPage').then((m) => m.LoginPage) }],
};
