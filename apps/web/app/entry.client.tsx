import { RemixBrowser } from '@remix-run/react';
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, i18nOptions, isLocale } from '~/lib/i18n';

/** Each catalogue is its own chunk: the browser fetches only its language's (and a new one on a switch). */
const catalogues = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

/**
 * The server rendered the page in the language it put on <html lang>; the browser starts i18next in
 * that language, with its catalogues loaded, before hydrating, so both render the same text.
 */
async function hydrate() {
  const lang = document.documentElement.lang;
  await i18next
    .use(initReactI18next)
    .use(resourcesToBackend((lng: string, ns: string) => catalogues[`./locales/${lng}/${ns}.json`]!()))
    .init({ ...i18nOptions, lng: isLocale(lang) ? lang : DEFAULT_LOCALE, react: { useSuspense: false } });
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
