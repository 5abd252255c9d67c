import { isRouteErrorResponse, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

/** Renders a thrown response or an unexpected error as a page that still looks like the product. */
export function ErrorPage({
  error,
  back = 'start',
}: {
  error: unknown;
  /** Where to go from here: the dashboard inside the portal, the start page outside it. */
  back?: 'start' | 'dashboard';
}) {
  const { t } = useTranslation();
  let status = 500;
  let title = t('error.unexpected.title');
  let detail = t('error.unexpected.detail');
  if (isRouteErrorResponse(error)) {
    status = error.status;
    // A thrown response's own text: the API's or an action's explanation (already in the reader's language where it can be).
    const message =
      typeof error.data === 'string' && error.data
        ? t(error.data, {
            ns: 'validation',
            defaultValue: error.data,
            keySeparator: false,
            nsSeparator: false,
          })
        : undefined;
    if (status === 404) {
      title = t('error.notFound.title');
      detail = message ?? t('error.notFound.detail');
    } else if (status === 403) {
      title = t('error.forbidden.title');
      detail = message ?? t('error.forbidden.detail');
    } else if (status === 503) {
      title = t('error.unavailable.title');
      detail = message ?? t('error.unavailable.detail');
    } else if (status < 500) {
      title = t('error.refused.title');
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
        <Link className="button button--primary" to={back === 'dashboard' ? '/dashboard' : '/'}>
          {back === 'dashboard' ? t('error.backToDashboard') : t('error.backToStart')}
        </Link>
        <Link className="button" to="/search">
          {t('error.search')}
        </Link>
      </p>
    </section>
  );
}
