import type { LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, Outlet, useLoaderData } from '@remix-run/react';
import { getSession } from '~/lib/session.server';

/** Pages anyone may open: the landing page, sign up, sign in, invitation links. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  return { signedIn: Boolean(session.get('token')) };
}

export default function PublicLayout() {
  const { signedIn } = useLoaderData<typeof loader>();
  return (
    <>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Linkage Exchange
          </Link>
          <nav aria-label="Account" className="site-nav">
            <Link to="/search">Search</Link>
            {signedIn ? (
              <>
                <Link to="/dashboard">Dashboard</Link>
                <Form method="post" action="/sign-out">
                  <button type="submit" className="link-button">
                    Sign out
                  </button>
                </Form>
              </>
            ) : (
              <>
                <Link to="/sign-in">Sign in</Link>
                <Link to="/sign-up" className="button button--small">
                  Create an account
                </Link>
              </>
            )}
          </nav>
        </div>
      </header>
      <main id="main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          Linkage Exchange connects lead firms with producer groups of small enterprises — business first, gaps as
          routes, visibility by choice.
        </div>
      </footer>
    </>
  );
}
