import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type ChangeMatchStatusInput,
  type ChangeNeedStatusInput,
  type CreateSourcingNeedInput,
  type MatchView,
  type MatchedNeedView,
  type NeedRequirementInput,
  OutboxTopic,
  type SourcingNeedView,
  type UpdateSourcingNeedInput,
} from '@linkage/contracts';
import {
  type Locale,
  MATCHABLE_NEED_STATUSES,
  type NeedDates,
  type NeedStatus,
  type PastNeedDate,
  assertLeadFirmMatchStatusChange,
  assertNeedTransition,
  canBrokerReadNeed,
  leadFirmTiers,
  pastNeedDates,
} from '@linkage/domain';
import { Match, NeedRequirement, SourcingNeed, Standard } from '@linkage/db';
import { DataSource, type EntityManager, In, Not, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { todayUtc } from '../certifications/certification-view.js';
import { groupAnswers } from '../deals/group-answers.js';
import { declineOpenOffers } from '../deals/offer-decisions.js';
import { recordOutboxEvent } from '../outbox/outbox.js';
import { resolveSchedule } from './need-schedule.js';
import { isVerified } from '../organisations/organisation-view.js';
import { matchView, matchedNeedView, needView } from './need-views.js';
import { invalidNeed, needNotEditable, pastNeedDatesError } from './needs.errors.js';

/** Statuses in which a need is still a draft or a live request, and so may be edited. */
const EDITABLE: readonly NeedStatus[] = ['DRAFT', 'OPEN', 'EVALUATING'];
const isMatchable = (s: NeedStatus) => MATCHABLE_NEED_STATUSES.includes(s);

const obtainByDates = (rs: readonly NeedRequirementInput[]) =>
  rs.map((r) => ({ obtainBy: r.obtainBy ?? null }));

/**
 * The registry is the `standards` table (administrators add to it), so a required code is checked
 * there: 400 naming each unknown one.
 */
async function requireKnownStandards(em: EntityManager, requirements: readonly NeedRequirementInput[]) {
  if (requirements.length === 0) return;
  const codes = [...new Set(requirements.map((r) => r.standardCode))];
  const known = new Set(
    (await em.find(Standard, { where: { code: In(codes) }, select: { code: true } })).map((s) => s.code),
  );
  const unknown = requirements.flatMap((r, i) =>
    known.has(r.standardCode)
      ? []
      : [
          [
            `requirements.${i}.standardCode`,
            `${r.standardCode} is not in the standards registry: use a code such as GLOBALGAP_IFA or ORGANIC_EU`,
          ],
        ],
  );
  if (unknown.length)
    throw new DomainError(DomainErrorCode.InvalidInput, 'Unknown standard', Object.fromEntries(unknown));
}

/** Refuses dates already past among those `asked` names (domain `pastNeedDates`). */
function refusePastDates(need: NeedDates, asked: (field: PastNeedDate['field']) => boolean) {
  const past = pastNeedDates(need, todayUtc()).filter((p) => asked(p.field));
  if (past.length) throw pastNeedDatesError(past);
}

const requirementRows = (needId: string, rs: readonly NeedRequirementInput[]) =>
  rs.map((r, position) => ({
    needId,
    standardCode: r.standardCode,
    level: r.level,
    mustHoldNow: r.mustHoldNow,
    obtainBy: r.obtainBy ?? null,
    position,
  }));

@Injectable()
export class NeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SourcingNeed) private readonly needs: Repository<SourcingNeed>,
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    private readonly access: OrganisationAccessService,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  /**
   * Posts a need, open (the default) or as a draft. The need, its requirements and the outbox events
   * that ask for its matching and indexing commit together, so a need is never left unmatched or
   * unsearchable and no job runs for a need that was not stored. A draft is matched when it opens.
   */
  async post(
    user: AuthenticatedUser,
    leadFirmId: string,
    input: CreateSourcingNeedInput,
  ): Promise<SourcingNeedView> {
    const { organisation } = await this.access.requireMember(user, leadFirmId, { kind: 'LEAD_FIRM' });
    const { schedule, deliveryPlace, requirements, ...fields } = input;
    const resolved = resolveSchedule(schedule, input.period, input.responseDeadline);
    // Without a schedule the first delivery is the deadline itself: the deadline names the problem.
    if (input.status === 'OPEN')
      refusePastDates(
        { ...resolved, responseDeadline: input.responseDeadline, requirements: obtainByDates(requirements) },
        (f) => !f.startsWith('schedule.') || !!schedule,
      );
    await requireKnownStandards(this.dataSource.manager, requirements);
    const { need, rows } = await this.dataSource.transaction(async (em) => {
      const saved = await em.save(
        em.create(SourcingNeed, {
          ...fields,
          ...resolved,
          description: input.description ?? null,
          deliveryLat: deliveryPlace?.lat ?? null,
          deliveryLon: deliveryPlace?.lon ?? null,
          maxDistanceKm: input.maxDistanceKm ?? null,
          allowedCountries: input.allowedCountries ?? null,
          targetPrice: input.targetPrice ?? null,
          currency: input.currency ?? null,
          businessRationale: input.businessRationale ?? null,
          rationaleNote: input.rationaleNote ?? null,
          leadFirmId,
          createdById: user.id,
          status: input.status,
          version: 1,
          matchedVersion: null,
          matchedAt: null,
        }),
      );
      const rows = await em.save(NeedRequirement, requirementRows(saved.id, requirements));
      await this.announce(em, saved);
      return { need: saved, rows };
    });
    return needView(need, organisation, rows);
  }

  /**
   * Edits a need: only the fields named change, the version goes up, and the new version is matched
   * again (the old ranking stays visible as outdated until then). Awarded, cancelled or closed needs
   * are records and cannot be edited.
   */
  async update(
    user: AuthenticatedUser,
    needId: string,
    input: UpdateSourcingNeedInput,
  ): Promise<SourcingNeedView> {
    const { need: found, organisation } = await this.readable(user, needId);
    const { need, rows } = await this.dataSource.transaction(async (em) => {
      const need = await this.lockNeed(em, found.id);
      if (!EDITABLE.includes(need.status)) throw needNotEditable(need.status);
      const { schedule, deliveryPlace, requirements, ...fields } = input;
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined) (need as unknown as Record<string, unknown>)[key] = value;
      }
      if (schedule || fields.period || fields.responseDeadline) {
        if (schedule || need.scheduleKind === 'RECURRING' || need.period === 'YEAR') {
          const current =
            schedule ??
            (need.scheduleKind === 'ONE_OFF'
              ? { kind: 'ONE_OFF' as const, deliverBy: need.startDate }
              : {
                  kind: 'RECURRING' as const,
                  startDate: need.startDate,
                  endDate: need.endDate ?? need.startDate,
                });
          Object.assign(need, resolveSchedule(current, need.period, need.responseDeadline));
        }
      }
      if (need.scheduleKind === 'RECURRING' && need.period === 'YEAR')
        throw invalidNeed('period', 'A recurring need is delivered per WEEK or MONTH');
      // An open need's rows may hold dates that passed since; only the dates this edit names are checked.
      if (isMatchable(need.status))
        refusePastDates({ ...need, requirements: requirements && obtainByDates(requirements) }, (f) =>
          f === 'responseDeadline'
            ? !!fields.responseDeadline
            : f.startsWith('schedule.')
              ? !!schedule
              : true,
        );
      if (requirements) await requireKnownStandards(em, requirements);
      if (deliveryPlace !== undefined) {
        need.deliveryLat = deliveryPlace?.lat ?? null;
        need.deliveryLon = deliveryPlace?.lon ?? null;
      }
      if (need.targetPrice !== null && need.currency === null)
        throw invalidNeed('currency', 'Give the currency of the target price');
      need.version += 1;
      const saved = await em.save(need);
      if (requirements) {
        await em.delete(NeedRequirement, { needId });
        await em.save(NeedRequirement, requirementRows(needId, requirements));
      }
      await this.announce(em, saved);
      return { need: saved, rows: await em.find(NeedRequirement, { where: { needId } }) };
    });
    return needView(need, organisation, rows);
  }

  /**
   * Moves a need through its lifecycle; `assertNeedTransition` is the one rule (an illegal move is a
   * 409). Opening a draft bumps the version so the opened need is matched.
   */
  async changeStatus(user: AuthenticatedUser, needId: string, { status }: ChangeNeedStatusInput) {
    const { need: found, organisation } = await this.readable(user, needId);
    const need = await this.dataSource.transaction(async (em) => {
      const need = await this.lockNeed(em, found.id);
      assertNeedTransition(need.status, status);
      // A need is awarded by awarding offers, which reserves their capacity; never by its status alone.
      if (status === 'AWARDED')
        throw new DomainError(DomainErrorCode.Conflict, 'Award one or more offers to award this need', {
          status: 'A need becomes AWARDED when offers are awarded',
        });
      if (status === 'CANCELLED')
        await declineOpenOffers(em, need, 'NEED_CANCELLED', this.config.get('WEB_URL', { infer: true }));
      if (status === 'OPEN') {
        const stored = await em.find(NeedRequirement, { where: { needId }, order: { position: 'ASC' } });
        refusePastDates({ ...need, requirements: stored }, () => true);
      }
      const opening = !isMatchable(need.status) && isMatchable(status);
      need.status = status;
      if (opening) need.version += 1;
      const saved = await em.save(need);
      if (opening) await this.announce(em, saved);
      else
        await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, {
          entity: 'sourcing-need',
          id: needId,
        });
      return saved;
    });
    return needView(
      need,
      organisation,
      await this.dataSource.getRepository(NeedRequirement).findBy({ needId }),
    );
  }

  async listForLeadFirm(user: AuthenticatedUser, leadFirmId: string): Promise<SourcingNeedView[]> {
    const { organisation } = await this.access.requireMember(user, leadFirmId, { kind: 'LEAD_FIRM' });
    const rows = await this.needs.find({
      where: { leadFirmId },
      relations: { requirements: true },
      order: { createdAt: 'DESC' },
    });
    return rows.map((n) => needView(n, organisation, n.requirements ?? []));
  }

  async get(user: AuthenticatedUser, needId: string): Promise<SourcingNeedView> {
    const { need, organisation } = await this.observable(user, needId);
    const requirements = await this.dataSource.getRepository(NeedRequirement).findBy({ needId });
    return needView(need, organisation, requirements);
  }

  /** A lead firm shortlists or dismisses a match (or puts it back); the status survives re-matching. */
  async changeMatchStatus(
    user: AuthenticatedUser,
    needId: string,
    matchId: string,
    { status }: ChangeMatchStatusInput,
    locale: Locale,
  ): Promise<MatchView> {
    const { need, tiers } = await this.readable(user, needId);
    const match = await this.matches.findOne({
      where: {
        id: matchId,
        needId,
        eligibility: Not('EXCLUDED'),
        // A group the lead firm may not see is, to it, no match at all (decision 0007).
        supplier: { visibility: In([...tiers]) },
      },
      relations: { supplier: true },
    });
    if (!match) throw notFound('Match');
    assertLeadFirmMatchStatusChange(match.status, status);
    match.status = status;
    await this.matches.update({ id: matchId }, { status });
    return matchView(match, need.deliveryCountry.trim(), locale);
  }

  /**
   * Needs a producer group matches, with its own gaps, for its members. Visibility: PUBLIC needs are
   * shown to every group they match, INVITED ones only once the lead firm invited the group, and
   * PROGRAMME ones not at all until programmes exist (brokers see them through the programme).
   */
  async matchedNeedsOf(
    user: AuthenticatedUser,
    organisationId: string,
    locale: Locale,
  ): Promise<MatchedNeedView[]> {
    await this.access.requireMember(user, organisationId, { kind: 'PRODUCER_GROUP' });
    const rows = await this.matches
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.need', 'n')
      .innerJoinAndSelect('n.leadFirm', 'f')
      .where('m.supplierId = :organisationId', { organisationId })
      .andWhere(`m.eligibility <> 'EXCLUDED'`)
      .andWhere('n.matchedVersion = n.version')
      .andWhere('n.status IN (:...statuses)', { statuses: MATCHABLE_NEED_STATUSES })
      // A group sees public needs it matches, and any need it is invited to (INVITED, PROGRAMME too).
      .andWhere(`(n.visibility = 'PUBLIC' OR m.status = 'INVITED')`)
      .orderBy('m.score', 'DESC')
      .addOrderBy('n.id', 'ASC')
      .getMany();
    const answers = await groupAnswers(
      this.dataSource.manager,
      this.access,
      user,
      organisationId,
      rows.map((m) => m.need!),
    );
    return rows.map((m) => matchedNeedView(m, m.need!, m.need!.leadFirm!, answers.get(m.needId)!, locale));
  }

  /** Announces a need's current version: matching when it is open, and search indexing always. */
  private async announce(em: EntityManager, need: SourcingNeed): Promise<void> {
    if (isMatchable(need.status))
      await recordOutboxEvent(em, OutboxTopic.NeedPosted, { needId: need.id, needVersion: need.version });
    await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, { entity: 'sourcing-need', id: need.id });
  }

  /** The need's row, locked for the transaction: edits, status changes and invitations of one need queue. */
  async lockNeed(em: EntityManager, needId: string): Promise<SourcingNeed> {
    const need = await em.findOne(SourcingNeed, {
      where: { id: needId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!need) throw notFound('Sourcing need');
    return need;
  }

  /**
   * The need, 404 unless the caller is one of its lead firm's people, with the visibility tiers of the
   * groups its lead firm may see (every read of its results filters by them, decision 0007). Every
   * change of a need and its deals starts here.
   */
  async readable(user: AuthenticatedUser, needId: string) {
    return this.findFor(user, needId, false);
  }

  /**
   * `readable`, and also for the brokers the domain lets read the need (`canBrokerReadNeed`): they
   * follow a need and its results read-only, and see the groups its lead firm sees.
   */
  async observable(user: AuthenticatedUser, needId: string) {
    return this.findFor(user, needId, true);
  }

  private async findFor(user: AuthenticatedUser, needId: string, brokersToo: boolean) {
    const need = await this.needs.findOne({ where: { id: needId }, relations: { leadFirm: true } });
    const allowed =
      !!need?.leadFirm &&
      ((brokersToo && canBrokerReadNeed(need, user)) ||
        (await this.access.isMember(user.id, need.leadFirmId)));
    if (!need?.leadFirm || !allowed) throw notFound('Sourcing need');
    return {
      need,
      organisation: need.leadFirm,
      tiers: leadFirmTiers({ verified: isVerified(need.leadFirm) }),
    };
  }
}
