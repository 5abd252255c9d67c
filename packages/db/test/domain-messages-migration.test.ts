import { createDataSource, dropDatabase, ensureDatabase } from '../src/index.js';
import { MIGRATIONS } from '../src/migrations/index.js';

// A database of this run's own, migrated up to just before DomainMessages1788100000000.
const url = `postgres://postgres@127.0.0.1:5432/linkage_db_messages_${Date.now().toString(36)}${process.pid}`;
const before = MIGRATIONS.filter((m) => m.name !== 'DomainMessages1788100000000');

afterAll(() => dropDatabase(url));

const stored = (text: string) => ({ code: 'stored.text', params: { text } });

describe('DomainMessages migration', () => {
  it('keeps every English text written before as a stored message, and queues open needs for re-matching', async () => {
    await ensureDatabase(url);
    const old = createDataSource(url, { migrations: before });
    await old.initialize();
    let ids: { open: string; closed: string; supplier: string };
    try {
      await old.runMigrations();
      const [firm] = await old.query(
        `INSERT INTO organisations (kind, legal_name, country) VALUES ('LEAD_FIRM', 'Firm', 'PE') RETURNING id`,
      );
      const [supplier] = await old.query(
        `INSERT INTO organisations (kind, legal_name, country) VALUES ('PRODUCER_GROUP', 'Group', 'PE') RETURNING id`,
      );
      const need = async (status: string) =>
        (
          await old.query(
            `INSERT INTO sourcing_needs (lead_firm_id, title, product_code, quantity, unit, period, delivery_country,
                                         response_deadline, start_date, status, version)
             VALUES ($1, 'Herbs', '090421', 10, 't', 'MONTH', 'PE', '2031-01-01', '2031-03-01', $2, 1) RETURNING id`,
            [firm.id, status],
          )
        )[0].id as string;
      ids = { open: await need('OPEN'), closed: await need('CLOSED'), supplier: supplier.id };
      for (const needId of [ids.open, ids.closed])
        await old.query(
          `INSERT INTO matches (need_id, supplier_id, need_version, rank, score, components, reason, gaps, blockers)
           VALUES ($1, $2, 1, 1, 0.5, '{}', 'Covers the full 10 t/month.', $3, $4)`,
          [
            needId,
            supplier.id,
            JSON.stringify([
              {
                kind: 'CAPACITY',
                missing: '7 t/month short',
                monthsToClose: 0,
                closeBy: '2031-03-01',
                suggestedAction: 'Supply as part of a coalition with other suppliers',
              },
            ]),
            JSON.stringify(['based in EC, outside the countries the buyer accepts']),
          ],
        );
      await old.query(
        `INSERT INTO coalition_proposals (need_id, need_version, rank, allocations, total_quantity, unit, period,
                                          quantity_domain, objective, proven_optimal, relative_gap, explanation, computed_at)
         VALUES ($1, 1, 0, '[]', 10, 't', 'MONTH', 'CONTINUOUS', 100, true, 0, 'Proven the cheapest combination.', now())`,
        [ids.open],
      );
    } finally {
      await old.destroy();
    }

    const ds = createDataSource(url);
    await ds.initialize();
    try {
      await ds.runMigrations();
      const [match] = await ds.query(`SELECT explanation, gaps, blockers FROM matches WHERE need_id = $1`, [
        ids.open,
      ]);
      expect(match.explanation).toEqual([stored('Covers the full 10 t/month.')]);
      expect(match.gaps).toEqual([
        {
          kind: 'CAPACITY',
          missing: stored('7 t/month short'),
          monthsToClose: 0,
          closeBy: '2031-03-01',
          suggestedAction: stored('Supply as part of a coalition with other suppliers'),
        },
      ]);
      expect(match.blockers).toEqual([stored('based in EC, outside the countries the buyer accepts')]);
      const [proposal] = await ds.query(`SELECT explanation FROM coalition_proposals WHERE need_id = $1`, [
        ids.open,
      ]);
      expect(proposal.explanation).toEqual([stored('Proven the cheapest combination.')]);
      // The open need is re-matched (its rows then hold real codes); the closed one keeps its history.
      const queued = await ds.query(
        `SELECT payload->>'needId' AS "needId" FROM outbox_events WHERE topic = 'sourcing-need.rematch-requested'`,
      );
      expect(queued).toEqual([{ needId: ids.open }]);

      // And back down: the texts return as they were.
      await ds.undoLastMigration();
      const [down] = await ds.query(`SELECT reason, gaps, blockers FROM matches WHERE need_id = $1`, [
        ids.closed,
      ]);
      expect(down.reason).toBe('Covers the full 10 t/month.');
      expect(down.gaps[0].missing).toBe('7 t/month short');
      expect(down.blockers).toEqual(['based in EC, outside the countries the buyer accepts']);
    } finally {
      await ds.destroy();
    }
  });
});
