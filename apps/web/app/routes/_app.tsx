import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, NavLink, Outlet, useLoaderData, useLocation } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { Notice } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { commitHeaders, getSession } from '~/lib/session.server';

/** Everything behind sign-in: the guard, the header with the person's organisations, one-time notices. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, organisations, api } = await requireUser(request);
  const [session, unread] = await Promise.all([getSession(request), api.notifications(true)]);
  const notice = session.get('notice') ?? null;
  // The bell is a convenience: if notifications cannot be read, the page still renders.
  const unreadCount = unread.ok ? unread.data.unreadCount : 0;
  return data(
    { user, organisations, notice, unreadCount },
    notice ? { headers: await commitHeaders(session) } : undefined,
  );
}

export default function AppLayout() {
  const { user, organisations, notice, unreadCount } = useLoaderData<typeof loader>();
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
            <NavLink
              to="/notifications"
              className="bell"
              aria-label={unreadCount ? `Notifications, ${unreadCount} unread` : 'Notifications'}
              title="Notifications"
            >
              <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
                <path
                  fill="currentColor"
                  d="M8 1.5a4 4 0 0 0-4 4v2.6L2.7 10.6a.6.6 0 0 0 .5.9h9.6a.6.6 0 0 0 .5-.9L12 8.1V5.5a4 4 0 0 0-4-4Zm-1.8 11a1.8 1.8 0 0 0 3.6 0Z"
                />
              </svg>
              {unreadCount ? <span className="bell__count">{unreadCount > 99 ? '99+' : unreadCount}</span> : null}
            </NavLink>
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
