import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type CreateStandardInput, type StandardView, type UpdateStandardInput } from '@linkage/contracts';
import { Standard, syncStandardsRegistry } from '@linkage/db';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, forbidden, notFound } from '../common/domain-error.js';

export const toStandardView = (s: Standard): StandardView => ({
  code: s.code,
  name: s.name,
  kind: s.kind,
  coversGroupMembers: s.coversGroupMembers,
  typicalMonthsToCertify: s.typicalMonthsToCertify,
  equivalentTo: s.equivalentTo,
  umbrella: s.umbrella,
});

/** The standards registry: public to read, edited by platform administrators. */
@Injectable()
export class StandardsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(StandardsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Standard) private readonly standards: Repository<Standard>,
  ) {}

  /** Seeds the registry from the domain's list at boot; codes already present are left as edited. */
  async onApplicationBootstrap() {
    const added = await syncStandardsRegistry(this.dataSource);
    if (added) this.logger.log(`Added ${added} standards to the registry`);
  }

  async list(): Promise<StandardView[]> {
    return (await this.standards.find({ order: { code: 'ASC' } })).map(toStandardView);
  }

  async get(code: string): Promise<StandardView> {
    const standard = await this.standards.findOneBy({ code });
    if (!standard) throw notFound('Standard');
    return toStandardView(standard);
  }

  async create(user: AuthenticatedUser, input: CreateStandardInput): Promise<StandardView> {
    this.requireAdmin(user);
    try {
      return toStandardView(await this.standards.save(this.standards.create(input)));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError(DomainErrorCode.Conflict, `A standard with the code ${input.code} exists`, {
          code: 'This code is taken',
        });
      }
      throw error;
    }
  }

  async update(user: AuthenticatedUser, code: string, input: UpdateStandardInput): Promise<StandardView> {
    this.requireAdmin(user);
    const standard = await this.standards.findOneBy({ code });
    if (!standard) throw notFound('Standard');
    return toStandardView(await this.standards.save(this.standards.merge(standard, input)));
  }

  private requireAdmin(user: AuthenticatedUser) {
    if (user.platformRole !== 'ADMIN')
      throw forbidden('Only a platform administrator can edit the standards registry');
  }
}
