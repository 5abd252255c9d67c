import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CapacityEntry, Organisation, SourcingNeed, copyDatabase } from '@linkage/db';
import { type DataSource } from 'typeorm';
import { TEMPLATE_DATABASE_URL, TEST_ENV } from './global-setup.js';

/**
 * A database of the calling test file's own: a copy of the run's migrated template (global-setup),
 * made in a few hundred milliseconds and dropped with the template in teardown.
 */
export async function testDatabaseUrl(): Promise<string> {
  const url = new URL(TEMPLATE_DATABASE_URL);
  url.pathname = `${url.pathname}_${randomUUID().slice(0, 8)}`;
  await copyDatabase(TEMPLATE_DATABASE_URL, url.toString());
  return url.toString();
}

/**
 * Boots the real worker module on a database and queue prefix of its own, so test files never see
 * each other's rows, outbox events or jobs even though they share one server and Redis database.
 */
export async function startWorkerContext(): Promise<{
  ctx: INestApplicationContext;
  dataSource: DataSource;
  prefix: string;
}> {
  const prefix = `wt-${randomUUID().slice(0, 8)}`;
  const databaseUrl = await testDatabaseUrl();
  Object.assign(process.env, TEST_ENV, {
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: prefix,
    MAIL_DIR: join(tmpdir(), prefix),
  });
  const { WorkerModule } = await import('../src/worker.module.js');
  const ctx = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  await ctx.init();
  return { ctx, dataSource: ctx.get<DataSource>(getDataSourceToken()), prefix };
}

/** A producer group with one capacity line, and a lead firm's open need for the same product. */
export async function arganScenario(ds: DataSource) {
  const [group, firm] = await ds.getRepository(Organisation).save([
    {
      kind: 'PRODUCER_GROUP',
      legalName: `Argan group ${randomUUID().slice(0, 6)}`,
      country: 'MA',
      region: null,
      visibility: 'PUBLIC',
    },
    {
      kind: 'LEAD_FIRM',
      legalName: `Buyer ${randomUUID().slice(0, 6)}`,
      country: 'MA',
      region: null,
      visibility: 'PUBLIC',
    },
  ]);
  await ds.getRepository(CapacityEntry).save({
    organisationId: group!.id,
    productCode: '151590',
    productLabel: 'Argan oil',
    quantity: 6,
    unit: 't',
    period: 'MONTH',
    leadTimeDays: 21,
    committed: true,
  });
  const need = await ds.getRepository(SourcingNeed).save({
    leadFirmId: firm!.id,
    createdById: null,
    title: 'Argan oil',
    description: null,
    productCode: '151590',
    quantity: 10,
    unit: 't',
    period: 'MONTH',
    deliveryCountry: 'FR',
    responseDeadline: '2027-03-01',
    startDate: '2027-03-01',
    endDate: '2028-03-01',
    status: 'OPEN',
    version: 1,
    matchedVersion: null,
    matchedAt: null,
  });
  return { group: group!, firm: firm!, need };
}

export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
