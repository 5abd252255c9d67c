import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  SetMetadata,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, DomainErrorCode } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';

/** The route families that are rate limited; every other route is not. */
type RateLimitedAction = 'signIn' | 'signUp' | 'invitations' | 'uploads';

const RATE_LIMITED = 'rate-limited-action';

/** Counts the route's requests against its family's limit, per caller (see `RateLimitGuard`). */
export const RateLimited = (action: RateLimitedAction) => SetMetadata(RATE_LIMITED, action);

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Rate limits per caller and route family (decision 0016), counted in Redis so every API instance
 * shares them and a restart does not reset them. A signed-in person is counted as themselves
 * wherever they come from; an anonymous caller by address (the address the portal or a proxy on this
 * machine forwards: trust proxy is loopback). The auth guard runs first, so `req.user` is known.
 * A refused request gets 429 with Retry-After. If Redis does not answer, requests pass (and the log
 * says so): the limits protect against abuse, they are not a reason to stop serving.
 */
@Injectable()
export class RateLimitGuard implements CanActivate, OnApplicationShutdown {
  private readonly logger = new Logger(RateLimitGuard.name);
  private readonly redis: Redis;
  private readonly limiters: Record<RateLimitedAction, RateLimiterRedis>;

  constructor(
    private readonly reflector: Reflector,
    @Inject(ConfigService) config: ConfigService<ApiEnv, true>,
  ) {
    const get = <K extends keyof ApiEnv>(key: K) => config.get(key, { infer: true });
    this.redis = new Redis(get('REDIS_URL'), { lazyConnect: true, maxRetriesPerRequest: 1 });
    const limiter = (action: RateLimitedAction, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${get('RATE_LIMIT_PREFIX')}${action}`,
        points,
        duration,
      });
    this.limiters = {
      signIn: limiter('signIn', get('SIGN_IN_PER_MINUTE'), MINUTE),
      signUp: limiter('signUp', get('SIGN_UP_PER_HOUR'), HOUR),
      invitations: limiter('invitations', get('INVITATIONS_PER_HOUR'), HOUR),
      uploads: limiter('uploads', get('UPLOADS_PER_MINUTE'), MINUTE),
    };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.getAllAndOverride<RateLimitedAction | undefined>(RATE_LIMITED, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!action) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const caller = request.user ? `user:${request.user.id}` : `ip:${request.ip ?? 'unknown'}`;
    try {
      await this.limiters[action].consume(caller);
      return true;
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) {
        this.logger.warn(`rate limit not checked, Redis did not answer: ${(outcome as Error).message}`);
        return true;
      }
      const seconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
      throw new DomainError(
        DomainErrorCode.TooManyRequests,
        `Too many requests; try again in ${seconds} s`,
        undefined,
        { retryAfterSeconds: seconds },
      );
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
