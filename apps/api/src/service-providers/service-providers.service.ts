import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreateServiceProviderInput,
  type ServiceProviderQuery,
  type ServiceProviderView,
  type UpdateServiceProviderInput,
} from '@linkage/contracts';
import { Organisation, ServiceProvider } from '@linkage/db';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { forbidden, notFound } from '../common/domain-error.js';

/**
 * The directory of service providers (decision 0014): certification bodies, laboratories, consultants,
 * trainers and lenders that carry out upgrading actions. Every signed-in person reads it; brokers and
 * admins add to it; the adding programme's staff and admins keep an entry current.
 */
@Injectable()
export class ServiceProvidersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: ServiceProviderQuery): Promise<ServiceProviderView[]> {
    const qb = this.entries(this.dataSource.manager).orderBy('o.legalName', 'ASC');
    if (query.service) qb.andWhere(':service = ANY(sp.services)', { service: query.service });
    if (query.country) qb.andWhere(':country = ANY(sp.countriesServed)', { country: query.country });
    return (await qb.getMany()).map((sp) => view(sp, user));
  }

  async get(user: AuthenticatedUser, id: string): Promise<ServiceProviderView> {
    const sp = await this.entries(this.dataSource.manager).andWhere('o.id = :id', { id }).getOne();
    if (!sp) throw notFound('Service provider');
    return view(sp, user);
  }

  async create(user: AuthenticatedUser, input: CreateServiceProviderInput): Promise<ServiceProviderView> {
    const programmeId = await this.programmeOf(user);
    if (programmeId === undefined) throw forbidden('Only programme staff and admins add service providers');
    const id = await this.dataSource.transaction(async (em) => {
      const org = await em.save(
        em.create(Organisation, {
          kind: 'SERVICE_PROVIDER',
          legalName: input.legalName,
          country: input.country,
          description: input.description ?? null,
          visibility: 'PUBLIC',
        }),
      );
      await em.insert(ServiceProvider, {
        organisationId: org.id,
        services: input.services,
        countriesServed: input.countriesServed,
        contactName: input.contactName ?? null,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        website: input.website ?? null,
        addedByProgrammeId: programmeId,
        addedById: user.id,
      });
      return org.id;
    });
    return this.get(user, id);
  }

  async update(
    user: AuthenticatedUser,
    id: string,
    input: UpdateServiceProviderInput,
  ): Promise<ServiceProviderView> {
    await this.dataSource.transaction(async (em) => {
      const sp = await this.entries(em)
        .andWhere('o.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['sp'])
        .getOne();
      if (!sp) throw notFound('Service provider');
      if (!editable(sp, user))
        throw forbidden('Only the staff of the programme that added it, and admins, change it');
      const { legalName, description, country, ...fields } = input;
      if (legalName !== undefined || description !== undefined || country !== undefined)
        await em.update(Organisation, { id }, { legalName, description, country });
      if (Object.keys(fields).length) await em.update(ServiceProvider, { id: sp.id }, fields);
    });
    return this.get(user, id);
  }

  private entries(em: EntityManager) {
    return em
      .getRepository(ServiceProvider)
      .createQueryBuilder('sp')
      .innerJoinAndSelect('sp.organisation', 'o')
      .leftJoinAndSelect('sp.addedByProgramme', 'pg')
      .where(`o.kind = 'SERVICE_PROVIDER'`);
  }

  /** The caller's programme (the first they joined); null for an admin outside programmes; undefined for anyone else. */
  private async programmeOf(user: AuthenticatedUser): Promise<string | null | undefined> {
    const [row]: Array<{ id: string }> = await this.dataSource.query(
      `SELECT o.id FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1 AND o.kind = 'PROGRAMME' ORDER BY m.created_at LIMIT 1`,
      [user.id],
    );
    if (row) return row.id;
    return user.platformRole === 'ADMIN' ? null : undefined;
  }
}

const editable = (sp: ServiceProvider, user: AuthenticatedUser) =>
  user.platformRole === 'ADMIN' ||
  (sp.addedByProgrammeId !== null && user.memberOf.has(sp.addedByProgrammeId));

function view(sp: ServiceProvider, user: AuthenticatedUser): ServiceProviderView {
  const o = sp.organisation!;
  return {
    id: o.id,
    legalName: o.legalName,
    country: o.country,
    description: o.description,
    services: sp.services,
    countriesServed: sp.countriesServed,
    contactName: sp.contactName,
    contactEmail: sp.contactEmail,
    contactPhone: sp.contactPhone,
    website: sp.website,
    addedByProgramme: sp.addedByProgramme
      ? { id: sp.addedByProgramme.id, name: sp.addedByProgramme.legalName }
      : null,
    editable: editable(sp, user),
  };
}
