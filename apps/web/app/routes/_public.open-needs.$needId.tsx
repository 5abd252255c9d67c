import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EligibilityChip } from '~/components/matching';
import { NeedFacts } from '~/components/need-facts';
import { requestLocale } from '~/lib/i18n.server';
import { publicApi } from '~/lib/api.server';
import { formatDate } from '~/lib/format';
import { getSession } from '~/lib/session.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.need.title} — Linkage Exchange` : 'Sourcing need — Linkage Exchange' },
];

/**
 * A sourcing need as search shows it: what the buyer asks for, for anyone who may find it. The API
 * decides who may (a public need taking answers, or the people it concerns); otherwise 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = (await getSession(request)).get('token') ?? undefined;
  const result = await publicApi(await requestLocale(request)).getOpenNeed(params.needId!, token);
  if (!result.ok) {
    if (result.status >= 500) throw new Response(result.error.message, { status: 503 });
    throw new Response(
      'This sourcing need does not exist, is no longer taking answers, or is shown only to the suppliers its buyer invited.',
      {
        status: 404,
        statusText: 'Not Found',
      },
    );
  }
  return { need: result.data, signedIn: Boolean(token) };
}

const LEVEL: Record<string, string> = {
  EACH_SUPPLIER: 'each supplier must hold it',
  ANY_SUPPLIER: 'one supplier of a coalition may hold it',
  GROUP_COVERS: 'a group certificate covering its members',
};

export default function OpenNeed() {
  const { need, signedIn } = useLoaderData<typeof loader>();
  return (
    <div className="container page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/search">Search</Link> <span aria-hidden="true">/</span> <span>Sourcing need</span>
      </nav>
      <div className="page-header">
        <h1>{need.title}</h1>
        <p className="muted">
          {need.leadFirm ? `A need of ${need.leadFirm.name}` : 'A need of a lead firm on the exchange'} ·
          answers by {formatDate(need.responseDeadline)}
        </p>
        {need.canOpenFull ? (
          <Link to={`/needs/${need.id}`} className="button button--small button--primary">
            Open the need’s matches and offers
          </Link>
        ) : null}
      </div>
      <NeedFacts need={need} />
      {need.requirements.length ? (
        <section aria-labelledby="standards-title" className="section-tight">
          <h2 id="standards-title">Standards asked for</h2>
          <ul>
            {need.requirements.map((r) => (
              <li key={r.standardCode}>
                <strong>{r.standardCode}</strong>: {LEVEL[r.level] ?? r.level}
                {r.mustHoldNow ? ', held now' : r.obtainBy ? `, by ${formatDate(r.obtainBy)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {need.description ? <p className="need-description">{need.description}</p> : null}
      <section aria-labelledby="answer-title" className="panel section-tight">
        <h2 id="answer-title">Supplying it</h2>
        {need.yourGroups.length ? (
          <ul className="card-list">
            {need.yourGroups.map((g) => (
              <li key={g.id}>
                <Link to={`/organisations/${g.id}/matched-needs`}>{g.name}</Link>{' '}
                <EligibilityChip eligibility={g.eligibility} /> — see what it lacks, and offer, from its
                “Needs we match” page.
              </li>
            ))}
          </ul>
        ) : signedIn ? (
          <p>
            None of your producer groups is matched to this need yet. Matching reads each group’s committed
            capacity and certificates: record what your members supply, and matching ranks the group when it
            fits.
          </p>
        ) : (
          <p>
            Producer groups are matched to needs from what they record.{' '}
            <Link to="/sign-up">Create an account</Link> or{' '}
            <Link to={`/sign-in?redirectTo=/open-needs/${need.id}`}>sign in</Link> to record your group’s
            capacity and certificates.
          </p>
        )}
      </section>
    </div>
  );
}
