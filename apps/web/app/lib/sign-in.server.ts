import { redirect } from '@remix-run/node';
import type { SessionView } from '@linkage/contracts';
import { commitHeaders, getSession } from './session.server';

/** Keeps the API token in the session cookie (expiring with the token) and goes on. */
export async function startSession(request: Request, view: SessionView, redirectTo: string): Promise<Response> {
  const session = await getSession(request);
  session.set('token', view.token);
  session.set('expiresAt', view.expiresAt);
  return redirect(redirectTo, { headers: await commitHeaders(request, session) });
}

/** Sign-in and sign-up pages send a visitor who is already signed in straight on. */
export async function redirectIfSignedIn(request: Request): Promise<void> {
  const session = await getSession(request);
  if (session.get('token')) throw redirect('/dashboard');
}
