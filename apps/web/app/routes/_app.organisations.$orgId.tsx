import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { KindBadge } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatCountry } from '~/lib/format';
import { loadOrganisation } from '~/lib/organisations.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.organisation.legalName} — Linkage Exchange` : 'Organisation — Linkage Exchange' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const auth = await requireUser(request);
  return loadOrganisation(request, auth, params.orgId!);
}

const ROLE_LABEL = { OWNER: 'owner', ADMIN: 'admin', MEMBER: 'member' } as const;

const VISIBILITY_SHORT = { PUBLIC: 'Public profile', LEAD_FIRMS: 'Visible to lead firms', BROKERS: 'Visible to brokers only' };

export default function OrganisationLayout() {
  const { organisation, role, canManage } = useLoaderData<typeof loader>();
  const isGroup = organisation.kind === 'PRODUCER_GROUP';
  const firstTab = organisation.kind === 'LEAD_FIRM' ? 'Sourcing needs' : isGroup ? 'Profile' : 'Overview';
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/dashboard">Dashboard</Link> <span aria-hidden="true">/</span> <span>{organisation.legalName}</span>
      </nav>
      <div className="page-header org-header">
        <div>
          <h1>{organisation.legalName}</h1>
          <p className="org-header__meta">
            <KindBadge kind={organisation.kind} />
            <span>
              {formatCountry(organisation.country)}
              {organisation.region ? ` · ${organisation.region}` : ''}
            </span>
            <span className="muted">{VISIBILITY_SHORT[organisation.visibility]}</span>
            {role ? <span className="muted">Your role: {ROLE_LABEL[role]}</span> : null}
          </p>
        </div>
        {isGroup && organisation.visibility === 'PUBLIC' ? (
          <Link to={`/groups/${organisation.id}`} className="button button--small">
            Public page ↗
          </Link>
        ) : null}
      </div>
      <nav aria-label="Organisation" className="tabs">
        <NavLink to="." end className="tabs__tab">
          {firstTab}
        </NavLink>
        {isGroup ? (
          <>
            <NavLink to="group-members" className="tabs__tab">
              Member enterprises
            </NavLink>
            <NavLink to="capacity" className="tabs__tab">
              Capacity
            </NavLink>
            <NavLink to="certifications" className="tabs__tab">
              Certifications
            </NavLink>
            <NavLink to="catalogue" className="tabs__tab">
              Catalogue
            </NavLink>
            {role ? (
              <NavLink to="matched-needs" className="tabs__tab">
                Needs we match
              </NavLink>
            ) : null}
            {role ? (
              <NavLink to="offers" className="tabs__tab">
                Offers &amp; ledger
              </NavLink>
            ) : null}
            {role && canManage ? (
              <NavLink to="edit" className="tabs__tab">
                Edit profile
              </NavLink>
            ) : null}
          </>
        ) : null}
        <NavLink to="members" className="tabs__tab">
          {isGroup ? 'People' : 'Members'}
        </NavLink>
      </nav>
      <Outlet />
    </>
  );
}
