import type { LoaderFunctionArgs } from '@remix-run/node';
import { apiBaseUrl } from '~/lib/api.server';
import { getSession } from '~/lib/session.server';

/**
 * A certificate's evidence file, fetched from the API with the visitor's own session (the API decides
 * whether they may see it) and streamed through unchanged.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await getSession(request);
  const token = session.get('token');
  const response = await fetch(`${apiBaseUrl()}/certifications/${encodeURIComponent(params.certId!)}/evidence`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(30_000),
  }).catch(() => null);
  if (!response) throw new Response('The exchange is not reachable right now.', { status: 503 });
  if (!response.ok) throw new Response('This evidence file does not exist or is not visible to you.', { status: 404 });
  const headers = new Headers({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, max-age=300' });
  for (const name of ['content-type', 'content-length', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}
