import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeLanguage } from 'remix-i18next/react';
import { ErrorPage } from '~/components/error-page';
import { SiteHeader } from '~/components/site-header';
import { csrfToken } from '~/lib/csrf.server';
import { textDirection } from '~/lib/i18n';
import { requestLocale } from '~/lib/i18n.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { useNonce } from '~/lib/nonce';
import { usePageLocale } from '~/lib/use-page-locale';
import stylesUrl from '~/styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesUrl },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export const meta: MetaFunction<typeof loader> = ({ matches }) => [
  pageTitle(matches, null),
  { name: 'description', content: metaT(matches)('meta.description') },
];

/**
 * The session's form token, for every state-changing form on every page (components/form.tsx), and
 * the page's language (lib/i18n.server.ts says how it is chosen).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const [csrf, locale] = await Promise.all([csrfToken(request), requestLocale(request)]);
  return { csrf, locale };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const locale = usePageLocale();
  const { t } = useTranslation();
  // A switch of language revalidates the root loader; i18next follows it (loading the catalogue).
  useChangeLanguage(locale);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** The last resort: an error outside the portal and public layouts (they have their own boundaries). */
export function ErrorBoundary() {
  const error = useRouteError();
  return (
    <>
      <SiteHeader />
      <main id="main" className="container page">
        <ErrorPage error={error} />
      </main>
    </>
  );
}
