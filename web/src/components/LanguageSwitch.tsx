// Language choice (fi / sv / en) in the header, available before login too. Each language's name
// is written in that language, as users look for their own.
import { LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage } from '../i18n';
import type { Language } from '../i18n';

const NAMES: Record<Language, string> = {
  fi: 'Suomeksi (FI)',
  sv: 'På svenska (SV)',
  en: 'In English (EN)',
};

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage();
  return (
    <LanguageMenu
      buttonText={NAMES[lang]}
      aria-label={`${NAMES[lang]} – ${t('language.change')}`}
      className="language-switch"
    >
      {LANGUAGES.map((l) => (
        <LanguageMenuItem key={l} lang={l} selected={l === lang} onSelect={() => void i18n.changeLanguage(l)}>
          {NAMES[l]}
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}
