import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ProfileBody, ProfileHeader } from '~/components/profile';
import { i18nServer, requestLocale } from '~/lib/i18n.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { publicApi } from '~/lib/api.server';
import { getSession } from '~/lib/session.server';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, data ? data.profile.legalName : metaT(matches)('kind.PRODUCER_GROUP')),
  ...(data?.profile.description ? [{ name: 'description', content: data.profile.description }] : []),
];

/**
 * A producer group's profile for anyone with the link. The API decides what the visitor's tier may
 * see: anonymous visitors only PUBLIC profiles, lead firms also LEAD_FIRMS ones; otherwise 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await getSession(request);
  const token = session.get('token') ?? undefined;
  const locale = await requestLocale(request);
  const result = await publicApi(locale).getProfile(params.orgId!, token);
  if (!result.ok) {
    if (result.status === 404 || result.status === 403 || result.status === 400 || result.status === 401) {
      const t = await i18nServer.getFixedT(locale);
      throw new Response(t('publicProfile.notShown'), {
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
  const { t } = useTranslation();
  return (
    <div className="container page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to="/search">{t('nav.search')}</Link> <span aria-hidden="true">/</span>{' '}
        <span>{profile.legalName}</span>
      </nav>
      <ProfileHeader
        profile={profile}
        actions={
          profile.viewer.isMember ? (
            <Link to={`/organisations/${profile.id}`} className="button button--small">
              {t('publicProfile.manage')}
            </Link>
          ) : !signedIn ? (
            <Link to={`/sign-up`} className="button button--small button--primary">
              {t('publicProfile.signUp')}
            </Link>
          ) : null
        }
      />
      <ProfileBody profile={profile} />
    </div>
  );
}
