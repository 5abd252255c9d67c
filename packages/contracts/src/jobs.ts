import { z } from 'zod';
import { uuidField } from './fields.js';

/** Queue names. The values are stored in Redis keys: never change them. */
export const QueueName = {
  Matching: 'matching',
  Notifications: 'notifications',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** A job type: its queue, its name, the schema its payload must pass, and its deterministic id. */
export interface JobDefinition<TPayload> {
  queue: QueueName;
  name: string;
  payload: z.ZodType<TPayload>;
  jobId(payload: TPayload): string;
}

const MatchNeedPayload = z.object({ needId: uuidField, needVersion: z.number().int().positive() });
export type MatchNeedPayload = z.infer<typeof MatchNeedPayload>;

/** Match one version of a sourcing need; one job per version however often it is enqueued. */
export const MatchNeedJob: JobDefinition<MatchNeedPayload> = {
  queue: QueueName.Matching,
  name: 'match-need',
  payload: MatchNeedPayload,
  // BullMQ reserves ':' in ids, hence the dashes.
  jobId: (p) => `need-${p.needId}-v${p.needVersion}`,
};

const SendEmailPayload = z.object({
  outboxId: uuidField,
  to: z.email(),
  subject: z.string().min(1),
  text: z.string(),
});
export type SendEmailPayload = z.infer<typeof SendEmailPayload>;

export const SendEmailJob: JobDefinition<SendEmailPayload> = {
  queue: QueueName.Notifications,
  name: 'send-email',
  payload: SendEmailPayload,
  jobId: (p) => `email-${p.outboxId}`,
};

/**
 * Outbox topics: what the API records in the same transaction as a change, and the job each becomes
 * once the relay sees the row. Payloads are the job payloads (the e-mail one gains its outbox id).
 */
export const OutboxTopic = {
  NeedPosted: 'sourcing-need.posted',
  EmailRequested: 'email.requested',
} as const;
export type OutboxTopic = (typeof OutboxTopic)[keyof typeof OutboxTopic];
