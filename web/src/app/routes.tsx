// The route table, built from the features' declarations (app/features.ts, lib/features.ts).
// Paths carry only opaque ids — never a name, an identity code or a search. Every page is its own
// chunk (React.lazy), loaded when its route is first shown: the first load fetches only the frame
// (layout, guards, session, i18n, the declarations) and the libraries it needs (bench/RESULTS.md
// "Web app size"). While a page's chunk loads, LoadingState announces it. A route that needs an
// action is wrapped in RequireAction; a slot's page (the client page) gets the sub-routes and
// tabs that any feature declares for it.
import { Suspense, lazy } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { RouteObject } from 'react-router';
import { LoadingState } from '../components/LoadingState';
import { SlotTabsProvider } from '../lib/features';
import type { FeatureRoute, Slot, SlotTab } from '../lib/features';
import { features } from './features';
import type { CollectedFeature } from './features';
import { AppLayout } from './layout/AppLayout';
import { RequireAuth, RequireAction } from './layout/guards';

/** A page loaded on first use. */
function page(load: () => Promise<ComponentType>) {
  const Page = lazy(() => load().then((Component) => ({ default: Component })));
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}

function elementOf(route: FeatureRoute, where: string): ReactNode {
  let element: ReactNode;
  if (route.redirect !== undefined) element = <Navigate to={route.redirect} replace />;
  else if (route.page) element = page(route.page);
  else throw new Error(`${where}: a route needs a page or a redirect`);
  return route.needs ? <RequireAction action={route.needs}>{element}</RequireAction> : element;
}

/** The routes of a set of features: public ones, those behind login, and the slots' sub-routes. */
export function buildRoutes(all: readonly CollectedFeature[]): RouteObject[] {
  const declared = all.flatMap((f) => (f.routes ?? []).map((route) => ({ route, where: `features/${f.name}: ${route.path ?? 'index'}` })));
  const inSlot = (slot: Slot) => declared.filter(({ route }) => route.parent === slot);
  const top = (access: 'public' | 'user'): RouteObject[] =>
    declared
      .filter(({ route }) => route.parent === undefined && (route.access ?? 'user') === access)
      .map(({ route, where }): RouteObject => {
        if (!route.slot) return { path: route.path, element: elementOf(route, where) };
        const children = inSlot(route.slot);
        const tabs: SlotTab[] = children
          .filter(({ route: r }) => r.tab)
          .sort((a, b) => (a.route.tab?.order ?? 0) - (b.route.tab?.order ?? 0))
          .map(({ route: r }) => ({ to: r.index ? '' : (r.path ?? ''), labelKey: r.tab?.labelKey ?? '' }));
        return {
          path: route.path,
          element: <SlotTabsProvider value={tabs}>{elementOf(route, where)}</SlotTabsProvider>,
          children: children.map(({ route: r, where: w }): RouteObject =>
            r.index ? { index: true, element: elementOf(r, w) } : { path: r.path, element: elementOf(r, w) },
          ),
        };
      });

  return [
    {
      element: <AppLayout />,
      children: [
        ...top('public'),
        {
          element: <RequireAuth />,
          children: [
            { index: true, element: page(() => import('./routes/HomePage').then((m) => m.HomePage)) },
            ...top('user'),
            { path: '*', element: page(() => import('./routes/NotFoundPage').then((m) => m.NotFoundPage)) },
          ],
        },
      ],
    },
  ];
}

export const routes: RouteObject[] = buildRoutes(features);
