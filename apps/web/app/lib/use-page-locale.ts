import { useRouteLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { loader as rootLoader } from '~/root';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n';

/** The language of the page being shown: the root loader's, else (an error before it ran) the one i18next started in. */
export function usePageLocale(): Locale {
  const { i18n } = useTranslation();
  const chosen = useRouteLoaderData<typeof rootLoader>('root')?.locale;
  return isLocale(chosen) ? chosen : isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}
