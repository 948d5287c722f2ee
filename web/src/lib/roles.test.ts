// What the web app offers follows the actions the server gives (GET /me `actions`): each page and
// button has exactly one action it needs, and decisions go to social workers. (The navigation the
// features declare is tested in app/nav.test.ts.)
import { describe, expect, it } from 'vitest';
import { can, hasAction, isKeyWorker, rolesOf } from './roles';
import type { Capability } from './roles';
import { makeMe } from '../test/fake-api';
import type { Me, UserAction } from '../types/api';

const ALL: Capability[] = ['clients.create', 'clients.accessReason', 'dashboard', 'decisions.make'];
const withActions = (actions: UserAction[], roles: Me['roles'] = []) => ({ actions, roles });
const offered = (user: Parameters<typeof can>[0]) => ALL.filter((c) => can(user, c));

describe('roles', () => {
  it('maps each capability to the one server action it needs', () => {
    expect(offered(withActions(['client_create']))).toEqual(['clients.create', 'clients.accessReason', 'dashboard']);
    // actions that offer no button of their own (pages declare theirs in their feature)
    expect(offered(withActions(['client_search', 'admin_read', 'audit_read', 'admin_write', 'report_read']))).toEqual([]);
  });

  it('offers nothing to nobody', () => {
    expect(offered(null)).toEqual([]);
    expect(offered(undefined)).toEqual([]);
    expect(offered({ actions: [], roles: [] })).toEqual([]);
    expect(rolesOf(null)).toEqual([]);
    expect(rolesOf(undefined)).toEqual([]);
    expect(hasAction(null, 'client_search')).toBe(false);
  });

  it('offers the decision form to social workers only (by role, not by action)', () => {
    expect(can(makeMe(['social_worker']), 'decisions.make')).toBe(true);
    expect(can(makeMe(['social_counsellor']), 'decisions.make')).toBe(false);
    expect(can(makeMe(['manager', 'admin']), 'decisions.make')).toBe(false);
    // the role alone decides, whatever the actions say
    expect(can({ actions: [], roles: makeMe(['social_worker']).roles }, 'decisions.make')).toBe(true);
    expect(can(withActions(['client_create', 'client_search']), 'decisions.make')).toBe(false);
  });

  it('lists each role once, in the order given', () => {
    const me = makeMe(['manager', 'social_worker']);
    const roles = [...me.roles, { ...me.roles[0], unit: 'u2' }];
    expect(rolesOf({ roles })).toEqual(['manager', 'social_worker']);
  });

  it('calls key workers those who may register clients', () => {
    expect(isKeyWorker(makeMe(['social_worker']))).toBe(true);
    expect(isKeyWorker(makeMe(['social_counsellor']))).toBe(true);
    expect(isKeyWorker(makeMe(['manager']))).toBe(false);
    expect(isKeyWorker(null)).toBe(false);
  });
});
