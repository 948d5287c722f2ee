// What the web app offers a user, from the actions the server says their roles permit
// (GET /me and the login response: `actions`, computed by security::authorize()). The server
// decides every access; this only decides which pages and buttons are offered, so that nobody is
// shown a door that will not open.
import type { Me, Role, UserAction } from '../types/api';

export type Capability =
  | 'clients.search'
  | 'clients.create'
  | 'clients.accessReason'
  | 'dashboard'
  | 'decisions.make'
  | 'admin'
  | 'audit';

type User = Pick<Me, 'roles' | 'actions'> | null | undefined;

// The server action each page or button needs. Key-worker work (the dashboard, recording an
// access reason) needs client_create: the server gates GET /dashboard with it, and it is what
// makes someone a key worker (social workers and counsellors).
const NEEDS: Record<Exclude<Capability, 'decisions.make'>, UserAction> = {
  'clients.search': 'client_search',
  'clients.create': 'client_create',
  'clients.accessReason': 'client_create',
  dashboard: 'client_create',
  admin: 'admin_read',
  audit: 'audit_read',
};

export function rolesOf(user: Pick<Me, 'roles'> | null | undefined): Role[] {
  return [...new Set((user?.roles ?? []).map((r) => r.role))];
}

export function hasAction(user: User, action: UserAction): boolean {
  return (user?.actions ?? []).includes(action);
}

/** A key worker: may register clients and work on their path (see NEEDS). */
export function isKeyWorker(user: User): boolean {
  return hasAction(user, 'client_create');
}

export function can(user: User, capability: Capability): boolean {
  // Decision authority (client_decide) is about one client, so /me cannot list it: the form is
  // offered to social workers, the role the policy gives it to, and the server answers 403 to
  // anyone else.
  if (capability === 'decisions.make') return rolesOf(user).includes('social_worker');
  return hasAction(user, NEEDS[capability]);
}

export interface NavItem {
  to: string;
  /** i18n key of the link text */
  labelKey: string;
}

/** The main navigation for a user, in display order. */
export function navItemsFor(user: User): NavItem[] {
  const items: NavItem[] = [{ to: '/', labelKey: 'nav.home' }];
  if (can(user, 'clients.search')) items.push({ to: '/clients', labelKey: 'nav.clients' });
  if (can(user, 'admin')) items.push({ to: '/admin', labelKey: 'nav.admin' });
  if (can(user, 'audit')) items.push({ to: '/audit', labelKey: 'nav.audit' });
  items.push({ to: '/accessibility', labelKey: 'nav.accessibility' });
  return items;
}
