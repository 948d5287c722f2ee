// The route table. Paths carry only opaque ids — never a name, an identity code or a search.
import { Navigate } from 'react-router';
import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { RequireAuth, RequireCapability } from './layout/guards';
import { HomePage } from './routes/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { AccessibilityPage } from '../features/accessibility/components/AccessibilityPage';
import { ClientsPage } from '../features/clients/components/ClientsPage';
import { NewClientPage } from '../features/clients/components/NewClientPage';
import { ClientOverview, ClientPage } from '../features/clients/components/ClientPage';
import { PlanTab } from '../features/path/components/PlanTab';
import { MeetingsTab } from '../features/path/components/MeetingsTab';
import { NetworkTab } from '../features/path/components/NetworkTab';
import { DocumentsTab } from '../features/path/components/DocumentsTab';
import { TimelineTab } from '../features/path/components/TimelineTab';
import { PrintDecisionPage, PrintPlanPage } from '../features/path/components/PrintPages';
import { PeriodRedirect } from '../features/path/components/PeriodRedirect';
import { AppealTextsPage } from '../features/admin/components/AppealTextsPage';
import { UsersPage } from '../features/admin/components/UsersPage';
import { UnitsPage } from '../features/admin/components/UnitsPage';
import { MunicipalitiesPage } from '../features/admin/components/MunicipalitiesPage';
import { AuditPage } from '../features/audit/components/AuditPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/accessibility', element: <AccessibilityPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: '/clients',
            element: (
              <RequireCapability capability="clients.search">
                <ClientsPage />
              </RequireCapability>
            ),
          },
          {
            path: '/clients/new',
            element: (
              <RequireCapability capability="clients.create">
                <NewClientPage />
              </RequireCapability>
            ),
          },
          {
            // The client page and its tabs (sub-routes); the tabs get the client as outlet context.
            path: '/clients/:id',
            element: <ClientPage />,
            children: [
              { index: true, element: <ClientOverview /> },
              { path: 'plan', element: <PlanTab /> },
              { path: 'meetings', element: <MeetingsTab /> },
              { path: 'network', element: <NetworkTab /> },
              { path: 'documents', element: <DocumentsTab /> },
              { path: 'timeline', element: <TimelineTab /> },
            ],
          },
          { path: '/clients/:id/plan/print', element: <PrintPlanPage /> },
          { path: '/decisions/:id/print', element: <PrintDecisionPage /> },
          { path: '/periods/:id', element: <PeriodRedirect /> },
          { path: '/admin', element: <Navigate to="/admin/users" replace /> },
          {
            path: '/admin/users',
            element: (
              <RequireCapability capability="admin">
                <UsersPage />
              </RequireCapability>
            ),
          },
          {
            path: '/admin/units',
            element: (
              <RequireCapability capability="admin">
                <UnitsPage />
              </RequireCapability>
            ),
          },
          {
            path: '/admin/municipalities',
            element: (
              <RequireCapability capability="admin">
                <MunicipalitiesPage />
              </RequireCapability>
            ),
          },
          {
            path: '/admin/appeal-instructions',
            element: (
              <RequireCapability capability="admin">
                <AppealTextsPage />
              </RequireCapability>
            ),
          },
          {
            path: '/audit',
            element: (
              <RequireCapability capability="audit">
                <AuditPage />
              </RequireCapability>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
