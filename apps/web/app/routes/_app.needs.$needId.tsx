import type { MatchView } from '@linkage/contracts';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useRevalidator } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { Badge, EmptyState, ScoreBar, ScoreLegend } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatCountry, formatDate, formatDateTime, formatHsCode, formatRate } from '~/lib/format';
import { orThrow } from '~/lib/results.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.need.title} — Linkage Exchange` : 'Sourcing need — Linkage Exchange' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const id = params.needId!;
  const [need, matches] = await Promise.all([
    api.getNeed(id).then((r) => orThrow(request, r)),
    api.getNeedMatches(id).then((r) => orThrow(request, r)),
  ]);
  return { need, matches };
}

/** Re-runs the loader about once a second while matching is under way; stops once READY. */
const POLL_MS = 1000;
const GIVE_UP_AFTER_MS = 120_000;

function usePollWhile(active: boolean) {
  const revalidator = useRevalidator();
  const [startedAt] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    if (revalidator.state !== 'idle') return;
    if (Date.now() - startedAt > GIVE_UP_AFTER_MS) return;
    const timer = setTimeout(() => revalidator.revalidate(), POLL_MS);
    return () => clearTimeout(timer);
  }, [active, revalidator, startedAt]);
}

export default function NeedPage() {
  const { need, matches } = useLoaderData<typeof loader>();
  const pending = matches.state === 'PENDING';
  usePollWhile(pending);

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/dashboard">Dashboard</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/organisations/${need.leadFirmId}`}>{need.leadFirmName}</Link> <span aria-hidden="true">/</span>{' '}
        <span>Sourcing need</span>
      </nav>
      <div className="page-header">
        <h1>
          {need.title} <Badge tone={need.status === 'OPEN' ? 'good' : 'neutral'}>{need.status.toLowerCase()}</Badge>
        </h1>
        <p className="muted">
          Posted by {need.leadFirmName} on {formatDate(need.createdAt)}
        </p>
      </div>

      <dl className="facts">
        <div>
          <dt>Product</dt>
          <dd>
            HS <code>{formatHsCode(need.productCode)}</code>
          </dd>
        </div>
        <div>
          <dt>Volume</dt>
          <dd>{formatRate(need.quantity, need.unit, need.period)}</dd>
        </div>
        <div>
          <dt>Delivered to</dt>
          <dd>{formatCountry(need.deliveryCountry)}</dd>
        </div>
        <div>
          <dt>Answers by</dt>
          <dd>{formatDate(need.responseDeadline)}</dd>
        </div>
      </dl>
      {need.description ? <p className="need-description">{need.description}</p> : null}

      <section aria-labelledby="matches-title" className="section-tight">
        <div className="section-heading">
          <h2 id="matches-title">Ranked suppliers</h2>
          {matches.state === 'READY' && matches.computedAt ? (
            <span className="muted small">Matched {formatDateTime(matches.computedAt)}</span>
          ) : null}
        </div>
        <div aria-live="polite" aria-busy={pending}>
          {pending ? <MatchingProgress hasOlder={matches.matches.length > 0} /> : null}
          {matches.matches.length > 0 ? (
            <>
              <ScoreLegend />
              <ol className="match-list" aria-label="Matches, best first">
                {matches.matches.map((m) => (
                  <MatchRow key={m.id} match={m} />
                ))}
              </ol>
            </>
          ) : matches.state === 'READY' ? (
            <EmptyState title="No matching suppliers yet" icon="◌">
              <p>
                No producer group records a product in this HS chapter yet. As more groups record what they
                supply, matches can appear here.
              </p>
            </EmptyState>
          ) : null}
        </div>
      </section>
      {pending ? (
        <noscript>
          <meta httpEquiv="refresh" content="2" />
        </noscript>
      ) : null}
    </>
  );
}

function MatchingProgress({ hasOlder }: { hasOlder: boolean }) {
  return (
    <div className="progress-card" role="status">
      <div className="progress-card__bar" aria-hidden="true">
        <span />
      </div>
      <p>
        <strong>Matching suppliers…</strong>{' '}
        {hasOlder
          ? 'The list below is from an earlier version of this need; it updates by itself.'
          : 'This usually takes a second or two; results appear here by themselves.'}
      </p>
    </div>
  );
}

function MatchRow({ match }: { match: MatchView }) {
  return (
    <li className="match">
      <span className="match__rank" aria-label={`Rank ${match.rank}`}>
        {match.rank}
      </span>
      <div className="match__who">
        <p className="match__name">{match.supplierName}</p>
        <p className="match__country">
          <PinIcon /> {formatCountry(match.supplierCountry)}
        </p>
        <p className="match__reason">{match.reason}</p>
      </div>
      <ScoreBar score={match.score} components={match.components} />
    </li>
  );
}

function PinIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5c0 3.2 4.5 8.5 4.5 8.5s4.5-5.3 4.5-8.5A4.5 4.5 0 0 0 8 1.5Zm0 6.2a1.7 1.7 0 1 1 0-3.4 1.7 1.7 0 0 1 0 3.4Z"
      />
    </svg>
  );
}
