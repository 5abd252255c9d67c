import { createHmac, timingSafeEqual } from 'node:crypto';
import { getSession, SESSION_SECRET } from './session.server';

/** The hidden field every state-changing form carries (components/form.tsx adds it). */
export const CSRF_FIELD = 'csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The session's form token: an HMAC of its API token, so it needs no storage, changes with every
 * sign-in and cannot be computed by another site. server.js already refuses posts from other
 * origins; this also catches what the Origin check cannot see (a sibling subdomain, an old browser).
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', SESSION_SECRET).update(`csrf:${sessionToken}`).digest('base64url');
}

/** The token for the page being rendered; null for a visitor who is not signed in. */
export async function csrfToken(request: Request): Promise<string | null> {
  const token = (await getSession(request)).get('token');
  return token ? csrfTokenFor(token) : null;
}

/**
 * Refuses a state-changing request of a signed-in session that does not carry its token, with a
 * 403 the error boundary explains. The body is read from a clone, so the action reads it as usual.
 */
export async function assertCsrf(request: Request, sessionToken: string): Promise<void> {
  if (SAFE_METHODS.has(request.method)) return;
  const type = request.headers.get('content-type') ?? '';
  let sent: string | null = request.headers.get('x-csrf-token');
  if (
    !sent &&
    (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))
  ) {
    const value = (await request.clone().formData()).get(CSRF_FIELD);
    sent = typeof value === 'string' ? value : null;
  }
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(sent ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new Response(
      'This form is out of date or was not sent from Linkage Exchange. Reload the page and send it again.',
      {
        status: 403,
        statusText: 'Form token missing or wrong',
      },
    );
  }
}
