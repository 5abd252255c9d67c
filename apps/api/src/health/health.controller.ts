import { Controller, Get, Inject, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';
import { REDIS } from '../redis/redis.provider.js';

const settle = (p: Promise<unknown>) =>
  p.then(
    () => 'up' as const,
    () => 'down' as const,
  );

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  /** The connection attempt under way, if any (see `ready`). */
  private connecting: Promise<void> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  live() {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Redis both answer. */
  @Get('ready')
  async ready() {
    // Probes that arrive together share one connection attempt: a probe meeting the connection half
    // open would otherwise ping a client that refuses commands until it is ready, and report Redis down.
    if (this.redis.status === 'wait' || this.redis.status === 'end')
      this.connecting ??= this.redis
        .connect()
        .catch(() => undefined)
        .finally(() => {
          this.connecting = undefined;
        });
    await this.connecting;
    const [database, redis] = await Promise.all([
      settle(this.dataSource.query('SELECT 1')),
      settle(this.redis.ping()),
    ]);
    const body = { status: database === 'up' && redis === 'up' ? 'ok' : 'unavailable', database, redis };
    if (body.status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }

  async onApplicationShutdown() {
    this.redis.disconnect();
  }
}
