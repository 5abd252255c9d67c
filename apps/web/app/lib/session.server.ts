import { createCookieSessionStorage, redirect, type Session } from '@remix-run/node';

interface SessionData {
  token: string;
  /** When the API token expires (ISO): the cookie ends with it, however often it is rewritten. */
  expiresAt: string;
}
interface FlashData {
  notice: string;
}

const isProduction = process.env.NODE_ENV === 'production';
const secret = process.env.SESSION_SECRET;
if (!secret && isProduction) {
  throw new Error('SESSION_SECRET must be set in production');
}

/** Signs the session cookie and derives the session's form token (csrf.server.ts). */
export const SESSION_SECRET = secret ?? 'linkage-dev-only-secret';

export const sessionStorage = createCookieSessionStorage<SessionData, FlashData>({
  cookie: {
    name: '__linkage_session',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    // Secure is decided per response (commitHeaders): whenever the portal is reached over HTTPS.
    secure: (process.env.WEB_URL ?? '').startsWith('https://'),
    secrets: [SESSION_SECRET],
  },
});

export type AppSession = Session<SessionData, FlashData>;

export function getSession(request: Request): Promise<AppSession> {
  return sessionStorage.getSession(request.headers.get('Cookie'));
}

/**
 * The Set-Cookie header for the session as it now is. The cookie lives exactly as long as the API
 * token it carries (a visitor's notice-only cookie lasts the browser session), and is Secure whenever
 * this request came over HTTPS (server.js believes X-Forwarded-Proto only from this machine).
 */
export async function commitHeaders(request: Request, session: AppSession): Promise<Headers> {
  const expiresAt = session.get('expiresAt');
  const expires = expiresAt ? new Date(expiresAt) : undefined;
  const secure = new URL(request.url).protocol === 'https:' || (process.env.WEB_URL ?? '').startsWith('https://');
  return new Headers({
    'Set-Cookie': await sessionStorage.commitSession(session, {
      expires: expires && !Number.isNaN(expires.getTime()) ? expires : undefined,
      secure,
    }),
  });
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
  return redirect(to, { headers: await commitHeaders(request, session) });
}
