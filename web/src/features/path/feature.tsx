// The client's path: the client page's tabs (the `clientPage` extension point of lib/features.ts;
// each tab gets the client as outlet context), the print pages and the period links.
import type { Feature, FeatureRoute } from '../../lib/features';

const printPages = () => import('./components/PrintPages');

const tab = (path: string, tab: FeatureRoute['tab'], page: FeatureRoute['page']): FeatureRoute => ({
  parent: 'clientPage',
  path,
  tab,
  page,
});

export const feature: Feature = {
  routes: [
    tab('plan', { labelKey: 'client.tabs.plan', order: 10 }, () => import('./components/PlanTab').then((m) => m.PlanTab)),
    tab('meetings', { labelKey: 'client.tabs.meetings', order: 20 }, () => import('./components/MeetingsTab').then((m) => m.MeetingsTab)),
    tab('network', { labelKey: 'client.tabs.network', order: 30 }, () => import('./components/NetworkTab').then((m) => m.NetworkTab)),
    tab('documents', { labelKey: 'client.tabs.documents', order: 40 }, () => import('./components/DocumentsTab').then((m) => m.DocumentsTab)),
    tab('timeline', { labelKey: 'client.tabs.timeline', order: 50 }, () => import('./components/TimelineTab').then((m) => m.TimelineTab)),
    { path: '/clients/:id/plan/print', page: () => printPages().then((m) => m.PrintPlanPage) },
    { path: '/decisions/:id/print', page: () => printPages().then((m) => m.PrintDecisionPage) },
    { path: '/periods/:id', page: () => import('./components/PeriodRedirect').then((m) => m.PeriodRedirect) },
  ],
};
