import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexEntityJob, QueueName } from '@linkage/contracts';
import { InvalidSearchDocumentError, type SearchIndex } from '@linkage/search';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { SEARCH_INDEX } from '@linkage/search/nest';
import { jobPayload } from '../job-support.js';
import { searchChanges } from './search-documents.js';

/**
 * Keeps the search index in step with PostgreSQL, one entity per job: it loads the entity fresh
 * (the job says what changed, not how), then upserts its document or deletes it when the entity is
 * gone or no longer searchable — for a producer group, its catalogue items' documents as well. All
 * of it is idempotent, so retries and repeats are harmless.
 */
@Processor(QueueName.SearchIndex)
export class SearchIndexProcessor extends WorkerHost {
  private readonly logger = new Logger(SearchIndexProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
  ) {
    super();
  }

  async process(job: Job) {
    const entity = jobPayload(IndexEntityJob, job);
    const changes = await searchChanges(this.dataSource.manager, entity);
    try {
      await this.index.upsert(changes.upsert);
      await this.index.delete(changes.delete);
      await this.index.deleteOrganisations(changes.deleteOrganisations);
    } catch (error) {
      // Data the index refuses will be refused on every attempt; engine failures are retried.
      if (error instanceof InvalidSearchDocumentError) throw new UnrecoverableError(error.message);
      throw error;
    }
    const indexed = changes.upsert.some((d) => d.id === entity.id);
    const outcome = indexed ? 'indexed' : 'removed';
    const counts = { upserted: changes.upsert.length, deleted: changes.delete.length };
    this.logger.log({ jobId: job.id, ...entity, outcome, ...counts }, 'Search index updated');
    return { outcome, ...counts };
  }
}
