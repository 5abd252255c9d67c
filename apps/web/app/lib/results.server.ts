import type { Submission, SubmissionResult } from '@conform-to/react';
import { type ApiResult } from './api.server';
import { signInRedirect } from './auth.server';

/**
 * For loaders: the data of a successful call, or a thrown response the error boundary renders
 * (401 sends the person to sign in again).
 */
export async function orThrow<T>(request: Request, result: ApiResult<T>): Promise<T> {
  if (result.ok) return result.data;
  if (result.status === 401) throw await signInRedirect(request);
  const status = [403, 404, 409, 410].includes(result.status) ? result.status : result.status >= 500 ? 503 : 400;
  throw new Response(result.error.message, { status, statusText: result.error.error });
}

/**
 * For actions: the API's refusal as a Conform result, with each invalid field in place and the
 * message at the top of the form. Passwords are never echoed back. `listFields` names lists the
 * form types as one text field: the API's `scopeSites.2` is shown on `scopeSites`.
 */
export function replyWithApiError<Schema>(
  submission: Submission<Schema>,
  result: Extract<ApiResult<unknown>, { ok: false }>,
  options: { hideFields?: string[]; listFields?: string[] } = {},
): SubmissionResult<string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const [path, message] of Object.entries(result.error.fields ?? {})) {
    const name = options.listFields?.find((list) => path.startsWith(`${list}.`)) ?? path;
    (fieldErrors[name] ??= []).push(message);
  }
  const hasFields = Object.keys(fieldErrors).length > 0;
  return submission.reply({
    formErrors: [hasFields ? 'Please correct the highlighted fields.' : result.error.message],
    fieldErrors,
    hideFields: options.hideFields,
  });
}
