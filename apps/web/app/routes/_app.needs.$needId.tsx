import { parseWithZod } from '@conform-to/zod/v4';
import {
  ProposeIntroductionSchema,
  AwardOffersSchema,
  ChangeMatchStatusSchema,
  ChangeNeedStatusSchema,
  type NeedMessageView,
  type NeedOffersView,
  type CoalitionProposalView,
  type ExcludedSupplierView,
  type MatchView,
  type NeedExclusionsView,
  type SourcingNeedView,
} from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useRevalidator } from '@remix-run/react';
import { Form } from '~/components/form';
import { useEffect, useState } from 'react';
import { MANAGING_ROLES, MATCHABLE_NEED_STATUSES, type NeedStatus, canTransitionNeed, singularUnit } from '@linkage/domain';
import {
  CoalitionView,
  EligibilityChip,
  GapChips,
  MatchScoreBar,
  MatchScoreLegend,
} from '~/components/matching';
import { BrokerIntroductions, type IntroduceFormName } from '~/components/introduce-forms';
import { IntroductionList } from '~/components/introductions';
import { NeedFacts } from '~/components/need-facts';
import { PlanUpgradingButton } from '~/components/upgrading';
import { Thread } from '~/components/thread';
import { Badge, EmptyState, TableScroll } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import {
  formatCountry,
  formatDate,
  formatDateTime,
  formatLatLon,
  formatNumber,
  formatRate,
} from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { StandardName } from '~/components/reference-names';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.need.title} — Linkage Exchange` : 'Sourcing need — Linkage Exchange' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api, organisations, brokering, user } = await requireUser(request);
  const id = params.needId!;
  // Introductions (decision 0013): the buyer's to answer, the broker's own programme's.
  const [need, matches, coalitions, exclusions, introductions] = await Promise.all([
    api.getNeed(id).then((r) => orThrow(request, r)),
    api.getNeedMatches(id).then((r) => orThrow(request, r)),
    api.getNeedCoalitions(id).then((r) => orThrow(request, r)),
    api.getNeedExclusions(id).then((r) => orThrow(request, r)),
    api.listNeedIntroductions(id).then((r) => orThrow(request, r)),
  ]);
  // The lead firm's people run the need; programme brokers follow it read-only (decision 0012):
  // offers and the question threads stay between the buyer and the groups.
  const buyer = organisations.some((o) => o.id === need.leadFirmId);
  const [offers, messages] = buyer
    ? await Promise.all([
        api.getNeedOffers(id).then((r) => orThrow(request, r)),
        api.listNeedMessages(id).then((r) => orThrow(request, r)),
      ])
    : [null, null];
  // Brokers with the supplier's full view, its managers and admins plan its upgrading (decision 0014).
  const planners = new Set([...brokering, ...organisations.filter((o) => MANAGING_ROLES.includes(o.role)).map((o) => o.id)]);
  const planFor = matches.matches
    .filter((m) => m.eligibility === 'CONDITIONAL' && (user.platformRole === 'ADMIN' || planners.has(m.supplierId)))
    .map((m) => m.supplierId);
  const plans = planFor.length ? await api.listUpgradingPlans({ needId: id }).then((r) => orThrow(request, r)) : [];
  const planned = plans.map((p) => p.supplier.id);
  const programmes = organisations
    .filter((o) => o.kind === 'PROGRAMME')
    .map((o) => ({ id: o.id, legalName: o.legalName }));
  return { need, matches, coalitions, exclusions, offers, messages, buyer, planFor, planned, introductions, programmes };
}

/**
 * Invite a supplier or a whole coalition to offer, or shortlist, dismiss or restore a match: one small
 * form per button, no JavaScript needed.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const form = await request.formData();
  const intent = form.get('intent');
  if (intent === 'introduce-match' || intent === 'introduce-coalition') {
    const introduceForm: IntroduceFormName = intent;
    const submission = parseWithZod(form, { schema: ProposeIntroductionSchema });
    if (submission.status !== 'success') return { introduceForm, result: submission.reply() };
    const made = await api.proposeIntroduction(params.needId!, submission.value);
    if (!made.ok)
      return { introduceForm, result: replyWithApiError(submission, made, { listFields: ['groupIds'] }) };
    return redirectWithNotice(
      request,
      `/introductions/${made.data.id}`,
      'Introduced: the buyer and the groups are told and asked to answer.',
    );
  }
  if (intent === 'award') {
    // One quantity box per offer; the ones left empty are not awarded (and are declined with the rest).
    const awards = [...form.entries()]
      .filter(([name, value]) => name.startsWith('award.') && String(value).trim() !== '')
      .map(([name, value]) => ({ offerId: name.slice('award.'.length), quantity: Number(value) }));
    const parsed = AwardOffersSchema.safeParse({ awards });
    if (!parsed.success)
      return { awardError: parsed.error.issues[0]?.message ?? 'Give the quantity to award' };
    const result = await api.awardOffers(params.needId!, parsed.data);
    if (!result.ok)
      return { awardError: Object.values(result.error.fields ?? {}).join(' ') || result.error.message };
    const names = result.data.awards.map((a) => a.supplierName);
    return redirectWithNotice(
      request,
      `/needs/${params.needId}`,
      `Awarded to ${names.join(' and ')}; their capacity is reserved${result.data.declinedOffers ? `, and ${result.data.declinedOffers} other offer${result.data.declinedOffers === 1 ? ' is' : 's are'} declined` : ''}.`,
    );
  }
  if (intent === 'status') {
    const parsed = ChangeNeedStatusSchema.safeParse({ status: form.get('status') });
    if (!parsed.success) throw new Response('Choose a status', { status: 400 });
    const changed = await api.changeNeedStatus(params.needId!, parsed.data);
    if (!changed.ok) return { statusError: changed.error.message };
    return redirectWithNotice(request, `/needs/${params.needId}`, STATUS_NOTICE[parsed.data.status]);
  }
  if (intent === 'answer' || intent === 'clarify') {
    const supplierId = String(form.get('supplierId') ?? '');
    const sent = await api.postNeedMessage(params.needId!, {
      ...(intent === 'answer' ? { supplierId } : {}),
      body: String(form.get('body') ?? ''),
      publish: intent === 'clarify',
    });
    if (!sent.ok)
      return { messageError: Object.values(sent.error.fields ?? {}).join(' ') || sent.error.message };
    return redirectWithNotice(
      request,
      `/needs/${params.needId}#questions`,
      intent === 'clarify' ? 'Clarification sent to every invited supplier.' : 'Answer sent.',
    );
  }
  if (intent === 'cancel-award') {
    await orThrow(request, await api.cancelAward(String(form.get('awardId') ?? '')));
    return redirectWithNotice(
      request,
      `/needs/${params.needId}`,
      'Award cancelled; the capacity it reserved is free again.',
    );
  }
  if (intent === 'invite' || intent === 'invite-coalition') {
    const body =
      intent === 'invite'
        ? { supplierIds: [String(form.get('supplierId') ?? '')] }
        : { proposalId: String(form.get('proposalId') ?? '') };
    const invited = await orThrow(request, await api.inviteSuppliers(params.needId!, body));
    const names = invited.invited.map((i) => i.supplierName);
    return redirectWithNotice(
      request,
      `/needs/${params.needId}`,
      `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} invited to offer and will be told by e-mail.`,
    );
  }
  const matchId = String(form.get('matchId') ?? '');
  const parsed = ChangeMatchStatusSchema.safeParse({ status: form.get('status') });
  if (!parsed.success)
    throw new Response(parsed.error.issues[0]?.message ?? 'Choose a status', { status: 400 });
  const result = await api.changeMatchStatus(params.needId!, matchId, parsed.data);
  if (!result.ok) throw new Response(result.error.message, { status: result.status === 404 ? 404 : 400 });
  const verb = { SHORTLISTED: 'shortlisted', DISMISSED: 'dismissed', PROPOSED: 'back among the proposals' }[
    parsed.data.status
  ];
  return redirectWithNotice(request, `/needs/${params.needId}`, `${result.data.supplierName} is ${verb}.`);
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
  const { need, matches, coalitions, exclusions, offers, messages, buyer, planFor, planned, introductions, programmes } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const pending = matches.state === 'PENDING' || coalitions.state === 'PENDING';
  // Suppliers can be invited while the need takes answers (domain MATCHABLE_NEED_STATUSES).
  const open = buyer && MATCHABLE_NEED_STATUSES.includes(need.status);
  usePollWhile(pending);

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/dashboard">Dashboard</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/organisations/${need.leadFirmId}`}>{need.leadFirmName}</Link>{' '}
        <span aria-hidden="true">/</span> <span>Sourcing need</span>
      </nav>
      <div className="page-header">
        <h1>
          {need.title}{' '}
          <Badge tone={need.status === 'OPEN' ? 'good' : 'neutral'}>{need.status.toLowerCase()}</Badge>
        </h1>
        <p className="muted">
          Posted by {need.leadFirmName} on {formatDate(need.createdAt)}
          {need.sealOffers ? ' · offers sealed until the response deadline' : ''}
        </p>
        {buyer ? (
          <NeedActions need={need} />
        ) : (
          <p className="notice notice--info small">
            You follow this need as a programme broker: its matches and coalitions are shown as{' '}
            {need.leadFirmName} sees them. Offers and questions stay between the buyer and the groups.
          </p>
        )}
      </div>

      <NeedFacts
        need={need}
        place={
          <>
            {need.deliveryPlace ? (
              <span className="block muted small">
                {formatLatLon(need.deliveryPlace.lat, need.deliveryPlace.lon)}
              </span>
            ) : null}
            {need.maxDistanceKm ? (
              <span className="block muted small">within {formatNumber(need.maxDistanceKm)} km</span>
            ) : null}
          </>
        }
      />
      {need.requirements.length || need.targetPrice != null ? (
        <p className="need-requirements">
          {need.requirements.map((r) => (
            <span
              key={r.standardCode}
              className="chip chip--std"
              title={r.level.replace(/_/g, ' ').toLowerCase()}
            >
              <StandardName code={r.standardCode} name={r.standardName} /> · {REQ_LEVEL[r.level]}
              {r.mustHoldNow ? ' · held now' : r.obtainBy ? ` · by ${formatDate(r.obtainBy)}` : ''}
            </span>
          ))}
          {need.targetPrice != null ? (
            <span className="chip">
              target {formatNumber(need.targetPrice)} {need.currency} / {singularUnit(need.unit)}
            </span>
          ) : null}
          {need.criticality === 'CORE' ? <span className="chip">core supply</span> : null}
        </p>
      ) : null}
      {need.description ? <p className="need-description">{need.description}</p> : null}

      {buyer && introductions.length ? (
        <section aria-labelledby="introductions-title" className="section-tight">
          <h2 id="introductions-title">Introductions by programme brokers</h2>
          <IntroductionList introductions={introductions} showNeed={false} />
        </section>
      ) : null}
      {!buyer && programmes.length ? (
        <BrokerIntroductions
          introductions={introductions}
          matches={matches.matches}
          coalition={coalitions.proposals[0]}
          programmes={programmes}
          lastResult={actionData && 'introduceForm' in actionData ? actionData : null}
        />
      ) : null}
      {offers ? <OffersSection need={need} offers={offers} /> : null}
      {messages ? <QuestionsSection messages={messages} /> : null}

      {coalitions.needed || coalitions.singleSupplier || coalitions.state === 'PENDING' ? (
        <section aria-labelledby="coalition-title" className="section-tight">
          <div className="section-heading">
            <h2 id="coalition-title">
              {coalitions.needed
                ? 'Coalition: suppliers who meet the volume together'
                : 'Coalition: cheaper together than the best single supplier'}
            </h2>
          </div>
          <CoalitionView
            coalitions={coalitions}
            needQuantity={need.quantity}
            unit={need.unit}
            period={need.period}
          />
          {open && coalitions.proposals[0] && coalitions.proposals[0].members.length > 1 ? (
            <InviteCoalition
              proposal={coalitions.proposals[0]}
              invited={
                new Set(matches.matches.filter((m) => m.status === 'INVITED').map((m) => m.supplierId))
              }
            />
          ) : null}
        </section>
      ) : null}

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
              <MatchScoreLegend />
              <ol className="match-list" aria-label="Matches, best first">
                {matches.matches.map((m) => (
                  <MatchRow key={m.id} match={m} canInvite={open} canManage={buyer} planNeedId={planFor.includes(m.supplierId) ? need.id : null} planned={planned.includes(m.supplierId)} />
                ))}
              </ol>
            </>
          ) : matches.state === 'READY' ? (
            <NoMatches suppliersOfProduct={matches.suppliersOfProduct} excluded={matches.excludedTotal} />
          ) : null}
        </div>
      </section>
      {exclusions.state === 'READY' && exclusions.total > 0 ? <NotEligible exclusions={exclusions} /> : null}
      {pending ? (
        <noscript>
          <meta httpEquiv="refresh" content="2" />
        </noscript>
      ) : null}
    </>
  );
}

/** An empty list that says the truth: nobody records the product, or some do and none qualifies yet. */
function NoMatches({ suppliersOfProduct, excluded }: { suppliersOfProduct: number; excluded: number }) {
  if (suppliersOfProduct === 0)
    return (
      <EmptyState title="No matching suppliers yet" icon="◌">
        <p>
          No producer group records a product in this HS chapter yet. As more groups record what they supply,
          matches can appear here.
        </p>
      </EmptyState>
    );
  return (
    <EmptyState title="No supplier qualifies yet" icon="◌">
      <p>
        {suppliersOfProduct === 1
          ? '1 producer group records'
          : `${formatNumber(suppliersOfProduct)} producer groups record`}{' '}
        products of this HS chapter; none can serve this need yet.
        {excluded > 0 ? ' “Not eligible, and why” below says what keeps each out.' : ''}
      </p>
    </EmptyState>
  );
}

/** The "why not", collapsed: suppliers of the product that cannot serve the need, each with every reason. */
function NotEligible({ exclusions }: { exclusions: NeedExclusionsView }) {
  return (
    <section aria-labelledby="not-eligible-title" className="section-tight">
      <details className="not-eligible">
        <summary>
          <h2 id="not-eligible-title">Not eligible, and why</h2>{' '}
          <span className="muted small">
            {exclusions.total === 1 ? '1 supplier' : `${formatNumber(exclusions.total)} suppliers`} of this
            product family
            {exclusions.total > exclusions.excluded.length
              ? `, the ${exclusions.excluded.length} closest to qualifying shown`
              : ''}
          </span>
        </summary>
        <ol className="match-list" aria-label="Suppliers not eligible, closest to qualifying first">
          {exclusions.excluded.map((x) => (
            <ExcludedRow key={x.supplierId} supplier={x} />
          ))}
        </ol>
      </details>
    </section>
  );
}

function ExcludedRow({ supplier }: { supplier: ExcludedSupplierView }) {
  return (
    <li className="match match--excluded">
      <span className="match__rank" aria-hidden="true">
        ✕
      </span>
      <div className="match__who">
        <p className="match__name">{supplier.supplierName}</p>
        <p className="match__country">
          <PinIcon /> {formatCountry(supplier.supplierCountry)}
          {supplier.distanceKm != null ? (
            <span className="muted"> · {formatNumber(Math.round(supplier.distanceKm))} km away</span>
          ) : null}
        </p>
        <ul className="blockers" aria-label={`Why ${supplier.supplierName} is not eligible`}>
          {supplier.blockers.map((b) => (
            <li key={b}>{capitalise(b)}</li>
          ))}
        </ul>
        <GapChips gaps={supplier.gaps} />
      </div>
    </li>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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

const REQ_LEVEL = {
  EACH_SUPPLIER: 'each supplier',
  ANY_SUPPLIER: 'any supplier',
  GROUP_COVERS: 'group certificate required',
} as const;

function MatchRow({
  match,
  canInvite,
  canManage,
  planNeedId,
  planned,
}: {
  match: MatchView;
  canInvite: boolean;
  /** Set on a conditional match the viewer may plan the upgrading of (decision 0014). */
  planNeedId: string | null;
  /** Its plan is already drawn up: the button opens it. */
  planned: boolean;
  /** The lead firm's people shortlist, dismiss and invite; a broker reads. */
  canManage: boolean;
}) {
  const navigation = useNavigation();
  const busy =
    navigation.state !== 'idle' &&
    (navigation.formData?.get('matchId') === match.id ||
      navigation.formData?.get('supplierId') === match.supplierId);
  return (
    <li className={`match match--${match.status.toLowerCase()}`}>
      <span className="match__rank" aria-label={`Rank ${match.rank}`}>
        {match.rank}
      </span>
      <div className="match__who">
        <p className="match__name">
          {match.supplierName} <EligibilityChip eligibility={match.eligibility} />
          {match.status === 'SHORTLISTED' ? <Badge tone="info">★ shortlisted</Badge> : null}
          {match.status === 'DISMISSED' ? <Badge>dismissed</Badge> : null}
          {match.status === 'INVITED' ? <Badge tone="good">✉ invited to offer</Badge> : null}
        </p>
        <p className="match__country">
          <PinIcon /> {formatCountry(match.supplierCountry)}
          {match.distanceKm != null ? (
            <span className="muted"> · {formatNumber(Math.round(match.distanceKm))} km away</span>
          ) : null}
        </p>
        <p className="match__reason">{match.explanation}</p>
        <GapChips gaps={match.gaps} />
        {planNeedId ? (
          <PlanUpgradingButton
            subject={{ needId: planNeedId, supplierId: match.supplierId }}
            back={`/needs/${planNeedId}`}
            label={planned ? 'Open the upgrading plan' : 'Plan the upgrading'}
          />
        ) : null}
        {match.status === 'INVITED' ? (
          <p className="muted small">Invited: the group has been told, in the app and by e-mail.</p>
        ) : !canManage ? null : (
          <div className="match__actions">
            {canInvite ? (
              <Form method="post" preventScrollReset>
                <input type="hidden" name="intent" value="invite" />
                <input type="hidden" name="supplierId" value={match.supplierId} />
                <button
                  type="submit"
                  className="button button--small button--primary"
                  disabled={busy}
                >
                  Invite to offer<span className="visually-hidden">: {match.supplierName}</span>
                </button>
              </Form>
            ) : null}
            {match.status !== 'SHORTLISTED' ? (
              <StatusButton match={match} status="SHORTLISTED" label="Shortlist" busy={busy} />
            ) : null}
            {match.status !== 'DISMISSED' ? (
              <StatusButton match={match} status="DISMISSED" label="Dismiss" busy={busy} />
            ) : null}
            {match.status !== 'PROPOSED' ? (
              <StatusButton match={match} status="PROPOSED" label="Undo" busy={busy} />
            ) : null}
          </div>
        )}
      </div>
      <MatchScoreBar score={match.score} components={match.components} />
    </li>
  );
}

/** Invites every member of the best coalition proposal to offer, in one step; says so once they all are. */
function InviteCoalition({
  proposal,
  invited,
}: {
  proposal: CoalitionProposalView;
  invited: ReadonlySet<string>;
}) {
  const navigation = useNavigation();
  const proposalId = proposal.id;
  const size = proposal.members.length;
  if (proposal.members.every((m) => invited.has(m.supplierId)))
    return (
      <p className="coalition__invite muted">All {size} suppliers of this coalition are invited to offer.</p>
    );
  return (
    <Form method="post" preventScrollReset className="coalition__invite">
      <input type="hidden" name="intent" value="invite-coalition" />
      <input type="hidden" name="proposalId" value={proposalId} />
      <button
        type="submit"
        className="button button--primary"
        disabled={navigation.formData?.get('proposalId') === proposalId}
      >
        Invite the {size} suppliers of this coalition to offer
      </button>
    </Form>
  );
}

function StatusButton({
  match,
  status,
  label,
  busy,
  primary,
}: {
  match: MatchView;
  status: string;
  label: string;
  busy: boolean;
  primary?: boolean;
}) {
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="matchId" value={match.id} />
      <input type="hidden" name="status" value={status} />
      <button
        type="submit"
        className={`button button--small${primary ? ' button--primary' : ''}`}
        disabled={busy}
      >
        {label}
        <span className="visually-hidden"> {match.supplierName}</span>
      </button>
    </Form>
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

/**
 * The offers on the need side by side (DESIGN §3 flow 4): quantity and coverage, price and landed
 * cost, lead time, validity, fit and open gaps, and the split over producers; one form awards one or
 * several of them, each with its quantity.
 */
function OffersSection({ need, offers }: { need: SourcingNeedView; offers: NeedOffersView }) {
  const navigation = useNavigation();
  const actionData = useActionData<{ awardError?: string }>();
  const awardable = MATCHABLE_NEED_STATUSES.includes(need.status);
  const live = offers.offers.filter((o) => o.status !== 'WITHDRAWN');
  if (offers.count === 0 && offers.declines.length === 0) return null;
  return (
    <section aria-labelledby="offers-title" className="section-tight">
      <div className="section-heading">
        <h2 id="offers-title">Offers</h2>
        <span className="muted small">
          {offers.count} offer{offers.count === 1 ? '' : 's'}
          {offers.declines.length ? `, ${offers.declines.length} declined to offer` : ''}
        </span>
      </div>
      {offers.sealed ? (
        <p className="notice">
          Offers are sealed: you will see them on {formatDate(offers.opensOn!)}, once the response deadline
          has passed.
        </p>
      ) : (
        <Form method="post" preventScrollReset className="stack">
          <input type="hidden" name="intent" value="award" />
          <TableScroll label="Offers side by side">
            <table className="table offer-compare">
              <caption className="visually-hidden">Offers side by side</caption>
              <thead>
                <tr>
                  <th scope="col">Supplier</th>
                  <th scope="col" className="num">
                    Quantity · coverage
                  </th>
                  <th scope="col" className="num">
                    Price · landed
                  </th>
                  <th scope="col">Lead time · valid until</th>
                  <th scope="col">Fit · gaps</th>
                  <th scope="col">{awardable ? 'Award' : 'Status'}</th>
                </tr>
              </thead>
              <tbody>
                {live.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      {o.supplierName}
                      {o.parts.length ? (
                        <span className="block small muted">
                          joint offer with{' '}
                          {o.parts
                            .filter((p) => !p.lead)
                            .map((p) => p.supplierName)
                            .join(', ')}
                        </span>
                      ) : null}
                      <ul className="offer-compare__split">
                        {o.allocations.map((a) => (
                          <li key={`${a.lineId}-${a.producerName}`}>
                            {a.producerName}: {formatRate(a.quantity, o.unit, o.period)}
                          </li>
                        ))}
                      </ul>
                      {o.notes ? <p className="small muted">{o.notes}</p> : null}
                      {o.attachments.map((a) => (
                        <a key={a.id} className="block small" href={`/offers/${o.id}/attachments/${a.id}`}>
                          📎 {a.fileName}
                        </a>
                      ))}
                    </th>
                    <td className="num">
                      {formatRate(o.quantity, o.unit, o.period)}
                      <span className="block small muted">{Math.round(o.coverage * 100)}% of the need</span>
                    </td>
                    <td className="num">
                      {formatNumber(o.price)} {o.currency} {o.incoterm}
                      <span className="block small muted">
                        landed {formatNumber(o.landedCost)} {o.currency} / {singularUnit(o.unit)}
                      </span>
                    </td>
                    <td>
                      {o.leadTimeDays} days
                      <span className="block small muted">until {formatDate(o.validUntil)}</span>
                    </td>
                    <td>
                      {o.match ? `${Math.round(o.match.score * 100)}%` : '—'}
                      {o.match?.gaps.length ? (
                        <span className="block small muted">
                          {o.match.gaps.map((g) => g.description).join('; ')}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {o.award ? (
                        <>
                          <Badge tone={o.award.status === 'ACTIVE' ? 'good' : 'neutral'}>
                            {o.award.status === 'ACTIVE' ? 'awarded' : 'award cancelled'}{' '}
                            {formatRate(o.award.quantity, o.unit, o.period)}
                          </Badge>
                          <a className="block small" href={`/awards/${o.award.id}/confirmation`}>
                            Award confirmation
                          </a>
                          {o.award.status === 'ACTIVE' ? (
                            // Its own form (below the table): forms cannot nest inside the award form.
                            <button
                              type="submit"
                              form={`cancel-${o.award.id}`}
                              className="link-button link-button--danger small"
                            >
                              Cancel this award
                            </button>
                          ) : null}
                        </>
                      ) : awardable && (o.status === 'SUBMITTED' || o.status === 'SHORTLISTED') ? (
                        <label className="award-form">
                          <span className="visually-hidden">Quantity to award {o.supplierName}</span>
                          <input
                            type="number"
                            name={`award.${o.id}`}
                            min={0}
                            max={o.quantity}
                            step="any"
                            inputMode="decimal"
                            placeholder={`up to ${formatNumber(o.quantity)}`}
                          />
                        </label>
                      ) : (
                        <Badge>{o.status === 'DECLINED' ? 'not taken' : o.status.toLowerCase()}</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {actionData?.awardError ? (
            <div className="form-errors" role="alert">
              {actionData.awardError}
            </div>
          ) : null}
          {awardable && live.some((o) => o.status === 'SUBMITTED' || o.status === 'SHORTLISTED') ? (
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={navigation.state !== 'idle'}>
                Award the quantities entered
              </button>
              <span className="small muted">
                Awarding reserves the suppliers’ capacity and declines the offers left empty.
              </span>
            </div>
          ) : null}
        </Form>
      )}
      {live.flatMap((o) =>
        o.award?.status === 'ACTIVE'
          ? [
              <Form key={o.award.id} id={`cancel-${o.award.id}`} method="post" preventScrollReset hidden>
                <input type="hidden" name="intent" value="cancel-award" />
                <input type="hidden" name="awardId" value={o.award.id} />
              </Form>,
            ]
          : [],
      )}
      {offers.declines.length ? (
        <p className="small muted">
          Declined to offer:{' '}
          {offers.declines
            .map((d) => `${d.supplierName} (${d.reason.toLowerCase()}${d.note ? `: ${d.note}` : ''})`)
            .join(' · ')}
        </p>
      ) : null}
    </section>
  );
}

/** Suppliers' questions, thread by thread, with a reply box each; and clarifications for every invited supplier. */
function QuestionsSection({ messages }: { messages: NeedMessageView[] }) {
  const actionData = useActionData<{ messageError?: string }>();
  const threads = new Map<string, NeedMessageView[]>();
  for (const m of messages)
    if (m.supplierId) threads.set(m.supplierId, [...(threads.get(m.supplierId) ?? []), m]);
  const clarifications = messages.filter((m) => m.supplierId === null);
  return (
    <section aria-labelledby="questions-title" id="questions" className="section-tight">
      <div className="section-heading">
        <h2 id="questions-title">Questions from suppliers</h2>
        <span className="muted small">
          {threads.size} thread{threads.size === 1 ? '' : 's'}
          {clarifications.length
            ? `, ${clarifications.length} clarification${clarifications.length === 1 ? '' : 's'}`
            : ''}
        </span>
      </div>
      {actionData?.messageError ? (
        <div className="form-errors" role="alert">
          {actionData.messageError}
        </div>
      ) : null}
      {[...threads].map(([supplierId, thread]) => (
        <div key={supplierId} className="stack">
          <h3>{thread[0]!.supplierName}</h3>
          <Thread
            messages={thread}
            speaker={(m) => (m.fromLeadFirm ? 'You' : (m.supplierName ?? 'The group'))}
          />
          <MessageForm
            intent="answer"
            supplierId={supplierId}
            label={`Answer ${thread[0]!.supplierName}`}
            button="Send"
          />
        </div>
      ))}
      {clarifications.length ? (
        <Thread messages={clarifications} speaker={() => 'Clarification to every invited supplier'} />
      ) : null}
      <MessageForm
        intent="clarify"
        label="Publish a clarification to every invited supplier"
        button="Publish"
      />
    </section>
  );
}

/** One line to answer a thread or publish a clarification. */
function MessageForm({
  intent,
  supplierId,
  label,
  button,
}: {
  intent: 'answer' | 'clarify';
  supplierId?: string;
  label: string;
  button: string;
}) {
  return (
    <Form method="post" preventScrollReset className="decline-form">
      <input type="hidden" name="intent" value={intent} />
      {supplierId ? <input type="hidden" name="supplierId" value={supplierId} /> : null}
      <label className="field">
        {label}
        <input type="text" name="body" maxLength={4000} required />
      </label>
      <button type="submit" className="button button--small">
        {button}
      </button>
    </Form>
  );
}

const STATUS_NOTICE: Record<NeedStatus, string> = {
  DRAFT: 'Back to draft.',
  OPEN: 'The need is open: suppliers can see it and answer.',
  EVALUATING: 'Answers are closed; evaluate the offers and award.',
  AWARDED: 'Awarded.',
  CANCELLED: 'The need is cancelled; suppliers with offers are told.',
  CLOSED: 'The need is closed and kept as a record.',
};

/** The moves a buyer makes by hand (awarding is done by awarding offers), and editing while the need is not yet a record. */
const MOVES: Array<{ to: NeedStatus; label: string; from?: NeedStatus }> = [
  { to: 'OPEN', from: 'DRAFT', label: 'Open to suppliers' },
  { to: 'EVALUATING', label: 'Close answers and evaluate' },
  { to: 'OPEN', from: 'EVALUATING', label: 'Reopen to answers' },
  { to: 'CANCELLED', label: 'Cancel this need' },
  { to: 'CLOSED', label: 'Close (keep as a record)' },
];

function NeedActions({ need }: { need: SourcingNeedView }) {
  const navigation = useNavigation();
  const actionData = useActionData<{ statusError?: string }>();
  const moves = MOVES.filter(
    (m) => (!m.from || m.from === need.status) && canTransitionNeed(need.status, m.to),
  );
  const editable = ['DRAFT', 'OPEN', 'EVALUATING'].includes(need.status);
  if (!moves.length && !editable) return null;
  return (
    <div className="button-row">
      {editable ? (
        <Link to="edit" className="button button--small">
          Edit the need
        </Link>
      ) : null}
      {moves.map((m) => (
        <Form key={`${m.from ?? ''}${m.to}`} method="post" preventScrollReset>
          <input type="hidden" name="intent" value="status" />
          <input type="hidden" name="status" value={m.to} />
          <button
            type="submit"
            className={`button button--small${m.to === 'CANCELLED' ? ' button--danger' : ''}`}
            disabled={navigation.state !== 'idle'}
          >
            {m.label}
          </button>
        </Form>
      ))}
      {actionData?.statusError ? (
        <div className="form-errors" role="alert">
          {actionData.statusError}
        </div>
      ) : null}
    </div>
  );
}
