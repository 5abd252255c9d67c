import { randomUUID } from 'node:crypto';
import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type MyOrganisationView, type SessionView } from '@linkage/contracts';
import { addDays } from '@linkage/domain';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import './test-env.js';
import { AppModule } from '../../src/app.module.js';
import { configureApp } from '../../src/bootstrap.js';

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  close: () => Promise<void>;
}

/** The real API module, configured exactly as main.ts does, against the test database. */
export async function createTestApp(): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true }));
  await app.init();
  return {
    app,
    http: () => request(app.getHttpServer()),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    close: () => app.close(),
  };
}

/** A date `days` from today: needs posted open may not have passed deadlines, so fixtures move with the calendar. */
export const inDays = (days: number) => addDays(new Date().toISOString().slice(0, 10), days);

export const uniqueEmail = (label = 'user') => `${label}-${randomUUID().slice(0, 8)}@example.test`;

export interface Actor {
  token: string;
  userId: string;
  email: string;
  auth: { Authorization: string };
}

export async function signUp(t: TestApp, label = 'user'): Promise<Actor> {
  const email = uniqueEmail(label);
  const res = await t
    .http()
    .post('/auth/sign-up')
    .send({ name: `Test ${label}`, email, password: 'correct horse battery' })
    .expect(201);
  const session = res.body as SessionView;
  return {
    token: session.token,
    userId: session.user.id,
    email,
    auth: { Authorization: `Bearer ${session.token}` },
  };
}

export async function createOrganisation(
  t: TestApp,
  actor: Actor,
  body: Partial<{ kind: string; legalName: string; country: string; visibility: string }> = {},
): Promise<MyOrganisationView> {
  const res = await t
    .http()
    .post('/organisations')
    .set(actor.auth)
    .send({ kind: 'PRODUCER_GROUP', legalName: `Org ${randomUUID().slice(0, 6)}`, country: 'MA', ...body })
    .expect(201);
  return res.body as MyOrganisationView;
}

export const argan = {
  productCode: '151590',
  productLabel: 'Argan oil',
  quantity: 12,
  unit: 't',
  period: 'MONTH',
};

export const arganNeed = {
  title: 'Argan oil for a face-care range',
  productCode: '151590',
  quantity: 10,
  unit: 't',
  period: 'MONTH',
  deliveryCountry: 'MA',
  responseDeadline: inDays(90),
};
