// The app collects every feature's declaration (app/features.ts): each folder under src/features
// declares itself, every declared route is in the route table, the table puts each route that
// needs an action behind its guard (a user without the action gets "no access" and the page asks
// the server nothing), and the client page's tabs come from whichever features add them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { FeatureRoute, SlotTab } from '../lib/features';
import { userActionValues } from '../types/api.generated';
import type { UserAction } from '../types/api';
import { FakeApi, makeMe } from '../test/fake-api';
import { renderApp } from '../test/render';
import { features, navItemsFor } from './features';
import type { CollectedFeature } from './features';
import { buildRoutes, routes } from './routes';

/** Every path in a route table, with the routes found there. */
function paths(table: RouteObject[], base = ''): Map<string, RouteObject> {
  const out = new Map<string, RouteObject>();
  for (const r of table) {
    const here = r.path === undefined ? base : r.path.startsWith('/') ? r.path : `${base}/${r.path}`;
    if (r.index) out.set(`${base || '/'} (index)`, r);
    else if (r.path !== undefined) out.set(here, r);
    for (const [p, child] of paths(r.children ?? [], here)) out.set(p, child);
  }
  return out;
}

/** Where a declared route should be: absolute, or under the page that holds its slot. */
function fullPath(route: FeatureRoute, all: readonly CollectedFeature[] = features): string {
  if (!route.parent) return route.path!;
  const holder = all.flatMap((f) => f.routes ?? []).find((r) => r.slot === route.parent);
  return route.index ? `${holder!.path} (index)` : `${holder!.path}/${route.path}`;
}

const declared = features.flatMap((f) => (f.routes ?? []).map((route) => ({ feature: f.name, route })));

function tabsOf(table: RouteObject[], path: string): readonly SlotTab[] {
  const element = paths(table).get(path)?.element as ReactElement<{ value: readonly SlotTab[] }>;
  return element.props.value;
}

describe('collected features', () => {
  it('has a declaration from every feature folder', () => {
    const dir = join(__dirname, '..', 'features');
    const folders = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort();
    expect(folders.length).toBeGreaterThan(5);
    expect(features.map((f) => f.name)).toEqual(folders);
  });

  it('puts every declared route in the route table, each path once', () => {
    const table = paths(routes);
    const wanted = declared.map(({ route }) => fullPath(route));
    expect(wanted.filter((p) => !table.has(p))).toEqual([]);
    expect(wanted.filter((p, i) => wanted.indexOf(p) !== i)).toEqual([]);
    // the app's own: home and "not found"
    expect([...table.keys()].filter((p) => !wanted.includes(p)).sort()).toEqual(['/ (index)', '/*']);
    expect(wanted).toEqual(expect.arrayContaining(['/admin/users', '/audit', '/clients/:id/plan', '/clients/:id/timeline']));
  });

  it('gives the client page its own overview tab and the path feature\'s tabs, in order', () => {
    expect(tabsOf(routes, '/clients/:id').map((t) => t.labelKey)).toEqual(
      ['overview', 'plan', 'meetings', 'network', 'documents', 'timeline'].map((k) => `client.tabs.${k}`),
    );
  });

  it('takes a tab from a new feature without the clients feature knowing it', () => {
    const groups: CollectedFeature = {
      name: 'groups',
      routes: [{ parent: 'clientPage', path: 'groups', tab: { labelKey: 'nav.home', order: 15 }, page: () => Promise.resolve(() => null) }],
    };
    const table = buildRoutes([...features, groups]);
    expect(tabsOf(table, '/clients/:id').map((t) => t.to)).toEqual(['', 'plan', 'groups', 'meetings', 'network', 'documents', 'timeline']);
    expect(paths(table).has('/clients/:id/groups')).toBe(true);
  });

  it('offers each feature\'s navigation entry to those with its action', () => {
    const all = makeMe([], { actions: [...userActionValues] });
    const entries = features.flatMap((f) => f.nav ?? []);
    expect(navItemsFor(all).map((i) => i.to)).toEqual(['/', ...[...entries].sort((a, b) => a.order - b.order).map((e) => e.to)]);
    for (const e of entries.filter((x) => x.needs)) {
      const without = makeMe([], { actions: userActionValues.filter((a) => a !== e.needs) });
      expect([e.to, navItemsFor(without).some((i) => i.to === e.to)]).toEqual([e.to, false]);
    }
  });
});

describe('route guards', () => {
  afterEach(() => vi.unstubAllGlobals());

  const guarded = declared.filter(({ route }) => route.needs);

  it('guards the pages that need an action', () => {
    expect(guarded.map(({ route }) => route.path)).toEqual(
      expect.arrayContaining(['/clients', '/clients/new', '/admin/users', '/admin/units', '/admin/municipalities', '/admin/appeal-instructions', '/audit']),
    );
  });

  it.each(guarded.map(({ feature, route }) => [fullPath(route), route.needs!, feature] as [string, UserAction, string]))(
    '%s without %s (features/%s) shows no page and asks the server nothing',
    async (path, needs) => {
      const api = new FakeApi()
        .on('GET', '/me', { status: 200, body: { user: makeMe(['social_worker', 'admin', 'auditor'], { actions: userActionValues.filter((a) => a !== needs) }), csrf_token: 't' } })
        .install();
      await renderApp(path.replace(/:id\b/g, 'c-1'));
      expect(await screen.findByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeInTheDocument();
      expect(api.calls('GET', /./).map((c) => c.path)).toEqual(['/me']);
    },
  );
});
