import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from '@remix-run/react';
import type { ReactNode } from 'react';
import { ErrorPage } from '~/components/error-page';
import { SiteHeader } from '~/components/site-header';
import { csrfToken } from '~/lib/csrf.server';
import { useNonce } from '~/lib/nonce';
import stylesUrl from '~/styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesUrl },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export const meta: MetaFunction = () => [
  { title: 'Linkage Exchange' },
  { name: 'description', content: 'Where lead firms find local suppliers and producer groups sell jointly.' },
];

/** The session's form token, for every state-changing form on every page (components/form.tsx). */
export async function loader({ request }: LoaderFunctionArgs) {
  return { csrf: await csrfToken(request) };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
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
