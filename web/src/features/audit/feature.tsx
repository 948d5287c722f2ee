// The access log, for those the server gives audit_read.
import type { Feature } from '../../lib/features';

export const feature: Feature = {
  routes: [{ path: '/audit', needs: 'audit_read', page: () => import('./components/AuditPage').then((m) => m.AuditPage) }],
  nav: [{ to: '/audit', labelKey: 'nav.audit', order: 30, needs: 'audit_read' }],
};
