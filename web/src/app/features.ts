// The features, collected: every `src/features/<name>/feature.tsx` (its routes and navigation
// entries, lib/features.ts) and every `src/features/<name>/i18n/<lang>.json` (its texts, merged
// into the shared ones of src/i18n). Adding a feature is adding its folder; nothing here names
// one. The declarations and the Finnish texts are small and part of the first load; Swedish and
// English texts are loaded when chosen (src/i18n), and the pages stay chunks of their own, loaded
// on first use (routes.tsx).
import type { Feature, FeatureNavEntry } from '../lib/features';
import { hasAction } from '../lib/roles';
import { addTexts, setFeatureTextLoader } from '../i18n';
import type { Me } from '../types/api';

const declarations = import.meta.glob<Feature>('../features/*/feature.tsx', { eager: true, import: 'feature' });
const finnishTexts = import.meta.glob<Record<string, unknown>>('../features/*/i18n/fi.json', { eager: true, import: 'default' });
const otherTexts = import.meta.glob<Record<string, unknown>>('../features/*/i18n/{sv,en}.json', { import: 'default' });

export interface CollectedFeature extends Feature {
  /** the folder name under src/features */
  name: string;
}

const folderOf = (file: string) => file.split('/')[2];

export const features: readonly CollectedFeature[] = Object.entries(declarations)
  .map(([file, feature]) => ({ ...feature, name: folderOf(file) }))
  .sort((a, b) => a.name.localeCompare(b.name));

for (const tree of Object.values(finnishTexts)) addTexts('fi', tree);
setFeatureTextLoader((lang) =>
  Promise.all(
    Object.entries(otherTexts)
      .filter(([file]) => file.endsWith(`/${lang}.json`))
      .map(([, load]) => load()),
  ),
);

export type NavItem = Pick<FeatureNavEntry, 'to' | 'labelKey'>;

const HOME: FeatureNavEntry = { to: '/', labelKey: 'nav.home', order: 0 };

/**
 * The main navigation for a user, in display order: the home page and each feature's entries the
 * user's actions (from the server, /me) permit.
 */
export function navItemsFor(user: Pick<Me, 'roles' | 'actions'> | null | undefined): NavItem[] {
  return [HOME, ...features.flatMap((f) => f.nav ?? [])]
    .filter((e) => e.needs === undefined || hasAction(user, e.needs))
    .sort((a, b) => a.order - b.order)
    .map(({ to, labelKey }) => ({ to, labelKey }));
}
