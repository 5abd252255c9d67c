import { DeclineNeedSchema, type MatchedNeedView } from '@linkage/contracts';
import { DECLINE_REASONS, type DeclineReason } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useParams } from '@remix-run/react';
import { Form } from '~/components/form';
import { IntroductionList } from '~/components/introductions';
import { EligibilityChip, GapChips } from '~/components/matching';
import { AskedMonths } from '~/components/season-chart';
import { Badge, EmptyState } from '~/components/ui';
import { PlanUpgradingButton } from '~/components/upgrading';
import { requireUser } from '~/lib/auth.server';
import { formatCountry, formatDate, formatRate, percent } from '~/lib/format';
import { orThrow } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { ProductName } from '~/components/reference-names';

const DECLINE_LABEL: Record<DeclineReason, string> = {
  CAPACITY: 'Not enough capacity',
  PRICE: 'The price does not work for us',
  STANDARDS: 'We cannot meet the standards',
  TIMING: 'The dates do not work for us',
  OTHER: 'Another reason',
};

/** A producer group's view of demand: the open needs it matches, and for conditional ones, its own gaps. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const [needs, introductions] = await Promise.all([
    api.listMatchedNeeds(params.orgId!).then((r) => orThrow(request, r)),
    api.listIntroductions().then((r) => orThrow(request, r)),
  ]);
  // Introductions of this group that are still waiting for answers (decision 0013).
  const mine = introductions.filter(
    (i) => i.status === 'PROPOSED' && i.parties.some((p) => p.groupId === params.orgId),
  );
  return { needs, introductions: mine };
}

/** Declining a need, with a reason the programme keeps for its indicators. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const form = await request.formData();
  const parsed = DeclineNeedSchema.safeParse({
    supplierId: params.orgId,
    reason: form.get('reason'),
    note: String(form.get('note') ?? '') || undefined,
  });
  if (!parsed.success)
    throw new Response(parsed.error.issues[0]?.message ?? 'Choose a reason', { status: 400 });
  await orThrow(request, await api.declineNeed(String(form.get('needId') ?? ''), parsed.data));
  return redirectWithNotice(
    request,
    `/organisations/${params.orgId}/matched-needs`,
    'Declined. The buyer sees your reason; you can still make an offer until the deadline.',
  );
}

export default function MatchedNeeds() {
  const { needs, introductions } = useLoaderData<typeof loader>();
  const conditional = needs.filter((n) => n.eligibility === 'CONDITIONAL').length;
  return (
    <section aria-labelledby="mn-title" className="stack">
      {introductions.length ? (
        <section aria-labelledby="mn-introductions-title" className="stack">
          <h2 id="mn-introductions-title">Introductions to buyers</h2>
          <IntroductionList introductions={introductions} />
        </section>
      ) : null}
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
          <p>
            When a lead firm posts a need for what your members supply, it appears here with how well you fit.
          </p>
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
            {need.matchStatus === 'SHORTLISTED' ? (
              <Badge tone="info">★ shortlisted by the buyer</Badge>
            ) : null}
            {need.matchStatus === 'INVITED' ? <Badge tone="good">✉ invited to offer</Badge> : null}
            {need.offer ? (
              <Badge tone="info">offer sent: {formatRate(need.offer.quantity, need.unit, need.period)}</Badge>
            ) : null}
            {need.declinedFor && !need.offer ? (
              <Badge>declined: {DECLINE_LABEL[need.declinedFor].toLowerCase()}</Badge>
            ) : null}
          </h3>
          <p className="need-card__meta">
            <span>{need.leadFirmName}</span>
            <span>
              <ProductName code={need.productCode} name={need.productName} />
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
      {need.coalition?.months ? <AskedMonths months={need.coalition.months} unit={need.unit} /> : null}
      {need.gaps.length ? (
        <>
          <p className="small">
            <strong>What you would need to close</strong> to serve this buyer:
          </p>
          <GapChips gaps={need.gaps} />
          {need.eligibility === 'CONDITIONAL' ? <PlanGaps needId={need.needId} /> : null}
        </>
      ) : null}
      {need.offer ? (
        <p className="small">
          <Link to="../offers">See your offer</Link>
        </p>
      ) : (
        <div className="button-row">
          <Link to={`../needs/${need.needId}/offer`} className="button button--primary">
            Make an offer
          </Link>
          <details>
            <summary className="button">Decline</summary>
            <Form method="post" className="decline-form">
              <input type="hidden" name="needId" value={need.needId} />
              <label className="field">
                Why?
                <select name="reason" defaultValue={need.declinedFor ?? 'CAPACITY'}>
                  {DECLINE_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {DECLINE_LABEL[r]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                Note for the buyer (optional)
                <input type="text" name="note" maxLength={2000} />
              </label>
              <button type="submit" className="button">
                Decline this need
              </button>
            </Form>
          </details>
        </div>
      )}
    </li>
  );
}

/** The group plans how to close its gaps for this need (decision 0014), or opens the plan already made. */
function PlanGaps({ needId }: { needId: string }) {
  const orgId = useParams().orgId!;
  return (
    <PlanUpgradingButton
      subject={{ needId, supplierId: orgId }}
      back={`/organisations/${orgId}/matched-needs`}
    />
  );
}
