import type { LinksFunction, MetaFunction } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from '@remix-run/react';
import type { ReactNode } from 'react';
import { SiteHeader } from '~/components/site-header';
import stylesUrl from '~/styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesUrl },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export const meta: MetaFunction = () => [
  { title: 'Linkage Exchange' },
  { name: 'description', content: 'Where lead firms find local suppliers and producer groups sell jointly.' },
];

export function Layout({ children }: { children: ReactNode }) {
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
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** Renders a thrown response or an unexpected error as a page that still looks like the product. */
export function ErrorPage({ error }: { error: unknown }) {
  let status = 500;
  let title = 'Something went wrong';
  let detail = 'An unexpected error stopped this page. Please try again; if it keeps happening, tell us what you were doing.';
  if (isRouteErrorResponse(error)) {
    status = error.status;
    const message = typeof error.data === 'string' && error.data ? error.data : undefined;
    if (status === 404) {
      title = 'Page not found';
      detail = message ?? 'The page you asked for does not exist or was moved.';
    } else if (status === 403) {
      title = 'Not allowed';
      detail = message ?? 'Your account does not have access to this page.';
    } else if (status === 503) {
      title = 'Service unavailable';
      detail = message ?? 'The exchange is not reachable right now. Please try again in a moment.';
    } else if (status < 500) {
      title = error.statusText || 'Request refused';
      detail = message ?? detail;
    }
  } else if (error instanceof Error && import.meta.env.DEV) {
    detail = error.message;
  }
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-page__code">{status}</p>
      <h1 id="error-title">{title}</h1>
      <p className="error-page__detail">{detail}</p>
      <p>
        <Link className="button button--primary" to="/">
          Back to the start
        </Link>
      </p>
    </section>
  );
}

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
