// Translations: Finnish is the default, Swedish and English one click away. The chosen language is
// kept in localStorage (`soku.lang`) and mirrored to <html lang> so that assistive technology
// reads the page in the right language. The files here hold the shared texts (frame, navigation,
// forms, errors, roles); each feature's own texts are in src/features/<name>/i18n/<lang>.json,
// which the app collects and adds with addTexts (src/app/features.ts): shared code imports no
// feature. A key is defined in one file only (i18n.test.ts).
//
// Only Finnish (the default and the fallback) is part of the first load; Swedish and English, the
// shared texts and the features' alike, are loaded when first chosen (the backend below), so the
// first load carries one language, not three. i18n.changeLanguage waits for the texts, so a page
// never shows keys; main.tsx renders once the stored language is ready (i18nReady).
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from './fi.json';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const STORAGE_KEY = 'soku.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(v)) return v;
  } catch {
    // storage may be unavailable (privacy mode); fall back to Finnish
  }
  return 'fi';
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fi';
}

/** BCP 47 locale for dates and numbers in the current language. */
export function locale(lang: Language = currentLanguage()): string {
  return { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[lang];
}

i18n.on('languageChanged', (lng) => {
  if (!isLanguage(lng)) return;
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // ignore
  }
});

type Tree = { [key: string]: unknown };

/** Copies `from` into `into` without overwriting a key `into` has (addTexts' rule). */
function mergeTexts(into: Tree, from: Tree): Tree {
  for (const [key, value] of Object.entries(from)) {
    const there = into[key];
    if (there !== null && typeof there === 'object' && value !== null && typeof value === 'object') {
      mergeTexts(there as Tree, value as Tree);
    } else if (!(key in into)) {
      into[key] = value;
    }
  }
  return into;
}

const sharedTexts: Record<Exclude<Language, 'fi'>, () => Promise<Tree>> = {
  sv: () => import('./sv.json').then((m) => m.default as Tree),
  en: () => import('./en.json').then((m) => m.default as Tree),
};
let featureTexts: (lang: Language) => Promise<Tree[]> = () => Promise.resolve([]);

/** How the features' texts in a language are loaded (src/app/features.ts sets it). */
export function setFeatureTextLoader(load: (lang: Language) => Promise<Tree[]>): void {
  featureTexts = load;
}

// Swedish and English on first use: the shared file and every feature's, as one bundle. (The
// loader is read after the shared file has arrived, by which time the app's modules, features.ts
// among them, have all been evaluated.)
const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language) || language === 'fi') {
      callback(null, {});
      return;
    }
    sharedTexts[language]()
      .then(async (shared) => {
        const tree = structuredClone(shared);
        for (const feature of await featureTexts(language)) mergeTexts(tree, feature);
        callback(null, tree);
      })
      .catch((e: unknown) => callback(e instanceof Error ? e : new Error(String(e)), false));
  },
};

/** Resolves when the texts of the stored language are in place. */
export const i18nReady = i18n.use(lazyLanguages).use(initReactI18next).init({
  // a copy: addTexts merges the features' Finnish texts into it (i18next extends it in place)
  resources: { fi: { translation: structuredClone(fi) } },
  partialBundledLanguages: true,
  lng: storedLanguage(),
  fallbackLng: 'fi',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = currentLanguage();

/**
 * Adds a feature's texts in one language to the shared ones (deep: a feature may add keys under a
 * shared group such as `nav`). An existing key is never overwritten; the key-parity test makes sure
 * no key is defined twice.
 */
export function addTexts(lang: Language, tree: Record<string, unknown>): void {
  i18n.addResourceBundle(lang, 'translation', tree, true, false);
}

export default i18n;
