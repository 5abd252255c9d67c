import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { InvalidSearchConfigError } from '@linkage/search';
import { Logger } from 'nestjs-pino';
import { InvalidConfigError, validateWorkerEnv } from './config/env.js';
import { WorkerModule } from './worker.module.js';

/** The worker is a Nest application context: queue processors and the outbox relay, no HTTP. */
async function main() {
  validateWorkerEnv(process.env);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // On SIGTERM/SIGINT Nest closes the BullMQ workers, which let active jobs finish before exiting.
  app.enableShutdownHooks();
  await app.init();
}

main().catch((error: unknown) => {
  const isConfig = error instanceof InvalidConfigError || error instanceof InvalidSearchConfigError;
  console.error(isConfig ? error.message : error);
  process.exit(1);
});
