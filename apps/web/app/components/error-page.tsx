import { isRouteErrorResponse, Link } from '@remix-run/react';

/** Renders a thrown response or an unexpected error as a page that still looks like the product. */
export function ErrorPage({
  error,
  back = { to: '/', label: 'Back to the start' },
}: {
  error: unknown;
  /** Where to go from here: the dashboard inside the portal, the start page outside it. */
  back?: { to: string; label: string };
}) {
  let status = 500;
  let title = 'Something went wrong';
  let detail =
    'An unexpected error stopped this page. Please try again; if it keeps happening, tell us what you were doing.';
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
      <p className="button-row">
        <Link className="button button--primary" to={back.to}>
          {back.label}
        </Link>
        <Link className="button" to="/search">
          Search the exchange
        </Link>
      </p>
    </section>
  );
}
