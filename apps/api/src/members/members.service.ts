import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type CreateGroupMemberInput,
  type GroupMemberView,
  type MemberEnterpriseInput,
  type MemberImportReport,
  type UpdateGroupMemberInput,
  OutboxTopic, memberListedEmail } from '@linkage/contracts';
import { assertGroupMemberTransition, isLocale } from '@linkage/domain';
import { GroupMember, Organisation } from '@linkage/db';
import { DataSource, type EntityManager, QueryFailedError, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';
import { todayUtc } from '../certifications/certification-view.js';
import { noticeReservedMember } from '../deals/reservation-notices.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { recordOutboxEvent } from '../outbox/outbox.js';
import { parseMemberFile } from './member-import.js';
import { toGroupMemberView } from './member-view.js';
import { visibleMembers } from './member-visibility.js';

/** Rows per INSERT statement when importing: well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 500;

/** Columns of the member enterprise's own profile, with the group's country and tier as defaults. */
function enterpriseColumns(input: MemberEnterpriseInput, group: Organisation): Partial<Organisation> {
  return {
    kind: 'ENTERPRISE',
    legalName: input.legalName,
    country: input.country ?? group.country,
    region: input.region ?? null,
    visibility: input.visibility ?? group.visibility,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    languages: input.languages ?? [],
    registration: input.registration ?? null,
    employees: input.employees ?? null,
    foundedYear: input.foundedYear ?? null,
    annualSalesBand: input.annualSalesBand ?? null,
    womenOwned: input.womenOwned ?? false,
    youthLed: input.youthLed ?? false,
    description: input.description ?? null,
    sectors: input.sectors ?? [],
  };
}

/** A producer group's member enterprises: invitation, activation, suspension, departure, CSV import. */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(GroupMember) private readonly members: Repository<GroupMember>,
    private readonly access: OrganisationAccessService,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  async list(user: AuthenticatedUser | undefined, groupId: string): Promise<GroupMemberView[]> {
    const { viewer } = await this.access.requireVisible(user, groupId);
    const rows = await this.members.find({
      where: { groupId },
      relations: { memberOrganisation: true },
      order: { createdAt: 'ASC' },
    });
    return visibleMembers(rows, viewer).map((m) => toGroupMemberView(m, !!viewer?.isMember));
  }

  /** Creates the member enterprise with its own profile and links it to the group, in one transaction. */
  async create(
    user: AuthenticatedUser,
    groupId: string,
    input: CreateGroupMemberInput,
  ): Promise<GroupMemberView> {
    const { organisation: group } = await this.access.requireManager(user, groupId);
    this.requireGroup(group);
    return sameNameRefused(
      this.dataSource.transaction(async (em) => {
        if (await this.hasMemberNamed(em, groupId, input.enterprise.legalName)) {
          throw new DomainError(DomainErrorCode.Conflict, 'The group already has a member of this name', {
            'enterprise.legalName': 'The group already has a member of this name',
          });
        }
        const enterprise = await em.save(em.create(Organisation, enterpriseColumns(input.enterprise, group)));
        const member = await em.save(
          em.create(GroupMember, {
            groupId,
            memberOrganisationId: enterprise.id,
            status: input.status,
            joinedOn: input.status === 'ACTIVE' ? (input.joinedOn ?? todayUtc()) : (input.joinedOn ?? null),
            leftOn: null,
            contactEmail: input.contactEmail ?? null,
          }),
        );
        if (input.contactEmail)
          await this.announce(em, group, enterprise.legalName, input.contactEmail, user);
        await this.reindex(em, groupId);
        return toGroupMemberView({ ...member, memberOrganisation: enterprise } as GroupMember, true);
      }),
    );
  }

  /** Status changes follow the domain's rules; joining and leaving dates are recorded with them. */
  async update(
    user: AuthenticatedUser,
    groupId: string,
    memberId: string,
    input: UpdateGroupMemberInput,
  ): Promise<GroupMemberView> {
    const { organisation: group } = await this.access.requireManager(user, groupId);
    this.requireGroup(group);
    return sameNameRefused(
      this.dataSource.transaction(async (em) => {
        const member = await em.findOne(GroupMember, {
          where: { id: memberId, groupId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!member) throw notFound('Group member');
        const statusChanged = input.status !== undefined && input.status !== member.status;
        if (input.status && statusChanged) {
          assertGroupMemberTransition(member.status, input.status);
          member.status = input.status;
          if (input.status === 'ACTIVE') member.joinedOn = input.joinedOn ?? member.joinedOn ?? todayUtc();
          if (input.status === 'LEFT') member.leftOn = input.leftOn ?? todayUtc();
        } else {
          if (input.joinedOn) member.joinedOn = input.joinedOn;
          if (input.leftOn && member.status === 'LEFT') member.leftOn = input.leftOn;
        }
        if (member.leftOn && member.joinedOn && member.leftOn < member.joinedOn) {
          throw new DomainError(DomainErrorCode.InvalidInput, 'A member cannot leave before joining', {
            leftOn: `Must be on or after ${member.joinedOn}`,
          });
        }
        await em.save(member);
        if (input.enterprise && Object.keys(input.enterprise).length) {
          const { legalName } = input.enterprise;
          if (legalName && (await this.hasMemberNamed(em, groupId, legalName, member.memberOrganisationId))) {
            throw new DomainError(DomainErrorCode.Conflict, 'The group already has a member of this name', {
              'enterprise.legalName': 'The group already has a member of this name',
            });
          }
          await em.update(Organisation, { id: member.memberOrganisationId }, input.enterprise);
        }
        await this.reindex(em, groupId);
        // Only active members' committed capacity counts, so a status change can change matches.
        if (statusChanged)
          await recordOutboxEvent(em, OutboxTopic.SupplyChanged, { organisationId: groupId });
        if (statusChanged && (member.status === 'SUSPENDED' || member.status === 'LEFT'))
          await noticeReservedMember(em, {
            groupId,
            memberId,
            status: member.status,
            today: todayUtc(),
            webUrl: this.config.get('WEB_URL', { infer: true }),
          });
        const saved = await em.findOneOrFail(GroupMember, {
          where: { id: memberId },
          relations: { memberOrganisation: true },
        });
        return toGroupMemberView(saved, true);
      }),
    );
  }

  /**
   * Validates every row; a dry run stops there. A real import writes all rows in one transaction with
   * bulk INSERTs, or nothing at all when any row (or the header) has an error: the 422 names each
   * bad cell as `<line>.<column>`.
   */
  async importCsv(
    user: AuthenticatedUser,
    groupId: string,
    csv: Buffer,
    dryRun: boolean,
  ): Promise<MemberImportReport> {
    const { organisation: group } = await this.access.requireManager(user, groupId);
    this.requireGroup(group);
    const existing = await this.dataSource.query<Array<{ name: string }>>(
      `SELECT lower(o.legal_name) AS name FROM group_members m
         JOIN organisations o ON o.id = m.member_organisation_id WHERE m.group_id = $1`,
      [groupId],
    );
    const { rows, fileErrors } = parseMemberFile(csv.toString('utf8'), new Set(existing.map((r) => r.name)));
    const errors = [...fileErrors, ...rows.flatMap((r) => r.report.errors)];
    const report: MemberImportReport = {
      dryRun,
      total: rows.length,
      valid: rows.filter((r) => r.value).length,
      imported: 0,
      rows: rows.map((r) => r.report),
      errors,
    };
    if (dryRun) return report;
    if (errors.length) {
      const lines = [...new Set(errors.map((e) => e.line))];
      throw new DomainError(
        DomainErrorCode.ImportRejected,
        `Nothing imported: ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')} ${lines.length === 1 ? 'has' : 'have'} errors`,
        Object.fromEntries(errors.map((e) => [`${e.line}.${e.field}`, e.reason])),
      );
    }
    await sameNameRefused(
      this.dataSource.transaction(async (em) => {
        const valid = rows.map((r) => r.value!);
        for (let start = 0; start < valid.length; start += INSERT_CHUNK) {
          const chunk = valid.slice(start, start + INSERT_CHUNK);
          const inserted = await em.insert(
            Organisation,
            chunk.map((r) => enterpriseColumns(r.enterprise, group)),
          );
          await em.insert(
            GroupMember,
            chunk.map((r, i) => ({
              groupId,
              memberOrganisationId: (inserted.identifiers[i] as { id: string }).id,
              status: r.status,
              joinedOn: r.status === 'ACTIVE' ? (r.joinedOn ?? todayUtc()) : (r.joinedOn ?? null),
              leftOn: null,
              contactEmail: r.contactEmail ?? null,
            })),
          );
        }
        for (const r of valid) {
          if (r.contactEmail)
            await this.announce(em, group, r.enterprise.legalName, r.contactEmail, user);
        }
        await this.reindex(em, groupId);
      }),
    );
    return { ...report, imported: rows.length };
  }

  private requireGroup(organisation: Organisation) {
    if (organisation.kind !== 'PRODUCER_GROUP') {
      throw new DomainError(
        DomainErrorCode.WrongOrganisationKind,
        'Only a producer group has member enterprises',
      );
    }
  }

  private async hasMemberNamed(em: EntityManager, groupId: string, name: string, exceptId?: string) {
    const rows = await em.query<unknown[]>(
      `SELECT 1 FROM group_members m JOIN organisations o ON o.id = m.member_organisation_id
        WHERE m.group_id = $1 AND lower(o.legal_name) = lower($2) AND o.id IS DISTINCT FROM $3 LIMIT 1`,
      [groupId, name.trim(), exceptId ?? null],
    );
    return rows.length > 0;
  }

  /**
   * Tells the enterprise's contact it is listed: in the contact's saved language when they have an
   * account, else in the language of the coordinator who listed it.
   */
  private async announce(
    em: EntityManager,
    group: Organisation,
    enterprise: string,
    to: string,
    by: AuthenticatedUser,
  ) {
    const link = `${this.config.get('WEB_URL', { infer: true })}/organisations/${group.id}`;
    const [contact] = await em.query<Array<{ locale: string | null }>>(
      `SELECT locale FROM users WHERE email = lower($1)`,
      [to],
    );
    const locale = isLocale(contact?.locale) ? contact.locale : by.readerLocale;
    await recordOutboxEvent(em, OutboxTopic.EmailRequested, {
      to,
      ...memberListedEmail(
        { recordedBy: by.name, enterpriseName: enterprise, groupName: group.legalName, link },
        locale,
      ),
    });
  }

  private reindex(em: EntityManager, groupId: string) {
    return recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, { entity: 'organisation', id: groupId });
  }
}

/**
 * The check before writing names the usual duplicate; a concurrent writer of the same name is
 * stopped by the unique index on the membership's name key (migration 1785): the same 409.
 */
async function sameNameRefused<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const driverError =
      error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : {};
    if (driverError.code === '23505' && driverError.constraint === 'uq_group_members_name') {
      throw new DomainError(DomainErrorCode.Conflict, 'The group already has a member of this name', {
        'enterprise.legalName': 'The group already has a member of this name',
      });
    }
    throw error;
  }
}
