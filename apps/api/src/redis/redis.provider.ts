import { type FactoryProvider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import { type ApiEnv } from '../config/env.js';

export const REDIS = Symbol('REDIS');

/** A Redis connection for readiness checks; it fails fast instead of queueing commands while Redis is down. */
export const redisProvider: FactoryProvider<Redis> = {
  provide: REDIS,
  inject: [ConfigService],
  useFactory: (config: ConfigService<ApiEnv, true>) =>
    new Redis(config.get('REDIS_URL', { infer: true }), {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    }),
};
