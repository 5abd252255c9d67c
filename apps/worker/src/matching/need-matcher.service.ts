import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type MatchNeedPayload } from '@linkage/contracts';
import {
  type CataloguePrice,
  type CoalitionCandidate,
  type CoalitionProposal as ProposedCoalition,
  type CoalitionResult,
  type DomainMessage,
  MATCHABLE_NEED_STATUSES,
  type Match as DomainMatch,
  type SourcingNeedForMatching,
  type StandardDefinition,
  type SupplierCandidate,
  areCompatible,
  convertQuantity,
  leadFirmTiers,
  matchSuppliers,
  message,
  proposeCoalitions,
} from '@linkage/domain';
import {
  type CoalitionProposalRole,
  CoalitionProposal,
  Match,
  NeedRequirement,
  SourcingNeed,
  loadStandardsRegistry,
} from '@linkage/db';
import { DataSource, type EntityManager } from 'typeorm';
import { type CandidateScope, loadCandidates, loadNearMisses } from './candidate-source.js';
import { withTrackRecords } from './track-records.js';
import { loadCataloguePrices } from './catalogue-prices.js';
import { MATCHING_SETTINGS } from './matching-settings.js';
import { prepareNeed } from './need-for-matching.js';

export type MatchOutcome =
  | { status: 'matched'; matches: number; coalitions: number }
  | { status: 'stale'; currentVersion: number }
  | { status: 'not-open'; needStatus: string }
  | { status: 'need-gone' };

/**
 * Matches one version of a sourcing need (DESIGN §3 flow 1; decision 0004): candidates are drawn in
 * SQL, ranked by the domain's `matchSuppliers` (hard filters, weighted components, gaps), and — when
 * no single eligible supplier covers the volume — `proposeCoalitions` computes the cheapest coalition
 * and two alternatives. Matches and proposals replace the previous result with the need's matched
 * version in one transaction, so readers see the old result or the new one, never a mix. Match rows
 * are upserted by (need, supplier), so their ids and the statuses a lead firm gave survive re-matching.
 */
@Injectable()
export class NeedMatcherService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async match(
    { needId, needVersion }: MatchNeedPayload,
    today = new Date().toISOString().slice(0, 10),
  ): Promise<MatchOutcome> {
    return this.dataSource.transaction(async (em) => {
      // A concurrent run for the same need waits here rather than interleaving its writes with ours;
      // the timeout turns a stuck lock into a retryable failure instead of a hung job.
      await em.query(`SET LOCAL lock_timeout = '5s'`);
      const need = await em.findOne(SourcingNeed, {
        where: { id: needId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!need) return { status: 'need-gone' };
      if (need.version !== needVersion) return { status: 'stale', currentVersion: need.version };
      if (!MATCHABLE_NEED_STATUSES.includes(need.status))
        return { status: 'not-open', needStatus: need.status };

      const prepared = prepareNeed(need, await em.find(NeedRequirement, { where: { needId } }));
      const registry = await loadStandardsRegistry(em);
      const scope: CandidateScope = { registry, visibleTiers: await this.leadFirmScope(em, need.leadFirmId) };
      const found = await loadCandidates(em, prepared.need, today, scope);
      const candidates = await withTrackRecords(em, found.candidates, today);
      const result = matchSuppliers(prepared.need, candidates, {
        today,
        registry,
        limit: MATCHING_SETTINGS.storedMatches,
        excludedLimit: MATCHING_SETTINGS.storedExclusions,
      });
      // Suppliers the SQL filters left out are excluded too; read the nearest back to say why not.
      const nearMisses = await loadNearMisses(
        em,
        prepared.need,
        scope,
        candidates.map((c) => c.supplierId),
        MATCHING_SETTINGS.storedExclusions,
      );
      const excluded = [
        ...result.excluded,
        ...matchSuppliers(prepared.need, nearMisses.candidates, {
          today,
          registry,
          limit: 0,
          excludedLimit: MATCHING_SETTINGS.storedExclusions,
        }).excluded,
      ]
        .sort((a, b) => b.score - a.score || (a.supplierId < b.supplierId ? -1 : 1))
        .slice(0, MATCHING_SETTINGS.storedExclusions);
      for (const id of nearMisses.approximateLocation) found.approximateLocation.add(id);
      if (prepared.deliveryPlace === 'unknown')
        for (const c of [...candidates, ...nearMisses.candidates]) c.location = prepared.need.deliveryPlace;

      // A coalition is always considered: even where one supplier covers the volume, several smaller
      // ones may cost less (the coordination cost in the objective already prefers fewer members).
      const coalitions = await this.coalitions(
        em,
        need,
        prepared.need,
        candidates,
        result.matches,
        today,
        registry,
      );

      const computedAt = new Date();
      const notes = locationNotes(prepared.deliveryPlace, found.approximateLocation);
      await this.writeMatches(em, need, [...result.matches, ...excluded], computedAt, notes);
      // A coalition proposed again keeps its id: a group answering it with a joint offer (which
      // names the proposal) is not refused because a re-match ran in between.
      const previousIds = new Map(
        (await em.find(CoalitionProposal, { where: { needId }, select: { id: true, allocations: true } })).map(
          (row) => [coalitionKey(row.allocations), row.id],
        ),
      );
      await em.delete(CoalitionProposal, { needId });
      const proposals = rankedProposals(coalitions.result);
      if (proposals.length) {
        const names = new Map(candidates.map((c) => [c.supplierId, c.name ?? c.supplierId]));
        await em.insert(
          CoalitionProposal,
          proposals.map(({ proposal: p, role }, rank) => ({
            id: previousIds.get(coalitionKey(p.allocations)),
            needId,
            needVersion,
            rank,
            role,
            allocations: p.allocations,
            totalQuantity: p.totalQuantity,
            unit: p.unit,
            period: p.period,
            quantityDomain: p.quantityDomain,
            objective: p.objective,
            provenOptimal: p.provenOptimal,
            relativeGap: p.relativeGap,
            explanation: [...p.explanation, ...pricingNote(need, p, coalitions.prices, names)],
            computedAt,
          })),
        );
      }
      await em.update(SourcingNeed, { id: needId }, { matchedVersion: needVersion, matchedAt: computedAt });
      return { status: 'matched', matches: result.matches.length, coalitions: proposals.length };
    });
  }

  /** The tiers of the groups the need's lead firm may see: matching never shows it a group it could not open. */
  private async leadFirmScope(em: EntityManager, leadFirmId: string) {
    const [firm] = await em.query<{ verified: boolean }[]>(
      `SELECT verified_at IS NOT NULL AS verified FROM organisations WHERE id = $1`,
      [leadFirmId],
    );
    return leadFirmTiers({ verified: firm?.verified ?? false });
  }

  /**
   * Replaces the need's matches and exclusions: rows of suppliers no longer ranked go, the rest are
   * upserted in rank order (matches first, then the excluded, best first).
   */
  private async writeMatches(
    em: EntityManager,
    need: SourcingNeed,
    kept: readonly DomainMatch[],
    computedAt: Date,
    notes: (supplierId: string) => DomainMessage[],
  ): Promise<void> {
    const ids = kept.map((m) => m.supplierId);
    await em
      .createQueryBuilder()
      .delete()
      .from(Match)
      .where('need_id = :needId', { needId: need.id })
      .andWhere(ids.length ? 'NOT (supplier_id = ANY(:ids::uuid[]))' : 'TRUE', { ids })
      .execute();
    if (!kept.length) return;
    // Ranks are unique per need only by convention (no constraint), so a shifted ranking upserts cleanly.
    await em
      .createQueryBuilder()
      .insert()
      .into(Match)
      .values(
        kept.map((m, i) => ({
          needId: need.id,
          supplierId: m.supplierId,
          needVersion: need.version,
          rank: i + 1,
          score: m.score,
          components: { ...m.components },
          explanation: [...m.explanation, ...notes(m.supplierId)],
          eligibility: m.eligibility,
          gaps: m.gaps,
          blockers: m.blockers,
          standsAlone: m.standsAlone,
          offerableQuantity: m.offerableQuantity,
          distanceKm: m.distanceKm,
          computedAt,
        })),
      )
      .orUpdate(
        [
          'need_version',
          'rank',
          'score',
          'components',
          'explanation',
          'eligibility',
          'gaps',
          'blockers',
          'stands_alone',
          'offerable_quantity',
          'distance_km',
          'computed_at',
          'updated_at',
        ],
        ['need_id', 'supplier_id'],
      )
      .execute();
  }

  /**
   * Coalition proposals among the eligible suppliers (conditional ones must first close their gaps).
   * A supplier is costed at its published catalogue price for the product when it has one in the
   * need's currency; the others at the need's target price — or, without one, at the highest
   * catalogue price found, so that an unknown price never looks cheaper than a published one.
   */
  private async coalitions(
    em: EntityManager,
    need: SourcingNeed,
    forMatching: SourcingNeedForMatching,
    candidates: readonly SupplierCandidate[],
    ranked: readonly DomainMatch[],
    today: string,
    registry: readonly StandardDefinition[],
  ): Promise<{ result: CoalitionResult; prices: ReadonlyMap<string, CataloguePrice> }> {
    const eligible = new Map(
      ranked.filter((m) => m.eligibility === 'ELIGIBLE').map((m) => [m.supplierId, m.score]),
    );
    const prices = await loadCataloguePrices(
      em,
      { productCode: need.productCode, unit: need.unit, currency: need.currency?.trim() ?? null },
      [...eligible.keys()],
    );
    const perNeedUnit = (p: CataloguePrice) =>
      p.unitPrice.amount * convertQuantity(1, need.unit, p.unitPrice.per);
    const fallback = need.targetPrice ?? Math.max(0, ...[...prices.values()].map(perNeedUnit));
    const pool: CoalitionCandidate[] = candidates
      .filter((c) => eligible.has(c.supplierId))
      .map((c) => {
        const price = prices.get(c.supplierId);
        return {
          ...c,
          unitPrice: price?.unitPrice ?? { amount: fallback, per: need.unit },
          ...(price?.minimumOrder ? { minimumOrder: price.minimumOrder } : {}),
          score: eligible.get(c.supplierId),
        };
      });
    const s = MATCHING_SETTINGS;
    const perTonne = areCompatible(need.unit, 't') ? convertQuantity(1, need.unit, 't') : undefined;
    const result = proposeCoalitions(forMatching, pool, {
      today,
      transportCostPerUnitKm:
        perTonne !== undefined ? s.transportCostPerTonneKm * perTonne : s.transportCostPerUnitKmOther,
      coordinationCostPerSupplier:
        need.targetPrice !== null
          ? s.coordinationShareOfValue * need.targetPrice * need.quantity
          : s.coordinationCostUnpriced,
      quantityDomain: need.unit === 'pieces' || need.unit === 'dozens' ? 'INTEGER' : 'CONTINUOUS',
      timeBudgetMs: s.coalitionBudgetMs,
      alternatives: 2,
      registry,
    });
    return { result, prices };
  }
}

/**
 * The proposals to store, in rank order: the best (when it takes more than one supplier, or is the
 * only answer), its alternatives, and the best single supplier it is compared with.
 */
function rankedProposals(
  result: CoalitionResult,
): { proposal: ProposedCoalition; role: CoalitionProposalRole }[] {
  if (!result.best) return [];
  return [
    { proposal: result.best, role: 'BEST' as const },
    ...result.alternatives.map((proposal) => ({ proposal, role: 'ALTERNATIVE' as const })),
    ...(result.bestSingle ? [{ proposal: result.bestSingle, role: 'SINGLE_SUPPLIER' as const }] : []),
  ];
}

/** Says where each member's price in the proposal comes from, so a buyer can judge the cost ranking. */
function pricingNote(
  need: SourcingNeed,
  proposal: ProposedCoalition,
  prices: ReadonlyMap<string, CataloguePrice>,
  names: ReadonlyMap<string, string>,
): DomainMessage[] {
  const currency = need.currency?.trim() || null;
  const priced = proposal.allocations.filter((a) => prices.has(a.supplierId));
  const unpriced = proposal.allocations.length - priced.length;
  const fallback =
    need.targetPrice !== null
      ? message('coalition.fallback.targetPrice', {
          price: { amount: need.targetPrice, currency },
          unit: need.unit,
        })
      : prices.size
        ? message('coalition.fallback.highestCatalogue', {})
        : message('coalition.fallback.zero', {});
  if (priced.length === 0)
    return [
      currency
        ? message('coalition.noCataloguePriceIn', { currency, fallback })
        : message('coalition.noCataloguePrice', { fallback }),
    ];
  const listed = priced.map((a) => {
    const { unitPrice } = prices.get(a.supplierId)!;
    return message('coalition.cataloguePrice', {
      supplier: names.get(a.supplierId) ?? a.supplierId,
      price: { amount: unitPrice.amount, currency },
      unit: unitPrice.per,
    });
  });
  const note: DomainMessage[] = [message('coalition.pricedFromCatalogues', { listed })];
  if (unpriced) note.push(message('coalition.othersAtFallback', { others: unpriced, fallback }));
  return note;
}

/**
 * What explanations add about places: a need without a delivery place is not scored on distance; one
 * given only by its country is measured to the country; a supplier placed by its country is approximate.
 */
function locationNotes(
  deliveryPlace: 'given' | 'country' | 'unknown',
  approximate: ReadonlySet<string>,
): (supplierId: string) => DomainMessage[] {
  if (deliveryPlace === 'unknown') return () => [message('match.distance.notScored', {})];
  const place = deliveryPlace === 'country' ? [message('match.distance.toCountry', {})] : [];
  return (id) => (approximate.has(id) ? [...place, message('match.location.approximate', {})] : place);
}

/** Which groups a coalition is made of, whatever their shares. */
function coalitionKey(allocations: ReadonlyArray<{ supplierId: string }>): string {
  return allocations
    .map((a) => a.supplierId)
    .sort()
    .join(',');
}
