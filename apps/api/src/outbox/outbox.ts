import {
  type IndexEntityPayload,
  type MatchNeedPayload,
  OutboxTopic,
  type StandardsChangedPayload,
  type SupplyChangedPayload,
} from '@linkage/contracts';
import { OutboxEvent } from '@linkage/db';
import { type EntityManager } from 'typeorm';

/** Payloads by topic; the e-mail and standards payloads gain their outbox id when the relay turns them into jobs. */
export interface OutboxPayloads {
  [OutboxTopic.NeedPosted]: MatchNeedPayload;
  [OutboxTopic.EmailRequested]: { to: string; subject: string; text: string };
  [OutboxTopic.SearchIndexRequested]: IndexEntityPayload;
  [OutboxTopic.SupplyChanged]: SupplyChangedPayload;
  [OutboxTopic.StandardsChanged]: Omit<StandardsChangedPayload, 'outboxId'>;
}

/**
 * Records an event inside the caller's transaction. It becomes a queue job only once the
 * transaction commits and the worker's relay picks it up.
 */
export async function recordOutboxEvent<T extends keyof OutboxPayloads>(
  em: EntityManager,
  topic: T,
  payload: OutboxPayloads[T],
): Promise<void> {
  await em.save(em.create(OutboxEvent, { topic, payload: { ...payload } }));
}
