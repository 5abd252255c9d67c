import { Organisation, SourcingNeed } from '@linkage/db';
import { type SearchIndex } from '@linkage/search';
import { type DataSource, In } from 'typeorm';
import {
  INDEXED_ORGANISATION_KINDS,
  organisationDocuments,
  sourcingNeedDocuments,
} from './search-documents.js';

const BATCH = 200;

export interface ReindexProgress {
  entity: 'organisations' | 'sourcing needs';
  done: number;
  total: number;
}

/**
 * Rebuilds every searchable document from PostgreSQL, in batches ordered by id so rows added
 * meanwhile are not skipped. Upserts only: documents whose entity was deleted without an outbox
 * event are not removed (the SearchIndex interface cannot list what it holds).
 */
export async function reindexAll(
  dataSource: DataSource,
  index: SearchIndex,
  onProgress: (progress: ReindexProgress) => void,
): Promise<{ documents: number }> {
  let documents = 0;
  const em = dataSource.manager;

  const organisationWhere = { kind: In([...INDEXED_ORGANISATION_KINDS]) };
  const organisationTotal = await em.countBy(Organisation, organisationWhere);
  for (let done = 0; done < organisationTotal;) {
    const batch = await em.find(Organisation, {
      where: organisationWhere,
      order: { id: 'ASC' },
      skip: done,
      take: BATCH,
    });
    if (batch.length === 0) break;
    const docs = await organisationDocuments(em, batch);
    await index.upsert(docs);
    documents += docs.length;
    done += batch.length;
    onProgress({ entity: 'organisations', done, total: organisationTotal });
  }

  const needWhere = { status: 'OPEN' as const };
  const needTotal = await em.countBy(SourcingNeed, needWhere);
  for (let done = 0; done < needTotal;) {
    const batch = await em.find(SourcingNeed, {
      where: needWhere,
      relations: { leadFirm: true },
      order: { id: 'ASC' },
      skip: done,
      take: BATCH,
    });
    if (batch.length === 0) break;
    const docs = await sourcingNeedDocuments(em, batch);
    await index.upsert(docs);
    documents += docs.length;
    done += batch.length;
    onProgress({ entity: 'sourcing needs', done, total: needTotal });
  }
  return { documents };
}
