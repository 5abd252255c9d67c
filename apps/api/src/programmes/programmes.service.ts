import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreateProgrammeInput,
  type EnrolmentView,
  OutboxTopic,
  type ProgrammeView,
  type UpdateProgrammeInput,
} from '@linkage/contracts';
import { Membership, Organisation, ProgrammeEnrolment, notifyOrganisationOnce } from '@linkage/db';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, forbidden, notFound } from '../common/domain-error.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { recordOutboxEvent } from '../outbox/outbox.js';

/** Organisations that enrol: producer groups (for their brokers' full view) and lead firms (for their needs). */
const ENROLLING_KINDS = ['PRODUCER_GROUP', 'LEAD_FIRM'] as const;

type EnrolmentRow = ProgrammeEnrolment & { programme: Organisation; organisation: Organisation };

const enrolmentView = (e: EnrolmentRow): EnrolmentView => ({
  programme: { id: e.programme.id, name: e.programme.legalName },
  organisation: {
    id: e.organisation.id,
    name: e.organisation.legalName,
    kind: e.organisation.kind,
    country: e.organisation.country.trim(),
  },
  enrolledOn: e.createdAt.toISOString().slice(0, 10),
});

/**
 * Programmes (decision 0012): admins set them up, their owners invite the staff (the ordinary
 * invitations), and producer groups and lead firms enrol — the consent that gives the programme's
 * brokers their full view. Everyone may list programmes, so a group can find one to join.
 */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
  ) {}

  /** A platform admin creates a programme and is its first owner, to invite its own owners and staff. */
  async create(user: AuthenticatedUser, input: CreateProgrammeInput): Promise<ProgrammeView> {
    if (user.platformRole !== 'ADMIN') throw forbidden('Only a platform admin sets up programmes');
    const id = await this.dataSource.transaction(async (em) => {
      const programme = await em.save(
        em.create(Organisation, {
          kind: 'PROGRAMME',
          legalName: input.legalName,
          country: input.country,
          region: input.region ?? null,
          description: input.description ?? null,
          visibility: 'PUBLIC',
          scopeCountries: input.scopeCountries,
          scopeHsChapters: input.scopeHsChapters,
        }),
      );
      await em.insert(Membership, { userId: user.id, organisationId: programme.id, role: 'OWNER' });
      await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, {
        entity: 'organisation',
        id: programme.id,
      });
      return programme.id;
    });
    return this.get(id);
  }

  async list(): Promise<ProgrammeView[]> {
    return this.views(this.dataSource.manager);
  }

  async get(programmeId: string): Promise<ProgrammeView> {
    const [view] = await this.views(this.dataSource.manager, programmeId);
    if (!view) throw notFound('Programme');
    return view;
  }

  async update(
    user: AuthenticatedUser,
    programmeId: string,
    input: UpdateProgrammeInput,
  ): Promise<ProgrammeView> {
    await this.access.requireMember(user, programmeId, { kind: 'PROGRAMME', roles: ['OWNER', 'ADMIN'] });
    if (Object.keys(input).length)
      await this.dataSource.getRepository(Organisation).update({ id: programmeId }, input);
    return this.get(programmeId);
  }

  /**
   * A manager of a producer group or lead firm enrols it: from the next request the programme's
   * brokers see all of it. Enrolling twice is one enrolment; the programme's staff are told once.
   */
  async enrol(user: AuthenticatedUser, programmeId: string, organisationId: string): Promise<EnrolmentView> {
    const { organisation } = await this.access.requireManager(user, organisationId);
    if (!(ENROLLING_KINDS as readonly string[]).includes(organisation.kind))
      throw new DomainError(
        DomainErrorCode.WrongOrganisationKind,
        'Only a producer group or a lead firm enrols in a programme',
      );
    return this.dataSource.transaction(async (em) => {
      const programme = await this.programme(em, programmeId);
      await em
        .createQueryBuilder()
        .insert()
        .into(ProgrammeEnrolment)
        .values({ programmeId, organisationId, enrolledById: user.id })
        .orIgnore()
        .execute();
      await notifyOrganisationOnce(em, programmeId, {
        kind: 'PROGRAMME_ENROLMENT',
        title: `${organisation.legalName} enrolled in ${programme.legalName}`,
        body: `${user.name} enrolled ${organisation.legalName}: you now see its whole profile, needs and linkages.`,
        link: `/organisations/${organisationId}`,
        dedupeKey: `enrolment:${programmeId}:${organisationId}`,
      });
      return enrolmentView(await this.enrolment(em, programmeId, organisationId));
    });
  }

  /** The organisation withdraws its consent, or the programme's managers end the enrolment. */
  async withdraw(user: AuthenticatedUser, programmeId: string, organisationId: string): Promise<void> {
    const managesOrganisation = await this.access.manages(user.id, organisationId);
    if (!managesOrganisation && !(await this.access.manages(user.id, programmeId)))
      throw forbidden('Only the organisation’s or the programme’s managers end an enrolment');
    const { affected } = await this.dataSource
      .getRepository(ProgrammeEnrolment)
      .delete({ programmeId, organisationId });
    if (!affected) throw notFound('Enrolment');
  }

  /** The programmes an organisation is enrolled in, for its own people. */
  async enrolmentsOf(user: AuthenticatedUser, organisationId: string): Promise<EnrolmentView[]> {
    await this.access.requireMember(user, organisationId);
    return (await this.enrolments(this.dataSource.manager, { organisationId })).map(enrolmentView);
  }

  /** The organisations enrolled in a programme, for its staff. */
  async enrolled(user: AuthenticatedUser, programmeId: string): Promise<EnrolmentView[]> {
    await this.access.requireMember(user, programmeId, { kind: 'PROGRAMME' });
    return (await this.enrolments(this.dataSource.manager, { programmeId })).map(enrolmentView);
  }

  private async programme(em: EntityManager, id: string): Promise<Organisation> {
    const programme = await em.findOneBy(Organisation, { id, kind: 'PROGRAMME' });
    if (!programme) throw notFound('Programme');
    return programme;
  }

  private async enrolment(em: EntityManager, programmeId: string, organisationId: string) {
    const [row] = await this.enrolments(em, { programmeId, organisationId });
    return row!;
  }

  private enrolments(em: EntityManager, where: { programmeId?: string; organisationId?: string }) {
    return em.find(ProgrammeEnrolment, {
      where,
      relations: { programme: true, organisation: true },
      order: { createdAt: 'ASC' },
    }) as Promise<EnrolmentRow[]>;
  }

  private async views(em: EntityManager, id?: string): Promise<ProgrammeView[]> {
    const rows: ProgrammeView[] = await em.query(
      `SELECT p.id, p.legal_name AS "legalName", trim(p.country) AS country, p.region, p.description,
              p.scope_countries AS "scopeCountries", p.scope_hs_chapters AS "scopeHsChapters",
              count(o.id) FILTER (WHERE o.kind = 'PRODUCER_GROUP')::int AS "enrolledGroups",
              count(o.id) FILTER (WHERE o.kind = 'LEAD_FIRM')::int AS "enrolledLeadFirms"
         FROM organisations p
         LEFT JOIN programme_enrolments e ON e.programme_id = p.id
         LEFT JOIN organisations o ON o.id = e.organisation_id
        WHERE p.kind = 'PROGRAMME' AND ($1::uuid IS NULL OR p.id = $1)
        GROUP BY p.id ORDER BY p.legal_name`,
      [id ?? null],
    );
    return rows;
  }
}
