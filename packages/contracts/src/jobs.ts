import { z } from 'zod';
import { STANDARD_KINDS } from '@linkage/domain';
import { uuidField } from './fields.js';

/** Queue names. The values are stored in Redis keys: never change them. */
export const QueueName = {
  Matching: 'matching',
  Notifications: 'notifications',
  SearchIndex: 'search-index',
  Certificates: 'certificates',
  Linkages: 'linkages',
  Housekeeping: 'housekeeping',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** A job type: its queue, its name, the schema its payload must pass, and its deterministic id. */
export interface JobDefinition<TPayload> {
  queue: QueueName;
  name: string;
  payload: z.ZodType<TPayload>;
  jobId(payload: TPayload): string;
  /**
   * What a repeated enqueue of the same id does. 'once' (the default): the id is the BullMQ job id,
   * so the job runs once however often it is enqueued. 'latest': the id only collapses enqueues
   * while a job waits, and one more job follows a running one, so a change made after a job read
   * its data is still picked up, and a change after it completed runs it again.
   */
  dedupe?: 'once' | 'latest';
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

const SupplyChangedPayload = z.object({ organisationId: uuidField });
export type SupplyChangedPayload = z.infer<typeof SupplyChangedPayload>;

/**
 * Something matching reads of an organisation changed — a supplier's capacity, certificates, members,
 * place or visibility tier, or a lead firm's verification (which decides the tiers its needs may
 * match): find the open needs it could affect and re-match each. Collapses while one waits, per
 * organisation.
 */
export const SupplyChangedJob: JobDefinition<SupplyChangedPayload> = {
  queue: QueueName.Matching,
  name: 'supply-changed',
  payload: SupplyChangedPayload,
  jobId: (p) => `supply-${p.organisationId}`,
  dedupe: 'latest',
};

const RematchNeedPayload = z.object({ needId: uuidField });
export type RematchNeedPayload = z.infer<typeof RematchNeedPayload>;

/**
 * Re-match the current version of a need after its candidates changed. Debounced per need
 * (`REMATCH_DEBOUNCE_MS`): a burst of changes becomes one job that runs after the burst.
 */
export const RematchNeedJob: JobDefinition<RematchNeedPayload> = {
  queue: QueueName.Matching,
  name: 'rematch-need',
  payload: RematchNeedPayload,
  jobId: (p) => `rematch-${p.needId}`,
  dedupe: 'latest',
};

/** Quiet time after the last supply change before a need is re-matched. */
export const REMATCH_DEBOUNCE_MS = 1500;

/** A standards-registry entry as stored (the `standards` row, as the API shows it). */
const StandardSnapshot = z.object({
  code: z.string().min(1),
  name: z.string(),
  kind: z.enum(STANDARD_KINDS),
  coversGroupMembers: z.boolean(),
  typicalMonthsToCertify: z.number().int().nonnegative(),
  equivalentTo: z.array(z.string()),
  umbrella: z.boolean(),
});
export type StandardSnapshot = z.infer<typeof StandardSnapshot>;

const StandardsChangedPayload = z.object({
  outboxId: uuidField,
  /** The entry before the edit; null when an administrator added it. */
  before: StandardSnapshot.nullable(),
  /** The entry after the edit (the registry has no removal). */
  after: StandardSnapshot,
});
export type StandardsChangedPayload = z.infer<typeof StandardsChangedPayload>;

/**
 * An administrator added or edited a standard: re-match the open needs whose requirements it can
 * affect (the codes whose accepted standards, months or group coverage changed). One job per edit,
 * keyed by its outbox row, since each carries its own before and after; the re-matches it enqueues
 * are the debounced RematchNeedJob, so a burst of edits becomes one re-match per need.
 */
export const StandardsChangedJob: JobDefinition<StandardsChangedPayload> = {
  queue: QueueName.Matching,
  name: 'standards-changed',
  payload: StandardsChangedPayload,
  jobId: (p) => `standards-${p.outboxId}`,
};

const SendEmailPayload = z.object({
  outboxId: uuidField,
  to: z.email(),
  subject: z.string().min(1),
  text: z.string(),
  /** Files sent with the message, such as a meeting's .ics invitation (decision 0013). */
  attachments: z
    .array(z.object({ filename: z.string().min(1), contentType: z.string().min(1), content: z.string() }))
    .optional(),
});
export type SendEmailPayload = z.infer<typeof SendEmailPayload>;

export const SendEmailJob: JobDefinition<SendEmailPayload> = {
  queue: QueueName.Notifications,
  name: 'send-email',
  payload: SendEmailPayload,
  jobId: (p) => `email-${p.outboxId}`,
};

/** What can be searched for, by the table it is loaded from. */
export const INDEXED_ENTITIES = ['organisation', 'sourcing-need', 'catalogue-item'] as const;

const IndexEntityPayload = z.object({ entity: z.enum(INDEXED_ENTITIES), id: uuidField });
export type IndexEntityPayload = z.infer<typeof IndexEntityPayload>;

/**
 * Bring one entity's search document up to date with PostgreSQL (upsert, or delete when it is
 * gone). The job carries no data: it always indexes what is stored when it runs.
 */
export const IndexEntityJob: JobDefinition<IndexEntityPayload> = {
  queue: QueueName.SearchIndex,
  name: 'index-entity',
  payload: IndexEntityPayload,
  jobId: (p) => `index-${p.entity}-${p.id}`,
  dedupe: 'latest',
};

const ScanExpiringCertificatesPayload = z.object({
  /** The day to scan for (YYYY-MM-DD, UTC); the day the job runs when omitted. */
  today: z.iso.date().optional(),
});
export type ScanExpiringCertificatesPayload = z.infer<typeof ScanExpiringCertificatesPayload>;

/**
 * Finds certificates that entered the expiring window and notifies their owners once each. Run daily
 * by a BullMQ job scheduler; safe to run any number of times (notifications carry a dedupe key).
 */
export const ScanExpiringCertificatesJob: JobDefinition<ScanExpiringCertificatesPayload> = {
  queue: QueueName.Certificates,
  name: 'scan-expiring-certificates',
  payload: ScanExpiringCertificatesPayload,
  jobId: (p) => `certificates-expiring-${p.today ?? 'today'}`,
};

const ScanStalledLinkagesPayload = z.object({
  /** The day to scan for (YYYY-MM-DD, UTC); the day the job runs when omitted. */
  today: z.iso.date().optional(),
});
export type ScanStalledLinkagesPayload = z.infer<typeof ScanStalledLinkagesPayload>;

/**
 * Finds linkages with no step for the stalled period and tells both parties once per quiet spell.
 * Run daily by a BullMQ job scheduler; safe to run any number of times (notifications carry a
 * dedupe key naming the linkage and its latest event's day).
 */
export const ScanStalledLinkagesJob: JobDefinition<ScanStalledLinkagesPayload> = {
  queue: QueueName.Linkages,
  name: 'scan-stalled-linkages',
  payload: ScanStalledLinkagesPayload,
  jobId: (p) => `linkages-stalled-${p.today ?? 'today'}`,
};

/**
 * Deletes what is kept only for a while: outbox rows dispatched longer ago than the retention period
 * (they hold e-mail bodies) and expired sessions, in batches. Daily; safe to run any number of times.
 */
export const HousekeepingJob: JobDefinition<Record<string, never>> = {
  queue: QueueName.Housekeeping,
  name: 'housekeeping',
  payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
  jobId: () => 'housekeeping',
};

/**
 * Outbox topics: what the API records in the same transaction as a change, and the job each becomes
 * once the relay sees the row. Payloads are the job payloads (the e-mail one gains its outbox id).
 */
export const OutboxTopic = {
  NeedPosted: 'sourcing-need.posted',
  EmailRequested: 'email.requested',
  /**
   * An organisation (or its capacity, certificates, members), a sourcing need or a catalogue item
   * changed: re-index it. An organisation's job re-indexes its catalogue items too (they carry its
   * name, place and visibility).
   */
  SearchIndexRequested: 'search-index.requested',
  /** Something matching reads of an organisation changed (see SupplyChangedJob): re-match the open needs it could affect. */
  SupplyChanged: 'supply.changed',
  /** An administrator added or edited a standards-registry entry: re-match the open needs it could affect. */
  StandardsChanged: 'standards.changed',
  /** Re-match a need's current version (RematchNeedJob), e.g. after a migration rewrote what results store. */
  NeedRematchRequested: 'sourcing-need.rematch-requested',
} as const;
export type OutboxTopic = (typeof OutboxTopic)[keyof typeof OutboxTopic];
