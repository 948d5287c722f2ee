// Translations: Finnish is the default, Swedish and English one click away. The chosen language is
// kept in localStorage (`soku.lang`) and mirrored to <html lang> so that assistive technology
// reads the page in the right language. The files here hold the shared texts (frame, navigation,
// forms, errors, roles); each feature's own texts are in src/features/<name>/i18n/<lang>.json,
// which the app collects and adds with addTexts (src/app/features.ts): shared code imports no
// feature. A key is defined in one file only (i18n.test.ts).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';

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

void i18n.use(initReactI18next).init({
  // copies: addTexts merges the features' texts into these (i18next extends them in place)
  resources: {
    fi: { translation: structuredClone(fi) },
    sv: { translation: structuredClone(sv) },
    en: { translation: structuredClone(en) },
  },
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
