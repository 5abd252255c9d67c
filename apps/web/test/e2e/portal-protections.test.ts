/**
 * What the portal's server (server.js) guarantees to every browser, checked over HTTP against the
 * running portal: security headers with a fresh script nonce per page, and no state change from a
 * form posted by another site — document and data requests alike.
 */
import { WEB_URL } from './stack';

test('every page carries a CSP with a fresh nonce, refuses framing, and does not name its server', async () => {
  const first = await fetch(`${WEB_URL}/sign-in`);
  const second = await fetch(`${WEB_URL}/sign-in`);
  const csp = first.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers.get('content-security-policy')).not.toContain(nonce!);
  // Remix's inline scripts carry this response's nonce, or the browser would refuse them.
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  expect(first.headers.get('x-powered-by')).toBeNull();
  expect(first.headers.get('x-content-type-options')).toBe('nosniff');
  expect(first.headers.get('referrer-policy')).toBe('same-origin');
});

test('a form posted from another site is refused with a 403 page before any action runs, data requests too', async () => {
  const form = new URLSearchParams({ email: 'someone@example.org', password: 'whatever it is' });
  for (const path of ['/sign-in', '/sign-in?_data=routes%2F_public.sign-in', '/sign-in.data']) {
    const res = await fetch(`${WEB_URL}${path}`, {
      method: 'POST',
      body: form,
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    expect({ path, status: res.status }).toEqual({ path, status: 403 });
    expect(await res.text()).toContain('This form was sent from another site');
  }
  const crossSite = await fetch(`${WEB_URL}/sign-in`, {
    method: 'POST',
    body: form,
    headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  expect(crossSite.status).toBe(403);
  // The same post from the portal's own page is answered by the sign-in action (wrong password: 200 with the form).
  const own = await fetch(`${WEB_URL}/sign-in`, {
    method: 'POST',
    body: form,
    headers: { origin: WEB_URL, 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  expect(own.status).toBe(200);
});

test("a signed-in person's form must carry the session's token: the same post without it changes nothing", async () => {
  const signIn = await fetch(`${WEB_URL}/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ email: 'coordinator@vitargan.demo', password: 'linkage-demo' }),
    headers: { origin: WEB_URL, 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  expect(signIn.status).toBe(302);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const notifications = await fetch(`${WEB_URL}/notifications`, { headers: { cookie } });
  expect(notifications.status).toBe(200);
  const page = await notifications.text();
  const token = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
  expect(token).toBeTruthy();

  const post = (body: Record<string, string>) =>
    fetch(`${WEB_URL}/notifications`, {
      method: 'POST',
      body: new URLSearchParams(body),
      headers: { cookie, origin: WEB_URL, 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
  // Marking everything read, without the token and with a wrong one: refused.
  expect((await post({ intent: 'read-all' })).status).toBe(403);
  expect((await post({ intent: 'read-all', csrf: `${token}x` })).status).toBe(403);
  // With it: the action runs (and answers with its redirect).
  expect((await post({ intent: 'read-all', csrf: token! })).status).toBe(302);
});
