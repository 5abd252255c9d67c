/**
 * The portal's languages (decision 0021), shared by server and browser: which exist, how each is
 * written, and the i18next options both sides start from. Catalogues live in app/locales/<lng>/.
 */
import { DEFAULT_LOCALE, type Locale, LOCALES } from '@linkage/domain';

/** The languages are the domain's (one list for the API, the e-mails and the portal). */
export { DEFAULT_LOCALE, isLocale, type Locale, LOCALES, textDirection } from '@linkage/domain';

/** Each language in its own name, as the switcher offers it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
};

/** One namespace per area of the portal; every page loads them all (they are small). */
export const NAMESPACES = ['common', 'validation'] as const;

export const i18nOptions = {
  supportedLngs: [...LOCALES],
  fallbackLng: DEFAULT_LOCALE,
  defaultNS: 'common',
  ns: [...NAMESPACES],
  // React escapes what it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  // Messages of the shared zod schemas are keyed by their English text, which has dots and colons.
  nsSeparator: ':',
  returnNull: false,
} as const;
