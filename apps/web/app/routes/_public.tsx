import type { LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData } from '@remix-run/react';
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
