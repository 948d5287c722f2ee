// The dashboard has no route of its own: the app's home page shows it to key workers. Its texts
// are in ./i18n.
import type { Feature } from '../../lib/features';

export const feature: Feature = {};
