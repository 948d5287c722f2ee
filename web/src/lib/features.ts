// What a feature declares about itself, so that adding one is only its own folder: each
// `src/features/<name>/feature.tsx` exports `feature: Feature` (its routes and navigation
// entries), its texts are `src/features/<name>/i18n/{fi,sv,en}.json`, and the app collects both
// (src/app/features.ts). Only types and the extension points live here: shared code imports no
// feature, and features still never import each other.
//
// Extension points ("slots"): a page of one feature that other features add to. A route that
// declares `slot: 'clientPage'` is the client page; a route that declares `parent: 'clientPage'`
// becomes one of its sub-routes (and, with `tab`, one of its tabs), whichever feature it is in.
// The page reads its tabs with useSlotTabs(): the app provides them, so the owner of the page
// never names the features that add to it.
import { createContext, useContext } from 'react';
import type { ComponentType } from 'react';
import type { UserAction } from '../types/api';

/** The extension points. `clientPage`: the tabs of /clients/:id (each gets the client as outlet context). */
export type Slot = 'clientPage';

export interface FeatureRoute {
  /** Absolute ('/clients/new'), or for a route in a slot relative to the slot's page ('plan'). */
  path?: string;
  /** The default sub-route of a slot (`parent` set). */
  index?: boolean;
  /** The page, loaded on first use (its own chunk): `() => import('./components/X').then((m) => m.X)`. */
  page?: () => Promise<ComponentType>;
  /** Instead of a page: send the browser on to this path. */
  redirect?: string;
  /** The /me action (computed by the server) the page needs; others get "no access". */
  needs?: UserAction;
  /** `public`: shown without logging in (login, accessibility statement). Default: behind login. */
  access?: 'public' | 'user';
  /** This route's page is the extension point `slot`: its sub-routes are the routes with that `parent`. */
  slot?: Slot;
  /** This route is a sub-route of the page that holds `parent`. */
  parent?: Slot;
  /** For a sub-route of a slot: its tab (label key, and place among the tabs, lowest first). */
  tab?: { labelKey: string; order: number };
}

export interface FeatureNavEntry {
  to: string;
  /** i18n key of the link text */
  labelKey: string;
  /** Place in the main navigation, lowest first (the home page is 0). */
  order: number;
  /** The /me action a user needs to be offered the link. */
  needs?: UserAction;
}

export interface Feature {
  routes?: readonly FeatureRoute[];
  nav?: readonly FeatureNavEntry[];
}

/** A tab of a slot's page: `to` is relative to the page ('' for its index). */
export interface SlotTab {
  to: string;
  labelKey: string;
}

const SlotTabsContext = createContext<readonly SlotTab[]>([]);

/** Given by the app around a slot's page. */
export const SlotTabsProvider = SlotTabsContext.Provider;

/** The tabs the features have added to the page this is rendered in, in order. */
export function useSlotTabs(): readonly SlotTab[] {
  return useContext(SlotTabsContext);
}
