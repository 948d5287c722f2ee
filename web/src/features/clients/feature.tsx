// The clients feature: search, registration, and the client page (/clients/:id), which holds the
// `clientPage` extension point — other features add its tabs (lib/features.ts); its own tab is the
// overview.
import type { Feature } from '../../lib/features';

const clientPage = () => import('./components/ClientPage');

export const feature: Feature = {
  routes: [
    { path: '/clients', needs: 'client_search', page: () => import('./components/ClientsPage').then((m) => m.ClientsPage) },
    { path: '/clients/new', needs: 'client_create', page: () => import('./components/NewClientPage').then((m) => m.NewClientPage) },
    { path: '/clients/:id', slot: 'clientPage', page: () => clientPage().then((m) => m.ClientPage) },
    {
      parent: 'clientPage',
      index: true,
      tab: { labelKey: 'client.tabs.overview', order: 0 },
      page: () => clientPage().then((m) => m.ClientOverview),
    },
  ],
  nav: [{ to: '/clients', labelKey: 'nav.clients', order: 10, needs: 'client_search' }],
};
