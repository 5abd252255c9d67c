import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import { DomainError, DomainErrorCode } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';

/** A wrong password after the allowed number waits this long before the account takes another try… */
const FIRST_WAIT_MS = 30_000;
/** …doubling with each further one, up to this. */
const LONGEST_WAIT_MS = 15 * 60_000;
/** Wrong passwords are forgotten after a day without one. */
const FAILURE_MEMORY_S = 24 * 3600;

/**
 * Brute-force protection per account: after `SIGN_IN_FAILURES_BEFORE_BACKOFF` wrong passwords in a
 * row, each further try must wait (30 s, doubling up to 15 min), answered 429 with Retry-After before
 * any password hash is computed. A right password clears the count. Counters are in Redis, shared by
 * every API instance; if Redis is unreachable, sign-in still works (the address limit still holds).
 */
@Injectable()
export class SignInBackoff implements OnApplicationShutdown {
  private readonly logger = new Logger(SignInBackoff.name);
  private readonly redis: Redis;
  private readonly allowed: number;

  constructor(@Inject(ConfigService) config: ConfigService<ApiEnv, true>) {
    this.redis = new Redis(config.get('REDIS_URL', { infer: true }), {
      keyPrefix: `${config.get('RATE_LIMIT_PREFIX', { infer: true })}sign-in:`,
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    });
    this.allowed = config.get('SIGN_IN_FAILURES_BEFORE_BACKOFF', { infer: true });
  }

  /** Refuses the attempt while the account is waiting out its back-off. */
  async assertMayTry(email: string): Promise<void> {
    const waitMs = await this.safely(() => this.redis.pttl(`wait:${email}`), -2);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new DomainError(
        DomainErrorCode.TooManyRequests,
        `Too many wrong passwords for this account; try again in ${seconds} s`,
        { password: `Too many wrong passwords; try again in ${seconds} seconds` },
        { retryAfterSeconds: seconds },
      );
    }
  }

  async recordFailure(email: string): Promise<void> {
    const failures = await this.safely(async () => {
      const [[, count]] = (await this.redis
        .multi()
        .incr(`failures:${email}`)
        .expire(`failures:${email}`, FAILURE_MEMORY_S)
        .exec()) as [[null, number]];
      return count;
    }, 0);
    if (failures < this.allowed) return;
    const waitMs = Math.min(FIRST_WAIT_MS * 2 ** (failures - this.allowed), LONGEST_WAIT_MS);
    await this.safely(() => this.redis.set(`wait:${email}`, '1', 'PX', waitMs), null);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.safely(() => this.redis.del(`failures:${email}`, `wait:${email}`), 0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }

  private async safely<T>(command: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await command();
    } catch (error) {
      this.logger.warn(`sign-in back-off skipped, Redis did not answer: ${(error as Error).message}`);
      return fallback;
    }
  }
}
