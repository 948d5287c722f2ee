// What each role may reach in the web app. The server decides every access; this only decides
// which pages and buttons are offered, so that nobody is shown a door that will not open.
import type { Me, Role } from '../types/api';

export const WORKER_ROLES: readonly Role[] = ['social_worker', 'social_counsellor'];

export type Capability =
  | 'clients.search'
  | 'clients.create'
  | 'clients.accessReason'
  | 'dashboard'
  | 'decisions.make'
  | 'admin'
  | 'audit';

const CAPABILITIES: Record<Capability, readonly Role[]> = {
  'clients.search': ['social_worker', 'social_counsellor', 'manager'],
  'clients.create': WORKER_ROLES,
  'clients.accessReason': WORKER_ROLES,
  // the key worker's home (my week, my clients, warnings)
  dashboard: WORKER_ROLES,
  // decision authority: social workers by default (the server decides; counsellors get 403)
  'decisions.make': ['social_worker'],
  admin: ['admin'],
  audit: ['auditor'],
};

export function rolesOf(user: Pick<Me, 'roles'> | null | undefined): Role[] {
  return [...new Set((user?.roles ?? []).map((r) => r.role))];
}

export function can(user: Pick<Me, 'roles'> | null | undefined, capability: Capability): boolean {
  const allowed = CAPABILITIES[capability];
  return rolesOf(user).some((r) => allowed.includes(r));
}

export interface NavItem {
  to: string;
  /** i18n key of the link text */
  labelKey: string;
}

/** The main navigation for a user, in display order. */
export function navItemsFor(user: Pick<Me, 'roles'> | null | undefined): NavItem[] {
  const items: NavItem[] = [{ to: '/', labelKey: 'nav.home' }];
  if (can(user, 'clients.search')) items.push({ to: '/clients', labelKey: 'nav.clients' });
  if (can(user, 'admin')) items.push({ to: '/admin', labelKey: 'nav.admin' });
  if (can(user, 'audit')) items.push({ to: '/audit', labelKey: 'nav.audit' });
  items.push({ to: '/accessibility', labelKey: 'nav.accessibility' });
  return items;
}
