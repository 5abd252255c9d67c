import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type CapacityEntryView,
  type CreateCapacityEntryInput,
  type UpdateCapacityEntryInput,
  OutboxTopic,
} from '@linkage/contracts';
import { committedInMonth, formatAmount } from '@linkage/domain';
import {
  CapacityEntry,
  GroupMember,
  OfferAllocation,
  lockLedgerLines,
  reservedByLine,
  toLedgerEntry,
} from '@linkage/db';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { visibleMembers } from '../members/member-visibility.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { recordOutboxEvent } from '../outbox/outbox.js';
import { toCapacityEntryView } from './capacity-view.js';

const staleVersion = () =>
  new DomainError(
    DomainErrorCode.StaleVersion,
    'This capacity entry was changed by someone else since you loaded it; reload and apply your edit again',
    { version: 'Out of date: reload the entry' },
  );

/** What a producer group supplies: products with their capacity per period, per member or group-wide. */
@Injectable()
export class CapacityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CapacityEntry) private readonly entries: Repository<CapacityEntry>,
    @InjectRepository(GroupMember) private readonly members: Repository<GroupMember>,
    private readonly access: OrganisationAccessService,
  ) {}

  /** Capacity is indexed as part of its organisation's search document, so the entry re-indexes it. */
  async record(
    user: AuthenticatedUser,
    organisationId: string,
    input: CreateCapacityEntryInput,
  ): Promise<CapacityEntryView> {
    await this.access.requireMember(user, organisationId, { kind: 'PRODUCER_GROUP' });
    if (input.memberId) await this.requireCurrentMember(organisationId, input.memberId);
    const entry = await this.dataSource.transaction(async (em) => {
      const saved = await em.save(
        em.create(CapacityEntry, {
          organisationId,
          ...input,
          memberId: input.memberId ?? null,
          committed: input.committed ?? input.memberId === undefined,
          leadTimeDays: input.leadTimeDays ?? null,
        }),
      );
      await this.reindex(em, organisationId);
      return em.findOneByOrFail(CapacityEntry, { id: saved.id });
    });
    return toCapacityEntryView(entry);
  }

  /**
   * Applies an edit only if the entry still has the version the editor read: the check and the write
   * are one UPDATE … WHERE version = $v, so of two concurrent edits from the same version exactly one
   * wins and the other gets a 409, never a silently lost update.
   */
  async update(
    user: AuthenticatedUser,
    organisationId: string,
    entryId: string,
    input: UpdateCapacityEntryInput,
  ): Promise<CapacityEntryView> {
    await this.access.requireMember(user, organisationId, { kind: 'PRODUCER_GROUP' });
    const { version, ...changes } = input;
    return this.dataSource.transaction(async (em) => {
      const result = await em
        .createQueryBuilder()
        .update(CapacityEntry)
        .set(changes)
        .where('id = :entryId AND organisation_id = :organisationId AND version = :version', {
          entryId,
          organisationId,
          version,
        })
        .execute();
      if (!result.affected) await this.explainMiss(em, organisationId, entryId);
      const entry = await em.findOneByOrFail(CapacityEntry, { id: entryId });
      await refuseBelowReserved(em, entry);
      await this.reindex(em, organisationId);
      return toCapacityEntryView(entry);
    });
  }

  /** Deletes only the version the caller saw, for the same reason as `update`. */
  async remove(
    user: AuthenticatedUser,
    organisationId: string,
    entryId: string,
    version: number,
  ): Promise<void> {
    await this.access.requireMember(user, organisationId, { kind: 'PRODUCER_GROUP' });
    await this.dataSource.transaction(async (em) => {
      await refuseRemovingBacking(em, entryId);
      const result = await em.delete(CapacityEntry, { id: entryId, organisationId, version });
      if (!result.affected) await this.explainMiss(em, organisationId, entryId);
      await this.reindex(em, organisationId);
    });
  }

  /** Capacity is part of the profile: whoever may see the profile sees it, minus members hidden from them. */
  async list(user: AuthenticatedUser | undefined, organisationId: string): Promise<CapacityEntryView[]> {
    const { viewer } = await this.access.requireVisible(user, organisationId);
    const rows = await this.entries.find({
      where: { organisationId },
      order: { productCode: 'ASC', createdAt: 'ASC' },
    });
    const memberIds = [...new Set(rows.flatMap((e) => (e.memberId ? [e.memberId] : [])))];
    const members = memberIds.length
      ? await this.members.find({ where: { id: In(memberIds) }, relations: { memberOrganisation: true } })
      : [];
    const shown = new Set(visibleMembers(members, viewer).map((m) => m.id));
    return rows.filter((e) => e.memberId === null || shown.has(e.memberId)).map(toCapacityEntryView);
  }

  private async requireCurrentMember(groupId: string, memberId: string): Promise<void> {
    const member = await this.members.findOneBy({ id: memberId, groupId });
    if (!member) {
      throw new DomainError(DomainErrorCode.InvalidInput, 'No such member in this group', {
        memberId: 'Choose a member of this group',
      });
    }
    if (member.status === 'LEFT') {
      throw new DomainError(DomainErrorCode.InvalidInput, 'This member has left the group', {
        memberId: 'This member has left the group',
      });
    }
  }

  /** Nothing matched: either the entry is gone (404) or its version moved on (409). */
  private async explainMiss(em: EntityManager, organisationId: string, entryId: string): Promise<never> {
    const exists = await em.existsBy(CapacityEntry, { id: entryId, organisationId });
    throw exists ? staleVersion() : notFound('Capacity entry');
  }

  private async reindex(em: EntityManager, organisationId: string) {
    await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, {
      entity: 'organisation',
      id: organisationId,
    });
    // Capacity feeds matching: the worker re-matches the open needs this supplier could affect.
    await recordOutboxEvent(em, OutboxTopic.SupplyChanged, { organisationId });
  }
}

/**
 * The ledger's invariant survives edits: a line cannot commit less, in any month, than awards have
 * reserved of it (the UPDATE holds the line's row lock, which every award takes before reserving).
 */
async function refuseBelowReserved(em: EntityManager, entry: CapacityEntry): Promise<void> {
  const reserved = (await reservedByLine(em, [entry.id])).get(entry.id);
  if (!reserved) return;
  const line = toLedgerEntry(entry);
  for (const [month, held] of [...reserved].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const committed = committedInMonth(line, month);
    if (committed + 0.00005 < held)
      throw new DomainError(DomainErrorCode.Conflict, `Awards have reserved more of this line in ${month}`, {
        quantity: `Awards reserve ${formatAmount(held, line.unit)} of this line in ${month}; it would commit ${formatAmount(committed, line.unit)}. Agree a change with the buyer first.`,
      });
  }
}

/** A line that an award reserves, or a live offer stands on, cannot be deleted. */
async function refuseRemovingBacking(em: EntityManager, entryId: string): Promise<void> {
  const [line] = await lockLedgerLines(em, [entryId]);
  if (!line) return;
  if ((await reservedByLine(em, [entryId])).size > 0)
    throw new DomainError(DomainErrorCode.Conflict, 'Awards reserve this capacity', {
      id: 'Awards reserve this line: it cannot be deleted while they stand',
    });
  const backing = await em
    .getRepository(OfferAllocation)
    .createQueryBuilder('a')
    .innerJoin('a.offer', 'o')
    .where('a.capacityEntryId = :entryId', { entryId })
    .andWhere(`o.status IN ('SUBMITTED', 'SHORTLISTED')`)
    .getExists();
  if (backing)
    throw new DomainError(DomainErrorCode.Conflict, 'An offer stands on this capacity', {
      id: 'A live offer stands on this line: withdraw the offer first',
    });
}
