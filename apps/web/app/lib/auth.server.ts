import { redirect } from '@remix-run/node';
import { type MeView } from '@linkage/contracts';
import { type UserApi, userApi } from './api.server';
import { assertCsrf } from './csrf.server';
import { getSession, sessionStorage } from './session.server';

export interface AuthContext extends MeView {
  token: string;
  api: UserApi;
}

function signInUrl(request: Request): string {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  return `/sign-in?${new URLSearchParams({ redirectTo: back })}`;
}

/** A redirect to sign-in that also clears a stale session cookie. */
export async function signInRedirect(request: Request): Promise<Response> {
  const session = await getSession(request);
  return redirect(signInUrl(request), {
    headers: { 'Set-Cookie': await sessionStorage.destroySession(session) },
  });
}

/**
 * The auth guard every protected loader and action starts with: the session's API token, checked
 * against the API, with the person and their organisations. Throws a redirect to sign-in otherwise,
 * and a 403 for a state-changing request without the session's form token.
 */
export async function requireUser(request: Request): Promise<AuthContext> {
  const session = await getSession(request);
  const token = session.get('token');
  if (!token) throw redirect(signInUrl(request));
  // Every action of a signed-in person starts here: its form must carry the session's token.
  await assertCsrf(request, token);
  const api = userApi(token);
  const me = await api.me();
  if (!me.ok) {
    if (me.status === 401 || me.status === 403) throw await signInRedirect(request);
    throw new Response(me.error.message, { status: me.status >= 500 ? 503 : me.status });
  }
  return { token, api, ...me.data };
}

/** For public pages that adapt to a signed-in visitor; never redirects. */
export async function optionalUser(request: Request): Promise<AuthContext | null> {
  const session = await getSession(request);
  const token = session.get('token');
  if (!token) return null;
  const api = userApi(token);
  const me = await api.me();
  return me.ok ? { token, api, ...me.data } : null;
}

/** What the portal's header needs of a signed-in visitor on a page anyone may open (search, standards). */
export async function portalHeaderData(auth: AuthContext) {
  const unread = await auth.api.notifications(true);
  return {
    user: { name: auth.user.name, email: auth.user.email },
    organisations: auth.organisations.map((o) => ({ id: o.id, legalName: o.legalName, kind: o.kind })),
    // The bell is a convenience: if notifications cannot be read, the page still renders.
    unreadCount: unread.ok ? unread.data.unreadCount : 0,
  };
}
