import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type CreateStandardInput,
  OutboxTopic,
  type StandardView,
  type UpdateStandardInput,
} from '@linkage/contracts';
import { Standard, syncStandardsRegistry } from '@linkage/db';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, forbidden, notFound } from '../common/domain-error.js';
import { recordOutboxEvent } from '../outbox/outbox.js';

export const toStandardView = (s: Standard): StandardView => ({
  code: s.code,
  name: s.name,
  kind: s.kind,
  coversGroupMembers: s.coversGroupMembers,
  typicalMonthsToCertify: s.typicalMonthsToCertify,
  equivalentTo: s.equivalentTo,
  umbrella: s.umbrella,
});

/**
 * The standards registry: public to read, edited by platform administrators. Matching reads the same
 * table, so every addition or edit records a `standards.changed` event (the entry before and after)
 * in its transaction; the worker re-matches the open needs it affects.
 */
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
      return await this.dataSource.transaction(async (em) => {
        const created = toStandardView(await em.save(em.create(Standard, input)));
        await recordOutboxEvent(em, OutboxTopic.StandardsChanged, { before: null, after: created });
        return created;
      });
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
    return this.dataSource.transaction(async (em) => {
      // Locked, so that the event's "before" is the entry this edit replaces, even when two race.
      const standards = em.getRepository(Standard);
      const standard = await standards.findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!standard) throw notFound('Standard');
      const before = toStandardView(standard);
      const after = toStandardView(await standards.save(standards.merge(standard, input)));
      if (JSON.stringify(after) !== JSON.stringify(before))
        await recordOutboxEvent(em, OutboxTopic.StandardsChanged, { before, after });
      return after;
    });
  }

  private requireAdmin(user: AuthenticatedUser) {
    if (user.platformRole !== 'ADMIN')
      throw forbidden('Only a platform administrator can edit the standards registry');
  }
}
