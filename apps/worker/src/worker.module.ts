import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@linkage/contracts';
import { connectionPool, dataSourceOptions } from '@linkage/db';
import { SearchIndexModule } from '@linkage/search/nest';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { CertificatesProcessor } from './certificates/certificates.processor.js';
import { ExpiringCertificatesService } from './certificates/expiring-certificates.service.js';
import { HousekeepingProcessor } from './housekeeping/housekeeping.processor.js';
import { HousekeepingService } from './housekeeping/housekeeping.service.js';
import { LinkagesProcessor } from './linkages/linkages.processor.js';
import { StalledLinkagesService } from './linkages/stalled-linkages.service.js';
import { type WorkerEnv, validateWorkerEnv } from './config/env.js';
import { MatchingProcessor } from './matching/matching.processor.js';
import { NeedMatcherService } from './matching/need-matcher.service.js';
import { StandardsChangesService } from './matching/standards-changes.service.js';
import { SupplyChangesService } from './matching/supply-changes.service.js';
import { MailerService } from './notifications/mailer.service.js';
import { NotificationsProcessor } from './notifications/notifications.processor.js';
import { OutboxRelayService } from './outbox/outbox-relay.service.js';
import { DEFAULT_JOB_OPTIONS } from './queues.js';
import { SearchIndexProcessor } from './search/search-index.processor.js';

@Module({
  imports: [
    SearchIndexModule.forRoot({ inject: [DataSource], postgresPool: connectionPool }),
    ConfigModule.forRoot({ isGlobal: true, cache: true, validate: validateWorkerEnv }),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<WorkerEnv, true>) => ({
        pinoHttp: {
          level: config.get('LOG_LEVEL', { infer: true }),
          transport:
            config.get('NODE_ENV', { infer: true }) === 'development'
              ? { target: 'pino-pretty', options: { singleLine: true } }
              : undefined,
        },
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<WorkerEnv, true>) =>
        dataSourceOptions(config.get('DATABASE_URL', { infer: true })),
    }),
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<WorkerEnv, true>) => ({
        connection: { url: config.get('REDIS_URL', { infer: true }), maxRetriesPerRequest: null },
        prefix: config.get('QUEUE_PREFIX', { infer: true }),
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(
      { name: QueueName.Matching },
      { name: QueueName.Notifications },
      { name: QueueName.SearchIndex },
      { name: QueueName.Certificates },
      { name: QueueName.Linkages },
      { name: QueueName.Housekeeping },
    ),
  ],
  providers: [
    OutboxRelayService,
    ExpiringCertificatesService,
    CertificatesProcessor,
    StalledLinkagesService,
    LinkagesProcessor,
    HousekeepingService,
    HousekeepingProcessor,
    NeedMatcherService,
    SupplyChangesService,
    StandardsChangesService,
    MatchingProcessor,
    MailerService,
    NotificationsProcessor,
    SearchIndexProcessor,
  ],
})
export class WorkerModule {}
