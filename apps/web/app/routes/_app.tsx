import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData, useLocation, useRouteError, useRouteLoaderData } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { ErrorPage } from '~/components/error-page';
import { PortalHeader, SiteHeader } from '~/components/site-header';
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
    notice ? { headers: await commitHeaders(request, session) } : undefined,
  );
}

export default function AppLayout() {
  const { user, organisations, notice, unreadCount } = useLoaderData<typeof loader>();
  const visibleNotice = useStickyNotice(notice);
  return (
    <>
      <PortalHeader user={user} organisations={organisations} unreadCount={unreadCount} />
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

/**
 * An error on a portal page keeps the portal around it (header, menu) when the person is known, so
 * there is always a way on; the way back is the dashboard.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const layout = useRouteLoaderData<typeof loader>('routes/_app');
  return (
    <>
      {layout ? (
        <PortalHeader user={layout.user} organisations={layout.organisations} unreadCount={layout.unreadCount} />
      ) : (
        <SiteHeader />
      )}
      <main id="main" className="container page">
        <ErrorPage error={error} back="dashboard" />
      </main>
    </>
  );
}
