import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { Notice } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { commitHeaders, getSession } from '~/lib/session.server';

/** Everything behind sign-in: the guard, the header with the person's organisations, one-time notices. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, organisations } = await requireUser(request);
  const session = await getSession(request);
  const notice = session.get('notice') ?? null;
  return data(
    { user, organisations, notice },
    notice ? { headers: await commitHeaders(session) } : undefined,
  );
}

export default function AppLayout() {
  const { user, organisations, notice } = useLoaderData<typeof loader>();
  return (
    <>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/dashboard" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Linkage Exchange
          </Link>
          <nav aria-label="Main" className="site-nav">
            <NavLink to="/dashboard" end>
              Dashboard
            </NavLink>
            {organisations.slice(0, 3).map((o) => (
              <NavLink key={o.id} to={`/organisations/${o.id}`} className="site-nav__org">
                {o.legalName}
              </NavLink>
            ))}
          </nav>
          <div className="site-user">
            <span className="site-user__name" title={user.email}>
              {user.name}
            </span>
            <Form method="post" action="/sign-out">
              <button type="submit" className="button button--small">
                Sign out
              </button>
            </Form>
          </div>
        </div>
      </header>
      <main id="main" className="container page">
        {notice ? <Notice>{notice}</Notice> : null}
        <Outlet />
      </main>
    </>
  );
}
