import { createCookie } from '@remix-run/node';
import { RemixI18Next } from 'remix-i18next/server';
import { DEFAULT_LOCALE, isLocale, type Locale, LOCALES } from './i18n';

/*
 * Which language a request reads, without the catalogues: kept apart from i18n.server.ts (which
 * bundles every catalogue through Vite) so the session and auth modules, and their unit tests, load
 * without the bundler.
 */

/** The language a visitor chose with the switcher, for a year (no sign-in needed). */
export const localeCookie = createCookie('lng', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
  secure: (process.env.WEB_URL ?? '').startsWith('https://'),
});

const visitorDetector = new RemixI18Next({
  detection: {
    supportedLanguages: [...LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    cookie: localeCookie,
    order: ['cookie', 'header'],
  },
});

/**
 * The language of a person already looked up (auth.server.ts has their saved preference in hand),
 * else the switcher's cookie or the browser's: the same order without a second API call.
 */
export async function localeFor(request: Request, saved: unknown): Promise<Locale> {
  if (isLocale(saved)) return saved;
  const detected = await visitorDetector.getLocale(request);
  return isLocale(detected) ? detected : DEFAULT_LOCALE;
}
