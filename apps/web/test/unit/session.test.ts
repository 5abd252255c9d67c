import { commitHeaders, getSession } from '../../app/lib/session.server';

const expiresAt = '2031-03-04T05:06:07.000Z';

async function cookieFor(url: string) {
  const request = new Request(url);
  const session = await getSession(request);
  session.set('token', 'tok');
  session.set('expiresAt', expiresAt);
  session.flash('notice', 'Saved.');
  return (await commitHeaders(request, session)).get('Set-Cookie') ?? '';
}

test('the session cookie ends with the API token, whenever it is rewritten', async () => {
  const cookie = await cookieFor('http://localhost:3000/dashboard');
  expect(cookie).toContain('Expires=Tue, 04 Mar 2031 05:06:07 GMT');
  expect(cookie).not.toMatch(/Max-Age/i);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Lax/);
});

test('the session cookie is Secure whenever the portal is reached over HTTPS, and not on a plain local demo', async () => {
  expect(await cookieFor('https://exchange.example.org/dashboard')).toMatch(/; Secure/);
  expect(await cookieFor('http://localhost:3000/dashboard')).not.toMatch(/; Secure/);
});
