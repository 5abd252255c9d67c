import { createCookieSessionStorage, redirect, type Session } from '@remix-run/node';

interface SessionData {
  token: string;
}
interface FlashData {
  notice: string;
}

const isProduction = process.env.NODE_ENV === 'production';
const secret = process.env.SESSION_SECRET;
if (!secret && isProduction) {
  throw new Error('SESSION_SECRET must be set in production');
}

export const sessionStorage = createCookieSessionStorage<SessionData, FlashData>({
  cookie: {
    name: '__linkage_session',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    // Secure cookies need HTTPS; a local demo on http://localhost must still be able to sign in.
    secure: (process.env.WEB_URL ?? '').startsWith('https://'),
    secrets: [secret ?? 'linkage-dev-only-secret'],
    maxAge: 60 * 60 * 24 * 14,
  },
});

export type AppSession = Session<SessionData, FlashData>;

export function getSession(request: Request): Promise<AppSession> {
  return sessionStorage.getSession(request.headers.get('Cookie'));
}

export async function commitHeaders(session: AppSession, init?: { expires?: Date }): Promise<Headers> {
  return new Headers({ 'Set-Cookie': await sessionStorage.commitSession(session, init) });
}

/**
 * Only a path on this site. The value is resolved the way a browser would resolve it (browsers drop
 * tabs and line feeds inside URLs, so "/\t/evil.example" is "//evil.example"), and anything that
 * leaves our origin, or cannot be parsed, falls back.
 */
const OWN_ORIGIN = 'http://portal.invalid';
export function safeRedirectTo(value: FormDataEntryValue | string | null | undefined, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(value, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== OWN_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Redirects after a mutation with a one-time notice shown on the next page. */
export async function redirectWithNotice(request: Request, to: string, notice: string): Promise<Response> {
  const session = await getSession(request);
  session.flash('notice', notice);
  return redirect(to, { headers: await commitHeaders(session) });
}
