import { Link } from '@remix-run/react';
import { Form } from '~/components/form';
import { RoutePanel } from '~/components/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A confirmation as a page of its own (a route's side panel): the question, then a form whose one
 * button does it, posting to the route that shows it. For steps that cannot be undone where the
 * thing has its own address (a certificate, a member), so the question works the same without script.
 */
export function ConfirmStep({
  title,
  question,
  confirm,
  cancel,
  error,
  children,
}: {
  /** The panel's heading, e.g. "Delete Organic (EU)?". */
  title: string;
  /** What doing it does, naming the thing. */
  question: string;
  /** The confirming button's words, e.g. "Yes, delete the certificate". */
  confirm: string;
  /** Where "Cancel" goes back to. */
  cancel: string;
  error?: string | null;
  /** The form's own fields (hidden ones, or a date). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <RoutePanel labelledBy="confirm-step-title">
      <h2 id="confirm-step-title">{title}</h2>
      <p>{question}</p>
      <Form method="post" className="stack" preventScrollReset>
        {children}
        {error ? (
          <p className="field-errors" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--danger">
            {confirm}
          </button>
          <Link to={cancel} className="button">
            {t('common.cancel')}
          </Link>
        </div>
      </Form>
    </RoutePanel>
  );
}
