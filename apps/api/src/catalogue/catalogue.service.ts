import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CatalogueItemView,
  type CreateCatalogueItemInput,
  type UpdateCatalogueItemInput,
  OutboxTopic,
} from '@linkage/contracts';
import { CatalogueItem, Standard } from '@linkage/db';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type OrganisationViewer, hasFullView } from '@linkage/domain';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { type Viewer } from '../organisations/profile-visibility.js';
import { recordOutboxEvent } from '../outbox/outbox.js';
import { catalogueCapacities, toCatalogueItemView } from './catalogue-view.js';

/** A producer group's joint catalogue. Capacity is derived on every read, never stored. */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
  ) {}

  /** The group's members and platform staff see drafts; everyone else sees published items only. */
  async list(user: AuthenticatedUser | undefined, groupId: string): Promise<CatalogueItemView[]> {
    const { viewer } = await this.access.requireVisible(user, groupId);
    return this.viewsFor(this.dataSource.manager, groupId, viewer);
  }

  async viewsFor(
    em: EntityManager,
    groupId: string,
    viewer: Viewer | undefined,
  ): Promise<CatalogueItemView[]> {
    const seesDrafts = hasFullView({ id: groupId }, viewer);
    const items = await em.find(CatalogueItem, {
      where: seesDrafts ? { groupId } : { groupId, published: true },
      order: { productLabel: 'ASC', createdAt: 'ASC' },
    });
    return this.toViews(em, items, viewer);
  }

  async get(user: AuthenticatedUser | undefined, itemId: string): Promise<CatalogueItemView> {
    const item = await this.dataSource.manager.findOneBy(CatalogueItem, { id: itemId });
    if (!item) throw notFound('Catalogue item');
    const { viewer } = await this.access.requireVisible(user, item.groupId);
    if (!item.published && !hasFullView({ id: item.groupId }, viewer)) throw notFound('Catalogue item');
    return (await this.toViews(this.dataSource.manager, [item], viewer))[0]!;
  }

  async create(user: AuthenticatedUser, groupId: string, input: CreateCatalogueItemInput) {
    await this.access.requireMember(user, groupId, { kind: 'PRODUCER_GROUP', roles: ['OWNER', 'ADMIN'] });
    await this.requireStandards(input.standardCodes);
    return this.dataSource.transaction(async (em) => {
      const item = await em.save(
        em.create(CatalogueItem, {
          ...input,
          groupId,
          description: input.description ?? null,
          minimumOrder: input.minimumOrder ?? null,
          priceMin: input.priceMin ?? null,
          priceMax: input.priceMax ?? null,
          currency: input.currency ?? null,
          published: false,
          publishedAt: null,
        }),
      );
      await this.reindex(em, item.id);
      return (await this.toViews(em, [item], user))[0]!;
    });
  }

  async update(user: AuthenticatedUser, itemId: string, input: UpdateCatalogueItemInput) {
    if (input.standardCodes) await this.requireStandards(input.standardCodes);
    return this.change(user, itemId, (item) => {
      Object.assign(item, input);
      if (item.priceMin !== null && item.priceMax !== null && item.priceMin > item.priceMax) {
        throw new DomainError(DomainErrorCode.InvalidInput, 'The lowest price cannot exceed the highest', {
          priceMax: 'The lowest price cannot exceed the highest',
        });
      }
    });
  }

  async setPublished(user: AuthenticatedUser, itemId: string, published: boolean) {
    return this.change(user, itemId, (item) => {
      if (item.published === published) return;
      item.published = published;
      item.publishedAt = published ? new Date() : null;
    });
  }

  async remove(user: AuthenticatedUser, itemId: string): Promise<void> {
    const item = await this.requireManaged(user, itemId);
    await this.dataSource.transaction(async (em) => {
      await em.delete(CatalogueItem, { id: item.id });
      await this.reindex(em, item.id);
    });
  }

  private async change(user: AuthenticatedUser, itemId: string, apply: (item: CatalogueItem) => void) {
    await this.requireManaged(user, itemId);
    return this.dataSource.transaction(async (em) => {
      const item = await em.findOne(CatalogueItem, {
        where: { id: itemId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!item) throw notFound('Catalogue item');
      apply(item);
      await em.save(item);
      await this.reindex(em, item.id);
      return (await this.toViews(em, [item], user))[0]!;
    });
  }

  private async requireManaged(user: AuthenticatedUser, itemId: string): Promise<CatalogueItem> {
    const item = await this.dataSource.manager.findOneBy(CatalogueItem, { id: itemId });
    if (!item) throw notFound('Catalogue item');
    await this.access.requireManager(user, item.groupId);
    return item;
  }

  private async requireStandards(codes: readonly string[]) {
    if (!codes.length) return;
    const found = await this.dataSource.manager.find(Standard, { where: { code: In([...codes]) } });
    const missing = codes.filter((c) => !found.some((s) => s.code === c));
    if (missing.length) {
      throw new DomainError(
        DomainErrorCode.InvalidInput,
        `Not in the standards registry: ${missing.join(', ')}`,
        {
          standardCodes: `Not in the standards registry: ${missing.join(', ')}`,
        },
      );
    }
  }

  private async toViews(em: EntityManager, items: CatalogueItem[], viewer: OrganisationViewer | undefined) {
    const capacities = await catalogueCapacities(em, items, viewer);
    return items.map((i) => toCatalogueItemView(i, capacities.get(i.id)!));
  }

  /**
   * A published item is a search document of its own; its job (keyed by the item, so a burst of edits
   * collapses) writes it, or removes it once the item is a draft again or deleted.
   */
  private reindex(em: EntityManager, itemId: string) {
    return recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, { entity: 'catalogue-item', id: itemId });
  }
}
