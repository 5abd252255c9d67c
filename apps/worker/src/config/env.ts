import { InvalidConfigError, parseEnv } from '@linkage/contracts';
import { z } from 'zod';

/** Every setting the worker reads, validated once at start. */
export const WorkerEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Prefix of every BullMQ key; lets tests and several deployments share one Redis. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'use lower-case letters, digits and dashes' })
    .default('linkage'),
  /** Where development e-mails are written, one .eml file each (when no SMTP_URL is set). */
  MAIL_DIR: z.string().min(1).default('var/mail'),
  /** An SMTP server for real delivery, e.g. smtps://user:pass@smtp.example.org:465; unset, mail is written to MAIL_DIR. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /** The sender of notification e-mail. */
  MAIL_FROM: z.string().min(3).default('Linkage Exchange <no-reply@linkage.exchange>'),
  /** The portal's address, for links in notifications. */
  WEB_URL: z.url().default('http://localhost:3000'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(20).max(10_000).default(250),
  /** Days without a step after which a linkage in progress is stalled and its parties are told. */
  LINKAGE_STALLED_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Days a dispatched outbox row (an e-mail's body among them) is kept for inspection before housekeeping deletes it. */
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  MATCHING_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
});
export type WorkerEnv = z.infer<typeof WorkerEnvSchema>;

export { InvalidConfigError };

export const validateWorkerEnv = (raw: Record<string, unknown>): WorkerEnv => parseEnv(WorkerEnvSchema, raw);
