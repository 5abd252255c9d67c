import { redirect } from '@remix-run/node';
import { type MeView } from '@linkage/contracts';
import { type UserApi, userApi } from './api.server';
import { assertCsrf } from './csrf.server';
import type { Locale } from './i18n';
import { localeFor } from './locale-detection.server';
import { getSession, sessionStorage } from './session.server';

export interface AuthContext extends MeView {
  token: string;
  /** The person's language: what they saved, else the switcher's cookie or their browser's. */
  locale: Locale;
  /** The API on their behalf, answering in `locale`. */
  api: UserApi;
}

/** The person behind `token`, with an API client in their language; the `me` lookup's failure otherwise. */
async function lookUp(request: Request, token: string) {
  const me = await userApi(token).me();
  if (!me.ok) return me;
  const locale = await localeFor(request, me.data.user.locale);
  return { ok: true as const, context: { token, locale, api: userApi(token, locale), ...me.data } };
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
  const found = await lookUp(request, token);
  if (!found.ok) {
    if (found.status === 401 || found.status === 403) throw await signInRedirect(request);
    throw new Response(found.error.message, { status: found.status >= 500 ? 503 : found.status });
  }
  return found.context;
}

/** For public pages that adapt to a signed-in visitor; never redirects. */
export async function optionalUser(request: Request): Promise<AuthContext | null> {
  const session = await getSession(request);
  const token = session.get('token');
  if (!token) return null;
  const found = await lookUp(request, token);
  return found.ok ? found.context : null;
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
