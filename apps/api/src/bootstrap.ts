import { type INestApplication } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

/** What main.ts and the integration tests both apply to the app, so tests exercise the real pipeline. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  // Security headers (nosniff, frame-ancestors, referrer policy, no X-Powered-By) on every answer,
  // the OpenAPI UI included; its bundled scripts and styles are served from 'self'.
  app.use(helmet());
  // The portal and any reverse proxy run beside the API: their X-Forwarded-For names the caller,
  // whose address the rate limits count. Nobody else's is believed.
  (app as NestExpressApplication).set('trust proxy', 'loopback');
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Linkage Exchange API')
      .setDescription('Lead firms, producer groups and brokers: profiles, sourcing needs and matches.')
      .setVersion('0.1')
      .addBearerAuth()
      .addGlobalParameters({
        name: 'Accept-Language',
        in: 'header',
        required: false,
        description:
          'The language of the rendered texts (match explanations, gaps, suggested actions, reasons): en, fr, es or ar, ' +
          "as browsers send it (fr-FR, es;q=0.9, …). Without one of these, the caller's saved language, else English.",
        schema: { type: 'string', default: 'en' },
      })
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs.json' });
  return app;
}
