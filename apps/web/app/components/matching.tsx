/**
 * Pictures of matching: a score bar split by what earned it, eligibility and gap chips (gaps are
 * routes, not rejections), and the coalition view — each member's share of the need's volume as a
 * stacked bar against the need.
 */
import type {
  CoalitionMemberView,
  CoalitionProposalView,
  GapView,
  MatchComponentsView,
  NeedCoalitionsView,
} from '@linkage/contracts';
import { MATCHING_CONFIG, formatMoney, singularUnit } from '@linkage/domain';
import { SeasonChart } from './season-chart';
import { Badge } from './ui';
import { formatDate, formatNumber, formatRate, percent, PERIOD_LABEL } from '~/lib/format';

const COMPONENTS = [
  { key: 'product', label: 'Product' },
  { key: 'capacity', label: 'Capacity' },
  { key: 'compliance', label: 'Compliance' },
  { key: 'distance', label: 'Distance' },
  { key: 'leadTime', label: 'Lead time' },
  { key: 'trackRecord', label: 'Track record' },
] as const;

type ComponentKey = (typeof COMPONENTS)[number]['key'];

/** A supplier without deliveries scores the neutral prior (0.5) for track record, as the matcher does. */
function fit(components: MatchComponentsView, key: ComponentKey): number {
  const v = components[key];
  return v === null ? 0.5 : Math.max(0, Math.min(1, v));
}

export function MatchScoreBar({ score, components }: { score: number; components: MatchComponentsView }) {
  const w = MATCHING_CONFIG.weights;
  const description = COMPONENTS.map((c) => `${c.label} ${percent(fit(components, c.key))}`).join(', ');
  return (
    <div className="score">
      <div className="score__total">
        <span className="score__value">{percent(score)}</span>
        <span className="score__caption">match</span>
      </div>
      <div className="score__bar" role="img" aria-label={`Score ${percent(score)}: ${description}`}>
        {COMPONENTS.map((c) => {
          const width = fit(components, c.key) * w[c.key] * 100;
          return width > 0 ? (
            <span
              key={c.key}
              className={`score__seg seg--${c.key}`}
              style={{ width: `${width}%` }}
              title={`${c.label}: ${percent(fit(components, c.key))} fit (weight ${percent(w[c.key])})${c.key === 'trackRecord' && components.trackRecord === null ? ' — no deliveries yet, neutral' : ''}`}
            />
          ) : null;
        })}
      </div>
      <ul className="score__parts">
        {COMPONENTS.map((c) => (
          <li key={c.key}>
            <span className={`swatch seg--${c.key}`} aria-hidden="true" />
            {c.label}{' '}
            {c.key === 'trackRecord' && components.trackRecord === null
              ? '—'
              : percent(fit(components, c.key))}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MatchScoreLegend() {
  const w = MATCHING_CONFIG.weights;
  return (
    <p className="score-legend">
      Each bar adds up what earned the score:{' '}
      {COMPONENTS.map((c, i) => (
        <span key={c.key}>
          <span className={`swatch seg--${c.key}`} aria-hidden="true" /> {c.label.toLowerCase()} (up to{' '}
          {percent(w[c.key])}){i < COMPONENTS.length - 1 ? ', ' : '.'}
        </span>
      ))}
    </p>
  );
}

export function EligibilityChip({ eligibility }: { eligibility: 'ELIGIBLE' | 'CONDITIONAL' }) {
  return eligibility === 'ELIGIBLE' ? (
    <Badge tone="good" title="Can serve the need as it is">
      ✓ Eligible
    </Badge>
  ) : (
    <Badge tone="warn" title="Has gaps it can close before deliveries start">
      Conditional
    </Badge>
  );
}

const GAP_LABEL = {
  CERTIFICATION: 'Certification',
  CAPACITY: 'Capacity',
  LEAD_TIME: 'Lead time',
  DISTANCE: 'Distance',
  COMPETENCE: 'Competence',
} as const;

function monthsText(m: number): string {
  // Closed by a decision (join a coalition, take a partner that holds the standard), not by waiting.
  if (m === 0) return 'no waiting: a decision';
  return `≈ ${formatNumber(m)} month${m === 1 ? '' : 's'} to close`;
}

export function GapChips({ gaps }: { gaps: GapView[] }) {
  if (gaps.length === 0) return null;
  return (
    <ul className="gap-list" aria-label="Gaps to close">
      {gaps.map((g, i) => (
        <li key={i} className={`gap gap--${g.kind.toLowerCase().replace('_', '-')}`}>
          <span className="gap__kind">{GAP_LABEL[g.kind]}</span>
          <span className="gap__missing">{g.missing}</span>
          <span className="gap__time">
            {monthsText(g.monthsToClose)} · by {formatDate(g.closeBy)}
          </span>
          <span className="gap__action">→ {g.suggestedAction}</span>
        </li>
      ))}
    </ul>
  );
}

const COALITION_COLOURS = 10;

function ProposalBar({ proposal, needQuantity }: { proposal: CoalitionProposalView; needQuantity: number }) {
  const per = PERIOD_LABEL[proposal.period];
  const scale = Math.max(needQuantity, proposal.totalQuantity);
  return (
    <div className="coalition__chart">
      <div
        className="coalition__bar"
        role="img"
        aria-label={`${proposal.members.map((m) => `${m.supplierName} ${formatNumber(m.quantity)} ${proposal.unit}`).join(', ')}; need ${formatNumber(needQuantity)} ${proposal.unit} / ${per}`}
      >
        {proposal.members.map((m, i) => (
          <span
            key={m.supplierId}
            className={`stackbar__seg c${i % COALITION_COLOURS}`}
            style={{ width: `${(m.quantity / scale) * 100}%` }}
            title={`${m.supplierName}: ${formatNumber(m.quantity)} ${proposal.unit} / ${per} (${percent(m.share)})`}
          >
            <span className="coalition__seg-label">{percent(m.share)}</span>
          </span>
        ))}
        <span
          className="coalition__need"
          style={{ insetInlineStart: `${(needQuantity / scale) * 100}%` }}
          aria-hidden="true"
        >
          <span>need {formatNumber(needQuantity)}</span>
        </span>
      </div>
      <ul className="coalition__members">
        {proposal.members.map((m, i) => (
          <li key={m.supplierId}>
            <span className={`member-dot c${i % COALITION_COLOURS}`} aria-hidden="true" />
            <strong>{m.supplierName}</strong> {formatNumber(m.quantity)} {proposal.unit} / {per}{' '}
            <span className="muted">
              ({percent(m.share)} of the volume
              {m.landedUnitCost > 0
                ? `, landed ${formatMoney(m.landedUnitCost, proposal.currency ?? undefined)} / ${singularUnit(proposal.unit)}`
                : ''}
              )
            </span>
            <Contributors member={m} unit={proposal.unit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Who inside a producer group delivers its share: each member enterprise in proportion to the
 * capacity it committed. Members the viewer may not see are counted together, unnamed.
 */
function Contributors({ member, unit }: { member: CoalitionMemberView; unit: string }) {
  if (member.contributors.length < 2 && member.contributors.every((c) => c.own)) return null;
  const named = member.contributors.filter((c) => c.name !== null);
  const hidden = member.contributors.filter((c) => c.name === null);
  const parts = named.map(
    (c) => `${c.own ? `${c.name} (own lines)` : c.name} ${formatNumber(c.quantity)} ${unit}`,
  );
  // The API sums members the viewer may not see into one unnamed line: their number is not told.
  if (hidden.length)
    parts.push(`other members ${formatNumber(hidden.reduce((sum, c) => sum + c.quantity, 0))} ${unit}`);
  return <span className="coalition__contributors">from {parts.join(' · ')}</span>;
}

/** The proposal's volume as a bar against the need, and for a seasonal one the months as a chart. */
function ProposalPicture({
  proposal,
  needQuantity,
}: {
  proposal: CoalitionProposalView;
  needQuantity: number;
}) {
  return (
    <>
      <ProposalBar proposal={proposal} needQuantity={needQuantity} />
      {proposal.schedule ? <SeasonChart proposal={{ ...proposal, schedule: proposal.schedule }} /> : null}
    </>
  );
}

function OptimalityBadge({ proposal }: { proposal: CoalitionProposalView }) {
  return proposal.provenOptimal ? (
    <Badge tone="good" title="The optimiser proved no cheaper coalition exists">
      ✓ Proven optimal
    </Badge>
  ) : (
    <Badge tone="warn" title="The time budget ran out before optimality was proven">
      within {percent(proposal.relativeGap)} of optimal
    </Badge>
  );
}

export function CoalitionView({
  coalitions,
  needQuantity,
  unit,
  period,
}: {
  coalitions: NeedCoalitionsView;
  needQuantity: number;
  unit: CoalitionProposalView['unit'];
  period: CoalitionProposalView['period'];
}) {
  if (coalitions.state === 'PENDING')
    return <p className="muted">Coalitions are computed with the matches…</p>;
  if (!coalitions.needed && !coalitions.singleSupplier) {
    return (
      <p className="muted">
        A single eligible supplier covers the volume at the lowest cost, so no coalition is needed.
      </p>
    );
  }
  if (coalitions.proposals.length === 0) {
    return (
      <p className="muted">
        No coalition of suppliers who qualify today covers {formatRate(needQuantity, unit, period)}.
        Conditional suppliers below can qualify once they close their gaps.
      </p>
    );
  }
  const [best, ...alternatives] = coalitions.proposals;
  const shortMonths = best!.schedule?.periods.filter((p) => p.shortfall > 1e-9).length ?? 0;
  return (
    <div className="stack">
      <article className="coalition coalition--best" aria-label="Best coalition">
        <div className="coalition__head">
          <h3>
            Best coalition: {best!.members.length} supplier{best!.members.length === 1 ? '' : 's'},{' '}
            {formatNumber(best!.totalQuantity)} {best!.unit} / {PERIOD_LABEL[best!.period]}
            {best!.schedule ? ` on average over ${best!.schedule.periods.length} months` : ''}
          </h3>
          {best!.schedule?.partial ? (
            <Badge tone="warn" title="No coalition of the candidates covers every month">
              Partial: short in {shortMonths} month{shortMonths === 1 ? '' : 's'}
            </Badge>
          ) : null}
          <OptimalityBadge proposal={best!} />
        </div>
        <ProposalPicture proposal={best!} needQuantity={needQuantity} />
        <p className="coalition__explanation">{best!.explanation}</p>
        {best!.objective > 0 ? (
          <p className="muted small">
            Landed cost {formatMoney(best!.objective, best!.currency ?? undefined)} per{' '}
            {PERIOD_LABEL[best!.period]}.
          </p>
        ) : null}
        {coalitions.singleSupplier && coalitions.savingPerPeriod !== null ? (
          <SingleSupplierComparison single={coalitions.singleSupplier} saving={coalitions.savingPerPeriod} />
        ) : null}
      </article>
      {alternatives.length ? (
        <details className="coalition-alternatives">
          <summary>
            {alternatives.length} alternative{alternatives.length === 1 ? '' : 's'} with different members
          </summary>
          {alternatives.map((p) => (
            <article key={p.id} className="coalition" aria-label={`Alternative ${p.rank}`}>
              <div className="coalition__head">
                <h3>
                  Alternative {p.rank}: {p.members.map((m) => m.supplierName).join(' + ')}
                </h3>
                <OptimalityBadge proposal={p} />
              </div>
              <ProposalPicture proposal={p} needQuantity={needQuantity} />
              <p className="coalition__explanation small">{p.explanation}</p>
            </article>
          ))}
        </details>
      ) : null}
    </div>
  );
}

/** What the coalition saves against the cheapest supplier able to serve the whole need alone, costed the same way. */
function SingleSupplierComparison({ single, saving }: { single: CoalitionProposalView; saving: number }) {
  const who = single.members[0]?.supplierName ?? 'one supplier';
  const per = PERIOD_LABEL[single.period];
  return (
    <p className="coalition__saving">
      <strong>
        Saves {formatMoney(saving, single.currency ?? undefined)} per {per}
      </strong>{' '}
      against the cheapest supplier able to serve the whole need alone, {who}, which would cost{' '}
      {formatMoney(single.objective, single.currency ?? undefined)} per {per} (price, transport and
      coordination counted the same way).
    </p>
  );
}
