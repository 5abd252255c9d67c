import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { KindBadge } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { metaT, pageTitle } from '~/lib/i18n-meta';
import { loadOrganisation } from '~/lib/organisations.server';
import { useFormat } from '~/lib/use-format';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, data ? data.organisation.legalName : metaT(matches)('org.title')),
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const auth = await requireUser(request);
  return loadOrganisation(request, auth, params.orgId!);
}

export default function OrganisationLayout() {
  const { organisation, role, canManage } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const format = useFormat();
  const isGroup = organisation.kind === 'PRODUCER_GROUP';
  const firstTab =
    organisation.kind === 'LEAD_FIRM'
      ? t('org.tab.needs')
      : isGroup
        ? t('org.tab.profile')
        : t('org.tab.overview');
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to="/dashboard">{t('nav.dashboard')}</Link> <span aria-hidden="true">/</span>{' '}
        <span>{organisation.legalName}</span>
      </nav>
      <div className="page-header org-header">
        <div>
          <h1>{organisation.legalName}</h1>
          <p className="org-header__meta">
            <KindBadge kind={organisation.kind} />
            <span>
              {format.country(organisation.country)}
              {organisation.region ? ` · ${organisation.region}` : ''}
            </span>
            <span className="muted">{t(`org.visibilityShort.${organisation.visibility}`)}</span>
            {role ? <span className="muted">{t('org.yourRole', { role: t(`role.${role}`) })}</span> : null}
          </p>
        </div>
        {isGroup && organisation.visibility === 'PUBLIC' ? (
          <Link to={`/groups/${organisation.id}`} className="button button--small">
            {t('org.publicPage')}
          </Link>
        ) : null}
      </div>
      <nav aria-label={t('org.tabs')} className="tabs">
        <NavLink to="." end className="tabs__tab">
          {firstTab}
        </NavLink>
        {isGroup ? (
          <>
            <NavLink to="group-members" className="tabs__tab">
              {t('org.tab.groupMembers')}
            </NavLink>
            <NavLink to="capacity" className="tabs__tab">
              {t('org.tab.capacity')}
            </NavLink>
            <NavLink to="certifications" className="tabs__tab">
              {t('org.tab.certifications')}
            </NavLink>
            <NavLink to="catalogue" className="tabs__tab">
              {t('org.tab.catalogue')}
            </NavLink>
            {role ? (
              <NavLink to="matched-needs" className="tabs__tab">
                {t('org.tab.matchedNeeds')}
              </NavLink>
            ) : null}
            {role ? (
              <NavLink to="offers" className="tabs__tab">
                {t('org.tab.offers')}
              </NavLink>
            ) : null}
            {role && canManage ? (
              <NavLink to="edit" className="tabs__tab">
                {t('org.tab.edit')}
              </NavLink>
            ) : null}
          </>
        ) : null}
        <NavLink to="members" className="tabs__tab">
          {isGroup ? t('org.tab.people') : t('org.tab.members')}
        </NavLink>
      </nav>
      <Outlet />
    </>
  );
}
