import { randomUUID } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { StalledLinkagesService } from '../src/linkages/stalled-linkages.service.js';
import { startWorkerContext } from './support.js';

let ctx: INestApplicationContext;
let ds: DataSource;

beforeAll(async () => {
  ({ ctx, dataSource: ds } = await startWorkerContext());
});
afterAll(() => ctx.close());

const TODAY = '2031-06-01';

/**
 * A lead firm, a group and the programme that introduced them, with one person each, and a linkage
 * at `stage` whose latest step was on `lastStep`.
 */
async function linkage(stage: string, lastStep: string) {
  const org = async (kind: string) => {
    const [o] = await ds.query(
      `INSERT INTO organisations (kind, legal_name, country) VALUES ($1, $2, 'PE') RETURNING id`,
      [kind, `${kind} ${randomUUID().slice(0, 6)}`],
    );
    const [u] = await ds.query(
      `INSERT INTO users (email, name, password_hash) VALUES ($1, 'U', 'x') RETURNING id`,
      [`u-${randomUUID().slice(0, 8)}@example.test`],
    );
    await ds.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'OWNER')`, [
      u.id,
      o.id,
    ]);
    return { id: o.id as string, userId: u.id as string };
  };
  const [firm, group, programme] = [await org('LEAD_FIRM'), await org('PRODUCER_GROUP'), await org('PROGRAMME')];
  const [l] = await ds.query(
    `INSERT INTO linkages (lead_firm_id, supplier_id, stage, programme_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [firm.id, group.id, stage, programme.id],
  );
  await ds.query(`INSERT INTO linkage_events (linkage_id, stage, occurred_on) VALUES ($1, $2, $3)`, [
    l.id,
    stage,
    lastStep,
  ]);
  return { id: l.id as string, firm, group, programme };
}

const told = (userId: string) =>
  ds.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'linkage.stalled'`,
    [userId],
  );

describe('stalled linkages', () => {
  it('tells both parties and the programme’s broker of a linkage quiet for over 30 days once, and again only after a new step goes quiet', async () => {
    const quiet = await linkage('MEETING', '2031-04-15');
    const recent = await linkage('SAMPLING', '2031-05-20');
    const ended = await linkage('ENDED', '2031-01-01');
    // Delivering every month is activity: no notice, though its last stage change is old.
    const delivering = await linkage('SUPPLYING', '2031-01-10');
    await ds.query(
      `INSERT INTO deliveries (linkage_id, supplier_id, delivered_on, quantity, unit, on_time, conforming) VALUES ($1, $2, '2031-05-25', 5, 't', true, true)`,
      [delivering.id, delivering.group.id],
    );
    const scan = () => ctx.get(StalledLinkagesService).scan(TODAY);

    await scan();
    await scan();
    expect(await told(quiet.firm.userId)).toEqual([{ n: 1 }]);
    expect(await told(quiet.group.userId)).toEqual([{ n: 1 }]);
    expect(await told(quiet.programme.userId)).toEqual([{ n: 1 }]);
    expect(await told(recent.firm.userId)).toEqual([{ n: 0 }]);
    expect(await told(recent.programme.userId)).toEqual([{ n: 0 }]);
    expect(await told(ended.group.userId)).toEqual([{ n: 0 }]);
    expect(await told(delivering.firm.userId)).toEqual([{ n: 0 }]);

    // A step, then another quiet spell: a new notice.
    await ds.query(
      `INSERT INTO linkage_events (linkage_id, stage, occurred_on) VALUES ($1, 'SAMPLING', '2031-04-20')`,
      [quiet.id],
    );
    await scan();
    expect(await told(quiet.firm.userId)).toEqual([{ n: 2 }]);
  });
});
