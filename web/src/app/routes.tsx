// The route table. Paths carry only opaque ids — never a name, an identity code or a search.
// Every page is its own chunk (React.lazy), loaded when its route is first shown: the first
// load fetches only the frame (layout, guards, session, i18n) and the libraries it needs
// (bench/RESULTS.md "Web app size"). While a page's chunk loads, LoadingState announces it.
import { Suspense, lazy } from 'react';
import type { ComponentType } from 'react';
import { Navigate } from 'react-router';
import type { RouteObject } from 'react-router';
import { LoadingState } from '../components/LoadingState';
import { AppLayout } from './layout/AppLayout';
import { RequireAuth, RequireCapability } from './layout/guards';

/** A page loaded on first use: `load` imports its module, `name` is the component exported. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Page = lazy(() => load().then((m): { default: ComponentType } => ({ default: m[name] })));
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}

const clientPage = () => import('../features/clients/components/ClientPage');
const printPages = () => import('../features/path/components/PrintPages');

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: '/login', element: page(() => import('../features/auth/components/LoginPage'), 'LoginPage') },
      { path: '/accessibility', element: page(() => import('../features/accessibility/components/AccessibilityPage'), 'AccessibilityPage') },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: page(() => import('./routes/HomePage'), 'HomePage') },
          {
            path: '/clients',
            element: (
              <RequireCapability capability="clients.search">
                {page(() => import('../features/clients/components/ClientsPage'), 'ClientsPage')}
              </RequireCapability>
            ),
          },
          {
            path: '/clients/new',
            element: (
              <RequireCapability capability="clients.create">
                {page(() => import('../features/clients/components/NewClientPage'), 'NewClientPage')}
              </RequireCapability>
            ),
          },
          {
            // The client page and its tabs (sub-routes); the tabs get the client as outlet context.
            path: '/clients/:id',
            element: page(clientPage, 'ClientPage'),
            children: [
              { index: true, element: page(clientPage, 'ClientOverview') },
              { path: 'plan', element: page(() => import('../features/path/components/PlanTab'), 'PlanTab') },
              { path: 'meetings', element: page(() => import('../features/path/components/MeetingsTab'), 'MeetingsTab') },
              { path: 'network', element: page(() => import('../features/path/components/NetworkTab'), 'NetworkTab') },
              { path: 'documents', element: page(() => import('../features/path/components/DocumentsTab'), 'DocumentsTab') },
              { path: 'timeline', element: page(() => import('../features/path/components/TimelineTab'), 'TimelineTab') },
            ],
          },
          { path: '/clients/:id/plan/print', element: page(printPages, 'PrintPlanPage') },
          { path: '/decisions/:id/print', element: page(printPages, 'PrintDecisionPage') },
          { path: '/periods/:id', element: page(() => import('../features/path/components/PeriodRedirect'), 'PeriodRedirect') },
          { path: '/admin', element: <Navigate to="/admin/users" replace /> },
          {
            path: '/admin/users',
            element: (
              <RequireCapability capability="admin">
                {page(() => import('../features/admin/components/UsersPage'), 'UsersPage')}
              </RequireCapability>
            ),
          },
          {
            path: '/admin/units',
            element: (
              <RequireCapability capability="admin">
                {page(() => import('../features/admin/components/UnitsPage'), 'UnitsPage')}
              </RequireCapability>
            ),
          },
          {
            path: '/admin/municipalities',
            element: (
              <RequireCapability capability="admin">
                {page(() => import('../features/admin/components/MunicipalitiesPage'), 'MunicipalitiesPage')}
              </RequireCapability>
            ),
          },
          {
            path: '/admin/appeal-instructions',
            element: (
              <RequireCapability capability="admin">
                {page(() => import('../features/admin/components/AppealTextsPage'), 'AppealTextsPage')}
              </RequireCapability>
            ),
          },
          {
            path: '/audit',
            element: (
              <RequireCapability capability="audit">
                {page(() => import('../features/audit/components/AuditPage'), 'AuditPage')}
              </RequireCapability>
            ),
          },
          { path: '*', element: page(() => import('./routes/NotFoundPage'), 'NotFoundPage') },
        ],
      },
    ],
  },
];
