import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, NavLink, Outlet, useLoaderData, useLocation } from '@remix-run/react';
import { useEffect, useState } from 'react';
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
  const visibleNotice = useStickyNotice(notice);
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
            <NavLink to="/search">Search</NavLink>
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
        {visibleNotice ? <Notice>{visibleNotice}</Notice> : null}
        <Outlet />
      </main>
    </>
  );
}

/**
 * A flash notice is in the loader data only once; keep showing it while the person stays on the page
 * it was meant for, even when the page revalidates (the need page polls), and drop it on navigation.
 */
function useStickyNotice(notice: string | null): string | null {
  const location = useLocation();
  const [kept, setKept] = useState<{ key: string; text: string } | null>(null);
  useEffect(() => {
    if (notice) setKept({ key: location.key, text: notice });
  }, [notice, location.key]);
  return notice ?? (kept && kept.key === location.key ? kept.text : null);
}
