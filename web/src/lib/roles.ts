// What the web app offers a user, from the actions the server says their roles permit
// (GET /me and the login response: `actions`, computed by security::authorize()). The server
// decides every access; this only decides which pages and buttons are offered, so that nobody is
// shown a door that will not open. Pages and navigation entries name the action they need in
// their feature's declaration (lib/features.ts); the capabilities here are the buttons and
// sections inside pages.
import type { Me, Role, UserAction } from '../types/api';

export type Capability = 'clients.create' | 'clients.accessReason' | 'dashboard' | 'decisions.make';

type User = Pick<Me, 'roles' | 'actions'> | null | undefined;

// The server action each page or button needs. Key-worker work (the dashboard, recording an
// access reason) needs client_create: the server gates GET /dashboard with it, and it is what
// makes someone a key worker (social workers and counsellors).
const NEEDS: Record<Exclude<Capability, 'decisions.make'>, UserAction> = {
  'clients.create': 'client_create',
  'clients.accessReason': 'client_create',
  dashboard: 'client_create',
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
