import { Form } from '~/components/form';
import type { ReactNode } from 'react';

/**
 * A delete in two steps: the first click opens the question, the second deletes. A `<details>`
 * element holds the step, so it works without script; `children` are the form's hidden fields.
 */
export function ConfirmDelete({
  action,
  question,
  confirm,
  error,
  children,
}: {
  /** The first button's words, e.g. "Delete this item from the catalogue". */
  action: string;
  /** What the second step asks, naming the thing and what deleting it does. */
  question: string;
  /** The confirming button's words, e.g. "Yes, delete it". */
  confirm: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <Form method="post" className="danger-zone" preventScrollReset>
      {children}
      {error ? (
        <p className="field-errors" role="alert">
          {error}
        </p>
      ) : null}
      <details className="confirm-delete">
        <summary className="link-button link-button--danger">{action}</summary>
        <div className="confirm-delete__step" role="group" aria-label={question}>
          <p>{question}</p>
          <button type="submit" className="button button--small button--danger">
            {confirm}
          </button>
        </div>
      </details>
    </Form>
  );
}
