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
  /** Where development e-mails are written, one .eml file each. */
  MAIL_DIR: z.string().min(1).default('var/mail'),
  /** The portal's address, for links in notifications. */
  WEB_URL: z.url().default('http://localhost:3000'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(20).max(10_000).default(250),
  MATCHING_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
});
export type WorkerEnv = z.infer<typeof WorkerEnvSchema>;

export { InvalidConfigError };

export const validateWorkerEnv = (raw: Record<string, unknown>): WorkerEnv => parseEnv(WorkerEnvSchema, raw);
