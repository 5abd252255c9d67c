import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { InvalidSearchConfigError } from '@linkage/search';
import { configureApp } from './bootstrap.js';
import { InvalidConfigError, validateApiEnv } from './config/env.js';
import { AppModule } from './app.module.js';

async function main() {
  // Validate before Nest starts, so a bad setting is one clear line rather than a stack trace.
  const env = validateApiEnv(process.env);
  const app = configureApp(await NestFactory.create(AppModule, { bufferLogs: true }));
  await app.listen(env.API_PORT);
}

main().catch((error: unknown) => {
  const isConfig = error instanceof InvalidConfigError || error instanceof InvalidSearchConfigError;
  console.error(isConfig ? error.message : error);
  process.exit(1);
});
