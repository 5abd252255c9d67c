import i18next, { type Resource } from 'i18next';
import { RemixI18Next } from 'remix-i18next/server';
import { userApi } from './api.server';
import { DEFAULT_LOCALE, i18nOptions, isLocale, type Locale, LOCALES } from './i18n';
import { localeCookie } from './locale-detection.server';
import { getSession } from './session.server';

/** Every catalogue, bundled into the server build (the browser loads only its own language). */
const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', {
  eager: true,
  import: 'default',
});
export const resources: Resource = {};
for (const [path, catalogue] of Object.entries(files)) {
  const [, lng, ns] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  (resources[lng!] ??= {})[ns!] = catalogue;
}

/** The language a signed-in person saved, read through the current-user API (null when none). */
async function savedPreference(request: Request): Promise<string | null> {
  const token = (await getSession(request)).get('token');
  if (!token) return null;
  const me = await userApi(token).me();
  return me.ok ? me.data.user.locale : null;
}

/**
 * remix-i18next's detector in our order: the signed-in person's saved preference, else the cookie
 * the switcher sets, else the browser's Accept-Language, else English.
 */
export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    cookie: localeCookie,
    order: ['custom', 'cookie', 'header'],
    findLocale: savedPreference,
  },
  i18next: { ...i18nOptions, resources },
});

/** The request's language, always one the portal has catalogues for. */
export async function requestLocale(request: Request): Promise<Locale> {
  const detected = await i18nServer.getLocale(request);
  return isLocale(detected) ? detected : DEFAULT_LOCALE;
}

/** A translate function in the request's language, for text made on the server (titles, notices). */
export async function serverT(request: Request) {
  return i18nServer.getFixedT(await requestLocale(request), ['common', 'validation']);
}

// The shared instance meta functions translate through (i18n-meta.ts); synchronous, as every
// catalogue is already in memory.
void i18next.init({ ...i18nOptions, resources, initImmediate: false });
