import { useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { LOCALE_NAMES, LOCALES } from '~/lib/i18n';
import { usePageLocale } from '~/lib/use-page-locale';

/**
 * The language menu in every header. A disclosure holding one small form, so it works without
 * JavaScript: each language is a submit button posting to /locale, which comes back here.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = usePageLocale();
  const { pathname, search } = useLocation();
  return (
    <details className="language-switcher">
      <summary>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm4.9 6.2h-2.1a11 11 0 0 0-.8-3.9 5.5 5.5 0 0 1 2.9 3.9ZM8 2.6c.6.8 1.1 2.5 1.2 4.6H6.8C6.9 5.1 7.4 3.4 8 2.6Zm-2 .7a11 11 0 0 0-.8 3.9H3.1A5.5 5.5 0 0 1 6 3.3ZM3.1 8.8h2.1c.1 1.5.4 2.8.8 3.9a5.5 5.5 0 0 1-2.9-3.9ZM8 13.4c-.6-.8-1.1-2.5-1.2-4.6h2.4c-.1 2.1-.6 3.8-1.2 4.6Zm2-.7c.4-1.1.7-2.4.8-3.9h2.1a5.5 5.5 0 0 1-2.9 3.9Z"
          />
        </svg>
        <span className="language-switcher__current">{current.toUpperCase()}</span>
        {/* Named after what it shows (the code), then what it does. */}
        <span className="visually-hidden"> {t('language.choose', { language: LOCALE_NAMES[current] })}</span>
      </summary>
      <Form method="post" action="/locale" className="language-switcher__menu">
        <input type="hidden" name="redirectTo" value={`${pathname}${search}`} />
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-current={locale === current ? 'true' : undefined}
          >
            {LOCALE_NAMES[locale]}
          </button>
        ))}
      </Form>
    </details>
  );
}
