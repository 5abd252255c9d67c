import type { LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData, useRouteError, useRouteLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { PublicFrame } from '~/components/site-header';
import { getSession } from '~/lib/session.server';

/** Pages anyone may open: the landing page, sign up, sign in, invitation links. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  return { signedIn: Boolean(session.get('token')) };
}

export default function PublicLayout() {
  const { signedIn } = useLoaderData<typeof loader>();
  return (
    <PublicFrame signedIn={signedIn}>
      <Outlet />
    </PublicFrame>
  );
}

/** An error on a public page (a group that is not shown, a broken link) keeps the public frame. */
export function ErrorBoundary() {
  const error = useRouteError();
  const layout = useRouteLoaderData<typeof loader>('routes/_public');
  return (
    <PublicFrame signedIn={layout?.signedIn ?? false}>
      <div className="container page">
        <ErrorPage error={error} />
      </div>
    </PublicFrame>
  );
}
