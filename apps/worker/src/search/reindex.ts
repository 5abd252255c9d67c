import { CatalogueItem, Organisation, SourcingNeed } from '@linkage/db';
import { type SearchDocumentInput, type SearchIndex } from '@linkage/search';
import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindManyOptions,
  type FindOptionsOrder,
  In,
} from 'typeorm';
import {
  INDEXED_ORGANISATION_KINDS,
  catalogueItemDocuments,
  organisationDocuments,
  sourcingNeedDocuments,
} from './search-documents.js';

const BATCH = 200;

export interface ReindexProgress {
  entity: 'organisations' | 'sourcing needs' | 'catalogue items';
  done: number;
  total: number;
}

/** One kind of searchable row: how many there are, and a page of them as documents. */
interface Source {
  entity: ReindexProgress['entity'];
  count(em: EntityManager): Promise<number>;
  page(em: EntityManager, skip: number): Promise<{ rows: number; documents: SearchDocumentInput[] }>;
}

function source<T extends { id: string }>(
  entity: Source['entity'],
  target: EntityTarget<T>,
  find: Pick<FindManyOptions<T>, 'where' | 'relations'>,
  documents: (em: EntityManager, rows: T[]) => Promise<SearchDocumentInput[]> | SearchDocumentInput[],
): Source {
  // Ordered by id, so rows added meanwhile land after the cursor or before it, never shift a page.
  const order = { id: 'ASC' } as FindOptionsOrder<T>;
  return {
    entity,
    count: (em) => em.count(target, find),
    page: async (em, skip) => {
      const rows = await em.find(target, { ...find, order, skip, take: BATCH });
      return { rows: rows.length, documents: await documents(em, rows) };
    },
  };
}

const SOURCES: readonly Source[] = [
  source('organisations', Organisation, { where: { kind: In([...INDEXED_ORGANISATION_KINDS]) } }, organisationDocuments),
  source('sourcing needs', SourcingNeed, { where: { status: 'OPEN' }, relations: { leadFirm: true } }, sourcingNeedDocuments),
  source(
    'catalogue items',
    CatalogueItem,
    { where: { published: true, group: { kind: 'PRODUCER_GROUP' } }, relations: { group: true } },
    (_em, items) => catalogueItemDocuments(items),
  ),
];

/**
 * Rebuilds every searchable document from PostgreSQL — organisations, open needs, published
 * catalogue items — in batches ordered by id. Upserts only: documents whose entity was deleted
 * without an outbox event are not removed (the SearchIndex interface cannot list what it holds).
 */
export async function reindexAll(
  dataSource: DataSource,
  index: SearchIndex,
  onProgress: (progress: ReindexProgress) => void,
): Promise<{ documents: number }> {
  const em = dataSource.manager;
  let documents = 0;
  for (const { entity, count, page } of SOURCES) {
    const total = await count(em);
    onProgress({ entity, done: 0, total });
    for (let done = 0; done < total; ) {
      const batch = await page(em, done);
      if (batch.rows === 0) break;
      await index.upsert(batch.documents);
      documents += batch.documents.length;
      done += batch.rows;
      onProgress({ entity, done, total });
    }
  }
  return { documents };
}
