import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n';

/** What a meta function receives of the matched routes; the root's data carries the page's language. */
type Matches = readonly ({ id: string; data?: unknown } | undefined)[];

function matchesLocale(matches: Matches): Locale {
  const root = matches.find((m) => m?.id === 'root')?.data as { locale?: unknown } | undefined;
  return isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE;
}

/**
 * Titles and descriptions in the page's language. Meta functions cannot use hooks, so they translate
 * through the shared i18next instance: on the server it holds every catalogue (i18n.server.ts), in
 * the browser the page's own.
 */
export function metaT(matches: Matches): TFunction {
  return i18next.getFixedT(matchesLocale(matches));
}

/** `<title>`: "<page> — Linkage Exchange", or the product's own title for the start page (null). */
export function pageTitle(matches: Matches, title: string | null): { title: string } {
  const t = metaT(matches);
  return { title: title ? t('meta.titled', { title }) : t('meta.home') };
}
