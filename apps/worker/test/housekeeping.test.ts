import { randomUUID } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { HousekeepingService } from '../src/housekeeping/housekeeping.service.js';
import { startWorkerContext } from './support.js';

let ctx: INestApplicationContext;
let ds: DataSource;

beforeAll(async () => {
  ({ ctx, dataSource: ds } = await startWorkerContext());
});
afterAll(() => ctx.close());

// The real present: the worker's outbox relay runs beside this test and may dispatch the pending row
// now, which keeps it within the retention period either way.
const NOW = new Date();
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

it('deletes outbox rows dispatched before the retention period and expired sessions, in batches, and nothing else', async () => {
  const topic = `housekeeping.test.${randomUUID()}`;
  const outbox = async (dispatchedAt: Date | null, createdAt: Date) => {
    const [row] = await ds.query(
      `INSERT INTO outbox_events (topic, payload, created_at, dispatched_at) VALUES ($1, '{}', $2, $3) RETURNING id`,
      [topic, createdAt, dispatchedAt],
    );
    return row.id as string;
  };
  await Promise.all([1, 2, 3, 4, 5].map(() => outbox(daysAgo(30), daysAgo(31))));
  const recent = await outbox(daysAgo(2), daysAgo(3));
  // Never dispatched, however old: work still to do.
  const pending = await outbox(null, daysAgo(60));

  const [user] = await ds.query(
    `INSERT INTO users (email, name, password_hash) VALUES ($1, 'U', 'x') RETURNING id`,
    [`u-${randomUUID().slice(0, 8)}@example.test`],
  );
  const session = async (expiresAt: Date) => {
    const [row] = await ds.query(
      `INSERT INTO auth_sessions (user_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id`,
      [user.id, randomUUID(), expiresAt],
    );
    return row.id as string;
  };
  await Promise.all([session(daysAgo(1)), session(daysAgo(40)), session(daysAgo(400))]);
  const valid = await session(new Date(NOW.getTime() + 86_400_000));

  // A batch of 2 makes the five old rows take three statements.
  const result = await ctx.get(HousekeepingService).run(NOW, 2);
  expect(result.outboxRows).toBeGreaterThanOrEqual(5);
  expect(result.sessions).toBeGreaterThanOrEqual(3);

  const outboxLeft = await ds.query(`SELECT id FROM outbox_events WHERE topic = $1`, [topic]);
  expect(outboxLeft.map((r: { id: string }) => r.id).sort()).toEqual([recent, pending].sort());
  const sessionsLeft = await ds.query(`SELECT id FROM auth_sessions WHERE user_id = $1`, [user.id]);
  expect(sessionsLeft.map((r: { id: string }) => r.id)).toEqual([valid]);

  // Running again finds nothing of this test's to delete.
  await ctx.get(HousekeepingService).run(NOW, 2);
  expect(await ds.query(`SELECT count(*)::int AS n FROM outbox_events WHERE topic = $1`, [topic])).toEqual([
    { n: 2 },
  ]);
});
