// The navigation the features declare (app/features.ts): exactly the pages the user may open, by
// the actions the server gives (GET /me `actions`), in display order.
import { describe, expect, it } from 'vitest';
import { navItemsFor } from './features';
import { makeMe } from '../test/fake-api';
import type { Me, UserAction } from '../types/api';

const withActions = (actions: UserAction[], roles: Me['roles'] = []) => ({ actions, roles });

describe('navItemsFor', () => {
  it('lists exactly the pages a user may open, in display order', () => {
    expect(navItemsFor(null)).toEqual([
      { to: '/', labelKey: 'nav.home' },
      { to: '/accessibility', labelKey: 'nav.accessibility' },
    ]);
    expect(navItemsFor(withActions(['client_search', 'admin_read', 'audit_read']))).toEqual([
      { to: '/', labelKey: 'nav.home' },
      { to: '/clients', labelKey: 'nav.clients' },
      { to: '/admin', labelKey: 'nav.admin' },
      { to: '/audit', labelKey: 'nav.audit' },
      { to: '/accessibility', labelKey: 'nav.accessibility' },
    ]);
    expect(navItemsFor(makeMe(['auditor'])).map((i) => i.to)).toEqual(['/', '/audit', '/accessibility']);
    expect(navItemsFor(makeMe(['admin'])).map((i) => i.to)).toEqual(['/', '/admin', '/accessibility']);
    expect(navItemsFor(makeMe(['social_counsellor'])).map((i) => i.to)).toEqual(['/', '/clients', '/accessibility']);
    // Issue 8: a manager's list is the caseload view, not a search leading to closed records.
    expect(navItemsFor(makeMe(['manager'])).map((i) => i.to)).toEqual(['/', '/caseload', '/accessibility']);
  });
});
