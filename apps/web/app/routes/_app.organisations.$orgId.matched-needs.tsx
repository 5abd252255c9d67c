import type { MatchedNeedView } from '@linkage/contracts';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { EligibilityChip, GapChips } from '~/components/matching';
import { Badge, EmptyState } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatCountry, formatDate, formatHsCode, formatRate, percent } from '~/lib/format';
import { orThrow } from '~/lib/results.server';

/** A producer group's view of demand: the open needs it matches, and for conditional ones, its own gaps. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const needs = await orThrow(request, await api.listMatchedNeeds(params.orgId!));
  return { needs };
}

export default function MatchedNeeds() {
  const { needs } = useLoaderData<typeof loader>();
  const conditional = needs.filter((n) => n.eligibility === 'CONDITIONAL').length;
  return (
    <section aria-labelledby="mn-title" className="stack">
      <div className="section-heading">
        <h2 id="mn-title">Needs we match</h2>
        {needs.length ? (
          <span className="muted small">
            {needs.length} open need{needs.length === 1 ? '' : 's'}
            {conditional ? `, ${conditional} with gaps to close` : ''}
          </span>
        ) : null}
      </div>
      {needs.length === 0 ? (
        <EmptyState title="No open needs match your group yet" icon="◇">
          <p>When a lead firm posts a need for what your members supply, it appears here with how well you fit.</p>
        </EmptyState>
      ) : (
        <ul className="matched-needs">
          {needs.map((n) => (
            <MatchedNeed key={n.needId} need={n} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MatchedNeed({ need }: { need: MatchedNeedView }) {
  return (
    <li className="matched-need">
      <div className="matched-need__head">
        <div>
          <h3>
            {need.title} <EligibilityChip eligibility={need.eligibility} />
            {need.matchStatus === 'SHORTLISTED' ? <Badge tone="info">★ shortlisted by the buyer</Badge> : null}
            {need.matchStatus === 'INVITED' ? <Badge tone="good">✉ invited to offer</Badge> : null}
          </h3>
          <p className="need-card__meta">
            <span>{need.leadFirmName}</span>
            <span>
              HS <code>{formatHsCode(need.productCode)}</code>
            </span>
            <span>{formatRate(need.quantity, need.unit, need.period)}</span>
            <span>to {formatCountry(need.deliveryCountry)}</span>
            <span>
              {need.schedule.kind === 'ONE_OFF'
                ? `by ${formatDate(need.schedule.startDate)}`
                : `from ${formatDate(need.schedule.startDate)}`}
            </span>
            <span>answers by {formatDate(need.responseDeadline)}</span>
          </p>
        </div>
        <div className="matched-need__score" aria-label={`Fit ${percent(need.score)}, rank ${need.rank}`}>
          <span className="score__value">{percent(need.score)}</span>
          <span className="muted small">rank {need.rank}</span>
        </div>
      </div>
      <p className="match__reason">{need.explanation}</p>
      {need.gaps.length ? (
        <>
          <p className="small">
            <strong>What you would need to close</strong> to serve this buyer:
          </p>
          <GapChips gaps={need.gaps} />
        </>
      ) : null}
    </li>
  );
}
