import { apiBaseUrl } from '~/lib/api.server';
import { getSession } from '~/lib/session.server';

/**
 * A file from the API, fetched with the visitor's own session (the API decides whether they may see
 * it) and streamed through unchanged: certificate evidence, offer attachments.
 */
export async function streamFromApi(request: Request, path: string, missing: string): Promise<Response> {
  const token = (await getSession(request)).get('token');
  const response = await fetch(`${apiBaseUrl()}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(30_000),
  }).catch(() => null);
  if (!response) throw new Response('The exchange is not reachable right now.', { status: 503 });
  if (!response.ok) throw new Response(missing, { status: 404 });
  const headers = new Headers({
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, max-age=300',
  });
  for (const name of ['content-type', 'content-length', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}
