import {
  type IndexEntityPayload,
  type MatchNeedPayload,
  OutboxTopic,
  type SupplyChangedPayload,
} from '@linkage/contracts';
import { OutboxEvent } from '@linkage/db';
import { type EntityManager } from 'typeorm';

/** Payloads by topic; the e-mail payload gains its outbox id when the relay turns it into a job. */
export interface OutboxPayloads {
  [OutboxTopic.NeedPosted]: MatchNeedPayload;
  [OutboxTopic.EmailRequested]: { to: string; subject: string; text: string };
  [OutboxTopic.SearchIndexRequested]: IndexEntityPayload;
  [OutboxTopic.SupplyChanged]: SupplyChangedPayload;
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
