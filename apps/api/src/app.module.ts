import { randomUUID } from 'node:crypto';
import { Module, StandardSchemaValidationPipe } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AuthSession,
  CapacityEntry,
  CatalogueItem,
  Certification,
  CoalitionProposal,
  GroupMember,
  Invitation,
  Match,
  Membership,
  NeedRequirement,
  Notification,
  Organisation,
  SourcingNeed,
  Standard,
  User,
  connectionPool,
  dataSourceOptions,
} from '@linkage/db';
import { SearchIndexModule } from '@linkage/search/nest';
import { LoggerModule } from 'nestjs-pino';
import { AuthController } from './auth/auth.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthService } from './auth/auth.service.js';
import { SessionsService } from './auth/sessions.service.js';
import { SignInBackoff } from './auth/sign-in-backoff.js';
import { CapacityController } from './capacity/capacity.controller.js';
import { CapacityService } from './capacity/capacity.service.js';
import { CatalogueController } from './catalogue/catalogue.controller.js';
import { CatalogueService } from './catalogue/catalogue.service.js';
import { CertificationsController } from './certifications/certifications.controller.js';
import { CertificationsService } from './certifications/certifications.service.js';
import { ControlCharactersPipe } from './common/control-characters.pipe.js';
import { HttpErrorFilter } from './common/http-error.filter.js';
import { requestValidationError } from './common/request-validation.js';
import { type ApiEnv, validateApiEnv } from './config/env.js';
import { HealthController } from './health/health.controller.js';
import { InvitationsController } from './invitations/invitations.controller.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { MembersController } from './members/members.controller.js';
import { MembersService } from './members/members.service.js';
import { NeedsController } from './needs/needs.controller.js';
import { AwardsService } from './deals/awards.service.js';
import { LinkagesController } from './linkages/linkages.controller.js';
import { ProgrammesController } from './programmes/programmes.controller.js';
import { ProgrammesService } from './programmes/programmes.service.js';
import { BrokerHomeService } from './programmes/broker-home.service.js';
import { VerificationQueueService } from './programmes/verification-queue.service.js';
import { LinkagesService } from './linkages/linkages.service.js';
import { IntroductionsController } from './introductions/introductions.controller.js';
import { IntroductionsService } from './introductions/introductions.service.js';
import { DealsController } from './deals/deals.controller.js';
import { LedgerService } from './deals/ledger.service.js';
import { OfferViews } from './deals/offer-views.js';
import { OfferAttachmentsService } from './deals/offer-attachments.service.js';
import { OffersService } from './deals/offers.service.js';
import { QuestionsService } from './deals/questions.service.js';
import { NeedInvitationsService } from './needs/need-invitations.service.js';
import { NeedResultsService } from './needs/need-results.service.js';
import { NeedsService } from './needs/needs.service.js';
import { OpenNeedsService } from './needs/open-needs.service.js';
import { OrganisationAccessService } from './organisations/organisation-access.service.js';
import { OrganisationsController } from './organisations/organisations.controller.js';
import { OrganisationsService } from './organisations/organisations.service.js';
import { ProfileService } from './organisations/profile.service.js';
import { NotificationsController } from './notifications/notifications.controller.js';
import { NotificationsService } from './notifications/notifications.service.js';
import { RateLimitGuard } from './rate-limits/rate-limits.js';
import { redisProvider } from './redis/redis.provider.js';
import { ReferenceNamesInterceptor } from './common/reference-names.interceptor.js';
import { ProductsController } from './products/products.controller.js';
import { SearchController } from './search/search.controller.js';
import { SearchService } from './search/search.service.js';
import { StandardsController } from './standards/standards.controller.js';
import { StandardsService } from './standards/standards.service.js';
import { UpgradingController } from './upgrading/upgrading.controller.js';
import { UpgradingService } from './upgrading/upgrading.service.js';
import { ServiceProvidersController } from './service-providers/service-providers.controller.js';
import { ServiceProvidersService } from './service-providers/service-providers.service.js';

/** Letters, digits and - _ . : up to 128 characters: UUIDs and the common tracing formats. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

@Module({
  imports: [
    SearchIndexModule.forRoot({ inject: [DataSource], postgresPool: connectionPool }),
    ConfigModule.forRoot({ isGlobal: true, cache: true, validate: validateApiEnv }),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<ApiEnv, true>) => ({
        pinoHttp: {
          level: config.get('LOG_LEVEL', { infer: true }),
          // Honour an upstream request id (the portal forwards its own) so one id follows a request
          // across services, but only one shaped like an id: anything else is not echoed or logged.
          genReqId: (req, res) => {
            const upstream = req.headers['x-request-id'];
            const id = typeof upstream === 'string' && REQUEST_ID.test(upstream) ? upstream : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          transport:
            config.get('NODE_ENV', { infer: true }) === 'development'
              ? { target: 'pino-pretty', options: { singleLine: true } }
              : undefined,
        },
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<ApiEnv, true>) =>
        dataSourceOptions(config.get('DATABASE_URL', { infer: true })),
    }),
    TypeOrmModule.forFeature([
      AuthSession,
      CapacityEntry,
      CatalogueItem,
      Certification,
      CoalitionProposal,
      GroupMember,
      Invitation,
      Match,
      Membership,
      NeedRequirement,
      Notification,
      Organisation,
      SourcingNeed,
      Standard,
      User,
    ]),
    // Uploads (certificate evidence, member CSV) stay in memory up to the configured limit: small
    // files, checked before anything is written to disk.
    MulterModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<ApiEnv, true>) => ({
        limits: { fileSize: config.get('UPLOAD_MAX_BYTES', { infer: true }), files: 1 },
      }),
    }),
  ],
  controllers: [
    AuthController,
    CapacityController,
    CatalogueController,
    CertificationsController,
    HealthController,
    InvitationsController,
    MembersController,
    NeedsController,
    DealsController,
    LinkagesController,
    ProgrammesController,
    OrganisationsController,
    ProductsController,
    SearchController,
    StandardsController,
    NotificationsController,
    UpgradingController,
    ServiceProvidersController,
    IntroductionsController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    // After the auth guard, so a signed-in caller's requests are counted as theirs.
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
    { provide: APP_INTERCEPTOR, useClass: ReferenceNamesInterceptor },
    { provide: APP_PIPE, useClass: ControlCharactersPipe },
    {
      provide: APP_PIPE,
      useValue: new StandardSchemaValidationPipe({ exceptionFactory: requestValidationError }),
    },
    redisProvider,
    SignInBackoff,
    AuthService,
    CapacityService,
    CatalogueService,
    CertificationsService,
    InvitationsService,
    MembersService,
    NotificationsService,
    NeedsService,
    OpenNeedsService,
    NeedResultsService,
    NeedInvitationsService,
    OffersService,
    AwardsService,
    LedgerService,
    OfferViews,
    QuestionsService,
    LinkagesService,
    ProgrammesService,
    BrokerHomeService,
    VerificationQueueService,
    OfferAttachmentsService,
    OrganisationAccessService,
    OrganisationsService,
    ProfileService,
    SearchService,
    SessionsService,
    StandardsService,
    UpgradingService,
    ServiceProvidersService,
    IntroductionsService,
  ],
})
export class AppModule {}
