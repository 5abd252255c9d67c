import { DeclineNeedSchema, type MatchedNeedView } from '@linkage/contracts';
import { DECLINE_REASONS } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useParams } from '@remix-run/react';
import { Trans, useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { IntroductionList } from '~/components/introductions';
import { EligibilityChip, GapChips } from '~/components/matching';
import { AskedMonths } from '~/components/season-chart';
import { Badge, EmptyState } from '~/components/ui';
import { PlanUpgradingButton } from '~/components/upgrading';
import { requireUser } from '~/lib/auth.server';
import { i18nServer } from '~/lib/i18n.server';
import { orThrow } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';
import { useFormat } from '~/lib/use-format';
import { ProductName } from '~/components/reference-names';

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
  const { api, locale } = await requireUser(request);
  const t = await i18nServer.getFixedT(locale);
  const form = await request.formData();
  const parsed = DeclineNeedSchema.safeParse({
    supplierId: params.orgId,
    reason: form.get('reason'),
    note: String(form.get('note') ?? '') || undefined,
  });
  if (!parsed.success)
    throw new Response(parsed.error.issues[0]?.message ?? t('matchedNeeds.chooseReason'), { status: 400 });
  await orThrow(request, await api.declineNeed(String(form.get('needId') ?? ''), parsed.data));
  return redirectWithNotice(
    request,
    `/organisations/${params.orgId}/matched-needs`,
    t('matchedNeeds.declined'),
  );
}

export default function MatchedNeeds() {
  const { needs, introductions } = useLoaderData<typeof loader>();
  const conditional = needs.filter((n) => n.eligibility === 'CONDITIONAL').length;
  const { t } = useTranslation();
  return (
    <section aria-labelledby="mn-title" className="stack">
      {introductions.length ? (
        <section aria-labelledby="mn-introductions-title" className="stack">
          <h2 id="mn-introductions-title">{t('matchedNeeds.introductions')}</h2>
          <IntroductionList introductions={introductions} />
        </section>
      ) : null}
      <div className="section-heading">
        <h2 id="mn-title">{t('org.tab.matchedNeeds')}</h2>
        {needs.length ? (
          <span className="muted small">
            {t('matchedNeeds.openNeeds', { count: needs.length })}
            {conditional ? `, ${t('matchedNeeds.withGaps', { count: conditional })}` : ''}
          </span>
        ) : null}
      </div>
      {needs.length === 0 ? (
        <EmptyState title={t('matchedNeeds.none.title')} icon="◇">
          <p>{t('matchedNeeds.none.text')}</p>
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
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="matched-need">
      <div className="matched-need__head">
        <div>
          <h3>
            {need.title} <EligibilityChip eligibility={need.eligibility} />
            {need.matchStatus === 'SHORTLISTED' ? (
              <Badge tone="info">{t('matchedNeeds.shortlisted')}</Badge>
            ) : null}
            {need.matchStatus === 'INVITED' ? <Badge tone="good">{t('matchedNeeds.invited')}</Badge> : null}
            {need.offer ? (
              <Badge tone="info">
                {t('matchedNeeds.offerSent', {
                  rate: format.rate(need.offer.quantity, need.unit, need.period),
                })}
              </Badge>
            ) : null}
            {need.declinedFor && !need.offer ? (
              <Badge>
                {t('matchedNeeds.declinedFor', { reason: t(`declineReason.${need.declinedFor}`) })}
              </Badge>
            ) : null}
          </h3>
          <p className="need-card__meta">
            <span>{need.leadFirmName}</span>
            <span>
              <ProductName code={need.productCode} name={need.productName} />
            </span>
            <span>{format.rate(need.quantity, need.unit, need.period)}</span>
            <span>{t('matchedNeeds.to', { country: format.country(need.deliveryCountry) })}</span>
            <span>
              {need.schedule.kind === 'ONE_OFF'
                ? t('matchedNeeds.by', { date: format.date(need.schedule.startDate) })
                : t('matchedNeeds.from', { date: format.date(need.schedule.startDate) })}
            </span>
            <span>{t('need.answersBy', { date: format.date(need.responseDeadline) })}</span>
          </p>
        </div>
        <div
          className="matched-need__score"
          aria-label={t('matchedNeeds.fit', {
            score: format.percent(need.score),
            rank: format.number(need.rank),
          })}
        >
          <span className="score__value">{format.percent(need.score)}</span>
          <span className="muted small">{t('matchedNeeds.rank', { rank: format.number(need.rank) })}</span>
        </div>
      </div>
      <p className="match__reason">{need.explanation}</p>
      {need.coalition?.months ? <AskedMonths months={need.coalition.months} unit={need.unit} /> : null}
      {need.gaps.length ? (
        <>
          <p className="small">
            <Trans i18nKey="matchedNeeds.gaps" components={{ strong: <strong /> }} />
          </p>
          <GapChips gaps={need.gaps} />
          {need.eligibility === 'CONDITIONAL' ? <PlanGaps needId={need.needId} /> : null}
        </>
      ) : null}
      {need.offer ? (
        <p className="small">
          <Link to="../offers">{t('matchedNeeds.seeOffer')}</Link>
        </p>
      ) : (
        <div className="button-row">
          <Link to={`../needs/${need.needId}/offer`} className="button button--primary">
            {t('matchedNeeds.makeOffer')}
          </Link>
          <details>
            <summary className="button">{t('matchedNeeds.decline')}</summary>
            <Form method="post" className="decline-form">
              <input type="hidden" name="needId" value={need.needId} />
              <label className="field">
                {t('matchedNeeds.why')}
                <select name="reason" defaultValue={need.declinedFor ?? 'CAPACITY'}>
                  {DECLINE_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`declineReason.${r}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                {t('matchedNeeds.note')}
                <input type="text" name="note" maxLength={2000} />
              </label>
              <button type="submit" className="button">
                {t('matchedNeeds.declineThis')}
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
