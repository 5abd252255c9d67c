import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ProfileBody, ProfileHeader } from '~/components/profile';
import { requestLocale } from '~/lib/i18n.server';
import { publicApi } from '~/lib/api.server';
import { getSession } from '~/lib/session.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.profile.legalName} — Linkage Exchange` : 'Producer group — Linkage Exchange' },
  ...(data?.profile.description ? [{ name: 'description', content: data.profile.description }] : []),
];

/**
 * A producer group's profile for anyone with the link. The API decides what the visitor's tier may
 * see: anonymous visitors only PUBLIC profiles, lead firms also LEAD_FIRMS ones; otherwise 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await getSession(request);
  const token = session.get('token') ?? undefined;
  const result = await publicApi(await requestLocale(request)).getProfile(params.orgId!, token);
  if (!result.ok) {
    if (result.status === 404 || result.status === 403 || result.status === 400 || result.status === 401) {
      throw new Response('This profile does not exist, or its group shows it only to some members of the exchange.', {
        status: 404,
        statusText: 'Not Found',
      });
    }
    throw new Response(result.error.message, { status: 503 });
  }
  return { profile: result.data, signedIn: Boolean(token) };
}

export default function PublicGroupProfile() {
  const { profile, signedIn } = useLoaderData<typeof loader>();
  return (
    <div className="container page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/search">Search</Link> <span aria-hidden="true">/</span> <span>{profile.legalName}</span>
      </nav>
      <ProfileHeader
        profile={profile}
        actions={
          profile.viewer.isMember ? (
            <Link to={`/organisations/${profile.id}`} className="button button--small">
              Manage this group
            </Link>
          ) : !signedIn ? (
            <Link to={`/sign-up`} className="button button--small button--primary">
              Sign up to contact this group
            </Link>
          ) : null
        }
      />
      <ProfileBody profile={profile} />
    </div>
  );
}
