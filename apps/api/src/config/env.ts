import { InvalidConfigError, parseEnv } from '@linkage/contracts';
import { z } from 'zod';

/** Every setting the API reads, validated once at boot. */
export const ApiEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }),
  WEB_URL: z.url().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Where certificate evidence files are stored (created if missing). */
  EVIDENCE_DIR: z.string().min(1).default('var/evidence'),
  /** Largest upload accepted (evidence files and member CSVs), in bytes. */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(5 * 1024 * 1024),
  /**
   * Rate limits (decision 0016): per caller (the signed-in person, else the address) and route
   * family. Sign-in also backs off per account after repeated wrong passwords.
   */
  RATE_LIMIT_PREFIX: z.string().min(1).default('rate-limit:'),
  SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  SIGN_UP_PER_HOUR: z.coerce.number().int().min(1).default(20),
  INVITATIONS_PER_HOUR: z.coerce.number().int().min(1).default(60),
  UPLOADS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Wrong passwords for one account before each further try must wait (30 s, doubling, at most 15 min). */
  SIGN_IN_FAILURES_BEFORE_BACKOFF: z.coerce.number().int().min(1).default(5),
});
export type ApiEnv = z.infer<typeof ApiEnvSchema>;

export { InvalidConfigError };

export const validateApiEnv = (raw: Record<string, unknown>): ApiEnv => parseEnv(ApiEnvSchema, raw);
