import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { userApi } from '~/lib/api.server';
import { assertCsrf } from '~/lib/csrf.server';
import { getSession, sessionStorage } from '~/lib/session.server';

/** Signing out is a POST: the API forgets the token, the portal forgets the cookie. */
export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  const token = session.get('token');
  // Another site must not sign a person out either: the form carries the session's token.
  if (token) await assertCsrf(request, token);
  if (token) await userApi(token).signOut(); // best effort: the cookie goes either way
  return redirect('/', { headers: { 'Set-Cookie': await sessionStorage.destroySession(session) } });
}

export function loader() {
  return redirect('/');
}
