import { type INestApplicationContext } from '@nestjs/common';
import { OutboxTopic } from '@linkage/contracts';
import { OutboxEvent } from '@linkage/db';
import { type DataSource } from 'typeorm';
import { OutboxRelayService } from '../src/outbox/outbox-relay.service.js';
import { arganScenario, eventually, startWorkerContext } from './support.js';

let ctx: INestApplicationContext;
let ds: DataSource;

beforeAll(async () => {
  ({ ctx, dataSource: ds } = await startWorkerContext());
});
afterAll(() => ctx.close());

describe('outbox relay', () => {
  it('turns a committed need-posted event into matches', async () => {
    const { need } = await arganScenario(ds);
    await ds
      .getRepository(OutboxEvent)
      .save({ topic: OutboxTopic.NeedPosted, payload: { needId: need.id, needVersion: 1 } });
    const [row] = await eventually(async () => {
      const rows = await ds.query(
        'SELECT matched_version FROM sourcing_needs WHERE id = $1 AND matched_version = 1',
        [need.id],
      );
      return rows.length ? rows : undefined;
    });
    expect(row.matched_version).toBe(1);
  });

  it('marks a malformed event dispatched without blocking the events behind it', async () => {
    const bad = await ds
      .getRepository(OutboxEvent)
      .save({ topic: OutboxTopic.NeedPosted, payload: { needId: 'nope' } });
    const { need } = await arganScenario(ds);
    await ds
      .getRepository(OutboxEvent)
      .save({ topic: OutboxTopic.NeedPosted, payload: { needId: need.id, needVersion: 1 } });
    await eventually(async () => {
      const rows = await ds.query('SELECT 1 FROM sourcing_needs WHERE id = $1 AND matched_version = 1', [
        need.id,
      ]);
      return rows.length ? true : undefined;
    });
    const [row] = await ds.query('SELECT dispatched_at FROM outbox_events WHERE id = $1', [bad.id]);
    expect(row.dispatched_at).not.toBeNull();
  });

  it('skips events another relay has claimed instead of waiting for them', async () => {
    const relay = ctx.get(OutboxRelayService);
    const other = ds.createQueryRunner();
    await other.connect();
    // The background relay may dispatch a fresh row before we lock it: lock one that is still pending.
    let claimedId: string | undefined;
    while (!claimedId) {
      const [event] = await ds
        .getRepository(OutboxEvent)
        .save([{ topic: 'test.unknown-topic', payload: {} }]);
      await other.startTransaction();
      const locked = await other.query(
        'SELECT id FROM outbox_events WHERE id = $1 AND dispatched_at IS NULL FOR UPDATE',
        [event!.id],
      );
      if (locked.length) claimedId = event!.id;
      else await other.rollbackTransaction();
    }
    try {
      const started = Date.now();
      await relay.relayOnce();
      expect(Date.now() - started).toBeLessThan(2000);
      const [row] = await ds.query('SELECT dispatched_at FROM outbox_events WHERE id = $1', [claimedId]);
      expect(row.dispatched_at).toBeNull();
    } finally {
      await other.rollbackTransaction();
      await other.release();
    }
    await eventually(async () => {
      const [row] = await ds.query('SELECT dispatched_at FROM outbox_events WHERE id = $1', [claimedId]);
      return row.dispatched_at ? true : undefined;
    });
  });
});
