import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreateUpgradingActionInput,
  type CreateUpgradingPlanInput,
  type UpdateUpgradingActionInput,
  type UpgradingPlanQuery,
  type UpgradingPlanView,
} from '@linkage/contracts';
import {
  type Gap,
  MANAGING_ROLES,
  SUPPLIER_PAYS,
  type UpgradingActionKind,
  canBrokerReadNeed,
  canMoveAction,
  draftActionsFromGaps,
  leadFirmTiers,
  nextActionStatuses,
} from '@linkage/domain';
import {
  Linkage,
  Match,
  Membership,
  Organisation,
  SourcingNeed,
  Standard,
  UpgradingAction,
  UpgradingPlan,
} from '@linkage/db';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { todayUtc } from '../certifications/certification-view.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { isVerified } from '../organisations/organisation-view.js';
import { toPlanView } from './upgrading-plan-view.js';

type Access = 'WRITE' | 'READ';

/**
 * Upgrading plans (decision 0014): the actions that close a supplier's gaps for a need it matches, or
 * for a linkage. Brokers with the supplier's full view and the supplier's managers write; the
 * supplier's people and the lead firm's people read; to anyone else a plan does not exist.
 */
@Injectable()
export class UpgradingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: UpgradingPlanQuery): Promise<UpgradingPlanView[]> {
    const qb = this.plans(this.dataSource.manager).orderBy('p.createdAt', 'DESC');
    if (query.needId) qb.andWhere('p.needId = :needId', { needId: query.needId });
    if (query.supplierId) qb.andWhere('p.supplierId = :supplierId', { supplierId: query.supplierId });
    if (query.linkageId) qb.andWhere('p.linkageId = :linkageId', { linkageId: query.linkageId });
    if (user.platformRole !== 'ADMIN') {
      const ids = [...user.memberOf, ...user.brokering];
      if (ids.length === 0) return [];
      // A first cut in SQL; `access` then applies the rule exactly.
      qb.andWhere('(p.supplierId IN (:...ids) OR coalesce(n.leadFirmId, l.leadFirmId) IN (:...ids))', {
        ids,
      });
    }
    const plans = await qb.getMany();
    const views: UpgradingPlanView[] = [];
    for (const plan of plans) {
      const access = await this.access(this.dataSource.manager, user, plan);
      if (access) views.push(toPlanView(plan, access === 'WRITE', todayUtc()));
    }
    return views;
  }

  async get(user: AuthenticatedUser, id: string): Promise<UpgradingPlanView> {
    const plan = await this.plans(this.dataSource.manager).andWhere('p.id = :id', { id }).getOne();
    const access = plan && (await this.access(this.dataSource.manager, user, plan));
    if (!plan || !access) throw notFound('Upgrading plan');
    return toPlanView(plan, access === 'WRITE', todayUtc());
  }

  /**
   * A plan for a match (its stored gaps become proposed actions) or for a linkage (the gaps of the
   * supplier's matches on the lead firm's needs). A second request returns the plan already made.
   */
  async create(user: AuthenticatedUser, input: CreateUpgradingPlanInput): Promise<UpgradingPlanView> {
    const id = await this.dataSource.transaction(async (em) => {
      const { supplierId, needId, linkageId, gaps } = input.linkageId
        ? await this.linkageSubject(em, input.linkageId)
        : await this.matchSubject(em, input.needId!, input.supplierId!);
      const readsNeed =
        !needId ||
        user.memberOf.has(supplierId) ||
        canBrokerReadNeed(await em.findOneByOrFail(SourcingNeed, { id: needId }), user);
      if (!readsNeed || !(await this.canWrite(em, user, supplierId)))
        throw notFound(linkageId ? 'Linkage' : 'Match');
      const conflict = linkageId
        ? '("linkage_id") WHERE "linkage_id" IS NOT NULL'
        : '("need_id", "supplier_id") WHERE "need_id" IS NOT NULL';
      const inserted: Array<{ id: string }> = await em.query(
        `INSERT INTO upgrading_plans (supplier_id, need_id, linkage_id, programme_id, created_by_id)
         VALUES ($1, $2, $3,
                 (SELECT programme_id FROM programme_enrolments
                   WHERE organisation_id = $1 AND programme_id = ANY($4::uuid[]) ORDER BY created_at LIMIT 1),
                 $5)
         ON CONFLICT ${conflict} DO NOTHING RETURNING id`,
        [supplierId, needId, linkageId, [...user.memberOf], user.id],
      );
      if (inserted.length === 0) {
        const existing = await em.findOneByOrFail(
          UpgradingPlan,
          linkageId ? { linkageId } : { needId: needId!, supplierId },
        );
        return existing.id;
      }
      const planId = inserted[0]!.id;
      const drafts = draftActionsFromGaps(gaps, todayUtc(), user.readerLocale);
      if (drafts.length)
        await em.insert(
          UpgradingAction,
          drafts.map((d) => ({
            ...d,
            planId,
            ownerName: null,
            serviceProviderId: null,
            costAmount: null,
            currency: null,
            sharing: SUPPLIER_PAYS,
            status: 'PLANNED' as const,
            closedByCertificateId: null,
          })),
        );
      return planId;
    });
    return this.get(user, id);
  }

  async addAction(user: AuthenticatedUser, planId: string, input: CreateUpgradingActionInput) {
    await this.dataSource.transaction(async (em) => {
      await this.requireWritable(em, user, planId);
      await this.checkReferences(em, input.kind, input);
      await em.insert(UpgradingAction, {
        planId,
        kind: input.kind,
        title: input.title,
        gap: null,
        standardCode: input.standardCode ?? null,
        owner: input.owner,
        ownerName: input.ownerName ?? null,
        serviceProviderId: input.serviceProviderId ?? null,
        dueOn: input.dueOn,
        neededBy: input.neededBy ?? null,
        costAmount: input.costAmount ?? null,
        currency: input.currency ?? null,
        sharing: input.sharing ?? SUPPLIER_PAYS,
        status: 'PLANNED',
        closedByCertificateId: null,
      });
    });
    return this.get(user, planId);
  }

  /** Any field, or a status move the domain allows (409 otherwise); reopening forgets the closing certificate. */
  async updateAction(
    user: AuthenticatedUser,
    planId: string,
    actionId: string,
    input: UpdateUpgradingActionInput,
  ) {
    await this.dataSource.transaction(async (em) => {
      await this.requireWritable(em, user, planId);
      const action = await em.findOne(UpgradingAction, {
        where: { id: actionId, planId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!action) throw notFound('Action');
      const merged = { ...action, ...input };
      await this.checkReferences(em, merged.kind, merged);
      if (input.status && input.status !== action.status && !canMoveAction(action.status, input.status))
        throw new DomainError(
          DomainErrorCode.Conflict,
          `An action cannot move from ${action.status} to ${input.status}`,
          {
            status: `From ${action.status} it moves to ${nextActionStatuses(action.status).join(' or ')}`,
          },
        );
      const reopened = input.status !== undefined && input.status !== 'DONE';
      await em.update(
        UpgradingAction,
        { id: actionId },
        {
          ...input,
          ...(reopened ? { closedByCertificateId: null } : {}),
        },
      );
    });
    return this.get(user, planId);
  }

  async removeAction(user: AuthenticatedUser, planId: string, actionId: string) {
    await this.dataSource.transaction(async (em) => {
      await this.requireWritable(em, user, planId);
      const { affected } = await em.delete(UpgradingAction, { id: actionId, planId });
      if (!affected) throw notFound('Action');
    });
    return this.get(user, planId);
  }

  private plans(em: EntityManager) {
    return em
      .getRepository(UpgradingPlan)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.supplier', 's')
      .leftJoinAndSelect('p.need', 'n')
      .leftJoinAndSelect('n.leadFirm', 'nf')
      .leftJoinAndSelect('p.linkage', 'l')
      .leftJoinAndSelect('l.leadFirm', 'lf')
      .leftJoinAndSelect('p.actions', 'a')
      .leftJoinAndSelect('a.serviceProvider', 'sp')
      .where('TRUE')
      .addOrderBy('a.dueOn', 'ASC')
      .addOrderBy('a.createdAt', 'ASC');
  }

  /**
   * Who may see a plan, by the one visibility rule: a plan shows its need (title, lead firm, first
   * delivery), so programme staff write it only for a need they may read (`canBrokerReadNeed`); the
   * lead firm's people read a need's plan only while their firm's tier may see the supplier (a group
   * may have gone discreet since it matched), a linkage's plan always (they know that supplier).
   */
  private async access(
    em: EntityManager,
    user: AuthenticatedUser,
    plan: UpgradingPlan,
  ): Promise<Access | null> {
    const supplierSide = user.memberOf.has(plan.supplierId);
    const needReadable = !plan.need || supplierSide || canBrokerReadNeed(plan.need, user);
    if (needReadable && (await this.canWrite(em, user, plan.supplierId))) return 'WRITE';
    if (supplierSide) return 'READ';
    const leadFirm = plan.need?.leadFirm ?? plan.linkage?.leadFirm;
    if (!leadFirm || !user.memberOf.has(leadFirm.id)) return null;
    return plan.linkage ||
      leadFirmTiers({ verified: isVerified(leadFirm) }).includes(plan.supplier!.visibility)
      ? 'READ'
      : null;
  }

  /** Admins, brokers of a programme the supplier enrolled in, and the supplier's managers. */
  private async canWrite(em: EntityManager, user: AuthenticatedUser, supplierId: string): Promise<boolean> {
    if (user.platformRole === 'ADMIN' || user.brokering.has(supplierId)) return true;
    return em.existsBy(Membership, {
      userId: user.id,
      organisationId: supplierId,
      role: In([...MANAGING_ROLES]),
    });
  }

  private async requireWritable(
    em: EntityManager,
    user: AuthenticatedUser,
    planId: string,
  ): Promise<UpgradingPlan> {
    const plan = await this.plans(em).andWhere('p.id = :id', { id: planId }).getOne();
    const access = plan && (await this.access(em, user, plan));
    if (!plan || !access) throw notFound('Upgrading plan');
    if (access === 'READ')
      throw new DomainError(
        DomainErrorCode.Forbidden,
        'Only the supplier’s managers and its programme’s brokers change its plan',
      );
    return plan;
  }

  private async matchSubject(em: EntityManager, needId: string, supplierId: string) {
    const match = await em.findOneBy(Match, { needId, supplierId });
    if (!match) throw notFound('Match');
    if (match.eligibility === 'EXCLUDED')
      throw new DomainError(
        DomainErrorCode.Unprocessable,
        'This supplier cannot close its gaps in time for this need',
        {
          supplierId: 'Plan the upgrading of a conditional or eligible match',
        },
      );
    return { supplierId, needId, linkageId: null, gaps: match.gaps };
  }

  /** A linkage's plan starts from the gaps of the supplier's current matches on the lead firm's needs. */
  private async linkageSubject(em: EntityManager, linkageId: string) {
    const linkage = await em.findOneBy(Linkage, { id: linkageId });
    if (!linkage) throw notFound('Linkage');
    const rows: Array<{ gaps: Gap[] }> = await em.query(
      `SELECT m.gaps FROM matches m JOIN sourcing_needs n ON n.id = m.need_id
        WHERE m.supplier_id = $1 AND n.lead_firm_id = $2 AND m.eligibility <> 'EXCLUDED'
          AND n.status IN ('OPEN', 'EVALUATING', 'AWARDED')`,
      [linkage.supplierId, linkage.leadFirmId],
    );
    const seen = new Set<string>();
    const gaps = rows
      .flatMap((r) => r.gaps)
      .filter((g) => {
        const key = `${g.kind}:${g.standardCode ?? JSON.stringify(g.missing)}`;
        return !seen.has(key) && !!seen.add(key);
      });
    return { supplierId: linkage.supplierId, needId: null, linkageId, gaps };
  }

  /** The provider is in the directory; a certification aims at a standard of the registry, nothing else does. */
  private async checkReferences(
    em: EntityManager,
    kind: UpgradingActionKind,
    input: { standardCode?: string | null; serviceProviderId?: string | null },
  ): Promise<void> {
    if (input.standardCode && kind !== 'CERTIFICATION')
      throw new DomainError(DomainErrorCode.InvalidInput, 'Only a certification aims at a standard', {
        standardCode: 'Leave the standard empty, or make the action a certification',
      });
    if (input.standardCode && !(await em.existsBy(Standard, { code: input.standardCode })))
      throw new DomainError(
        DomainErrorCode.InvalidInput,
        `${input.standardCode} is not in the standards registry`,
        {
          standardCode: 'Choose a standard from the registry',
        },
      );
    if (
      input.serviceProviderId &&
      !(await em.existsBy(Organisation, { id: input.serviceProviderId, kind: 'SERVICE_PROVIDER' }))
    )
      throw new DomainError(DomainErrorCode.InvalidInput, 'No such service provider', {
        serviceProviderId: 'Choose a provider from the directory',
      });
  }
}
