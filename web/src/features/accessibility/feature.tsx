// The accessibility statement: public, and the last entry of the main navigation.
import type { Feature } from '../../lib/features';

export const feature: Feature = {
  routes: [
    {
      path: '/accessibility',
      access: 'public',
      page: () => import('./components/AccessibilityPage').then((m) => m.AccessibilityPage),
    },
  ],
  nav: [{ to: '/accessibility', labelKey: 'nav.accessibility', order: 100 }],
};
