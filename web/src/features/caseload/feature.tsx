// The manager's caseload view (issue 8; access.md: "caseload lists and phases of own units"): the
// clients of the manager's units per key worker, their phase, deadline and last contact, and
// counts per worker × phase. For those the server gives caseload_view (managers).
import type { Feature } from '../../lib/features';

export const feature: Feature = {
  routes: [
    {
      path: '/caseload',
      needs: 'caseload_view',
      page: () => import('./components/CaseloadPage').then((m) => m.CaseloadPage),
    },
  ],
  nav: [{ to: '/caseload', labelKey: 'nav.caseload', order: 12, needs: 'caseload_view' }],
};
