import pg from 'pg';
import { createDataSource, dropDatabase, ensureDatabase } from '../src/index.js';

/**
 * `supplier_summaries` is a cache kept by triggers (SupplierSummaries migration, decision 0006). After
 * every kind of write that changes what it reads — lines, member statuses, certificates, an
 * organisation's copied columns, bulk statements, cascades, TRUNCATE — it must equal the summaries
 * derived here in TypeScript from the tables themselves.
 */

const url = `postgres://postgres@127.0.0.1:5432/linkage_db_summaries_${Date.now().toString(36)}${process.pid}`;
let pool: pg.Pool;

const q = async <T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
  (await pool.query<T>(sql, params)).rows;

beforeAll(async () => {
  await ensureDatabase(url);
  const ds = await createDataSource(url).initialize();
  await ds.runMigrations();
  await ds.destroy();
  pool = new pg.Pool({ connectionString: url, max: 3 });
  for (const code of ['ORGANIC_EU', 'GLOBALGAP_IFA'])
    await q(
      `INSERT INTO standards (code, name, kind, typical_months_to_certify) VALUES ($1, $1, 'PRODUCT', 6)
       ON CONFLICT (code) DO NOTHING`,
      [code],
    );
});
afterAll(async () => {
  await pool?.end();
  await dropDatabase(url);
});

interface LineRecord {
  id: string;
  organisation_id: string;
  member_id: string | null;
  product_code: string;
  quantity: string;
  unit: string;
  period: string;
  lead_time_days: number | null;
  offerable: boolean;
}

/** The summaries as the migration defines them, folded from organisations, lines and certificates. */
async function derived() {
  const groups = await q<{
    id: string;
    legal_name: string;
    country: string;
    visibility: string;
    lat: string | null;
    lon: string | null;
  }>(
    `SELECT id, legal_name, country, visibility, latitude AS lat, longitude AS lon FROM organisations WHERE kind = 'PRODUCER_GROUP'`,
  );
  const lines = await q<LineRecord>(`SELECT * FROM capacity_entries WHERE offerable`);
  const certificates = await q<{
    id: string;
    organisation_id: string;
    standard_id: string;
    valid_until: string;
    verification: string;
    member_id: string | null;
  }>(
    `SELECT id, organisation_id, standard_id, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, verification, member_id FROM certifications`,
  );
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const rows = [];
  for (const g of groups) {
    const held = certificates.filter((c) => c.organisation_id === g.id).sort((a, b) => byCode(a.id, b.id));
    const standards = [...new Set(held.map((c) => c.standard_id))].sort(byCode);
    const own = lines.filter((l) => l.organisation_id === g.id);
    for (const chapter of [...new Set(own.map((l) => l.product_code.slice(0, 2)))]) {
      const chapterLines = own
        .filter((l) => l.product_code.startsWith(chapter))
        .sort((a, b) => byCode(a.product_code, b.product_code) || byCode(a.id, b.id));
      rows.push({
        organisation_id: g.id,
        chapter,
        visibility: g.visibility,
        country: g.country,
        latitude: g.lat,
        longitude: g.lon,
        products: [...new Set(chapterLines.map((l) => l.product_code.trimEnd()))].sort(byCode),
        headings: [...new Set(chapterLines.map((l) => l.product_code.trimEnd().slice(0, 4)))].sort(byCode),
        standards,
        candidate: [
          g.id,
          g.legal_name,
          g.country,
          g.lat === null ? null : Number(g.lat),
          g.lon === null ? null : Number(g.lon),
          chapterLines.flatMap((l) => [
            l.product_code,
            Number(l.quantity),
            l.unit,
            l.period,
            l.lead_time_days,
            l.member_id,
          ]),
        ],
        certificates: Object.fromEntries(
          standards.map((id) => [
            id,
            held.filter((c) => c.standard_id === id).map((c) => [c.valid_until, c.verification, c.member_id]),
          ]),
        ),
      });
    }
  }
  return rows.sort((a, b) => byCode(a.organisation_id, b.organisation_id) || byCode(a.chapter, b.chapter));
}

const stored = () =>
  q(
    `SELECT organisation_id, chapter, visibility, country, latitude, longitude, products, headings, standards, candidate, certificates
       FROM supplier_summaries ORDER BY organisation_id, chapter`,
  );

const expectCurrent = async () => expect(await stored()).toEqual(await derived());

const ids = {
  group: '10000000-0000-4000-8000-000000000001',
  other: '10000000-0000-4000-8000-000000000002',
  enterprise: '10000000-0000-4000-8000-000000000003',
  farm: '10000000-0000-4000-8000-000000000004',
  member: '20000000-0000-4000-8000-000000000001',
  invited: '20000000-0000-4000-8000-000000000002',
};
const standard = async (code: string) =>
  (await q<{ id: string }>(`SELECT id FROM standards WHERE code = $1`, [code]))[0]!.id;

async function line(
  organisation: string,
  member: string | null,
  code: string,
  quantity: number,
  committed = true,
) {
  const [row] = await q<{ id: string }>(
    `INSERT INTO capacity_entries (organisation_id, member_id, product_code, product_label, quantity, unit, period, lead_time_days, committed, version)
     VALUES ($1, $2, $3, 'product', $4, 't', 'MONTH', 30, $5, 1) RETURNING id`,
    [organisation, member, code, quantity, committed],
  );
  return row!.id;
}

describe('supplier summaries', () => {
  it('follow every write to lines, members, certificates and organisations', async () => {
    await q(
      `INSERT INTO organisations (id, kind, legal_name, country, latitude, longitude) VALUES
         ($1, 'PRODUCER_GROUP', 'Group one', 'PE', -12.05, -77.04),
         ($2, 'PRODUCER_GROUP', 'Group two', 'CO', NULL, NULL),
         ($3, 'ENTERPRISE', 'Farm', 'PE', -12.1, -77.1),
         ($4, 'ENTERPRISE', 'Other farm', 'PE', -12.2, -77.2)`,
      [ids.group, ids.other, ids.enterprise, ids.farm],
    );
    await q(
      `INSERT INTO group_members (id, group_id, member_organisation_id, status)
       VALUES ($1, $3, $4, 'ACTIVE'), ($2, $3, $5, 'INVITED')`,
      [ids.member, ids.invited, ids.group, ids.enterprise, ids.farm],
    );
    await expectCurrent();

    // Lines: the group's own, an active member's, an invited member's and an uncommitted one (neither
    // counts), an enterprise's own (not a group: no summary).
    const coffee = await line(ids.group, null, '090111', 12.5);
    await line(ids.group, null, '080450', 3);
    await line(ids.group, ids.member, '090121', 0.75);
    await line(ids.group, ids.invited, '090111', 2);
    const uncommitted = await line(ids.group, null, '091099', 9, false);
    await line(ids.enterprise, null, '090111', 1);
    await expectCurrent();
    expect((await stored()).map((r) => r.chapter)).toEqual(['08', '09']);

    // Certificates, the group's and a member's.
    const organic = await standard('ORGANIC_EU');
    const globalgap = await standard('GLOBALGAP_IFA');
    const [inserted] = await q<{ id: string }>(
      `INSERT INTO certifications (organisation_id, standard_id, valid_until, verification) VALUES ($1, $2, '2027-06-30', 'THIRD_PARTY_VERIFIED') RETURNING id`,
      [ids.group, organic],
    );
    const certificate = inserted!.id;
    await q(
      `INSERT INTO certifications (organisation_id, member_id, standard_id, valid_until) VALUES ($1, $2, $3, '2026-12-31')`,
      [ids.group, ids.member, globalgap],
    );
    await expectCurrent();

    // Line changes: quantity, another chapter, committing, a column the summary does not read.
    await q(`UPDATE capacity_entries SET quantity = 14.25 WHERE id = $1`, [coffee]);
    await q(`UPDATE capacity_entries SET committed = true WHERE id = $1`, [uncommitted]);
    await q(`UPDATE capacity_entries SET product_code = '151590' WHERE id = $1`, [uncommitted]);
    await q(`UPDATE capacity_entries SET product_label = 'renamed'`);
    await expectCurrent();

    // A member's status: its lines stop counting, then count again.
    await q(`UPDATE group_members SET status = 'SUSPENDED' WHERE id = $1`, [ids.member]);
    await expectCurrent();
    await q(`UPDATE group_members SET status = 'ACTIVE' WHERE id = ANY($1::uuid[])`, [
      [ids.member, ids.invited],
    ]);
    await expectCurrent();

    // Certificate changes: validity, holder, standard; deletion.
    await q(
      `UPDATE certifications SET valid_until = '2028-01-31', verification = 'SELF_DECLARED' WHERE id = $1`,
      [certificate],
    );
    await q(`UPDATE certifications SET member_id = $2 WHERE id = $1`, [certificate, ids.member]);
    await q(`UPDATE certifications SET standard_id = $2 WHERE id = $1`, [certificate, globalgap]);
    await expectCurrent();
    await q(`DELETE FROM certifications WHERE id = $1`, [certificate]);
    await expectCurrent();

    // The organisation: copied columns, tier, kind.
    await q(
      `UPDATE organisations SET legal_name = 'Group 1', latitude = -11.5, longitude = -76.9, visibility = 'BROKERS' WHERE id = $1`,
      [ids.group],
    );
    await expectCurrent();
    await q(`UPDATE organisations SET kind = 'ENTERPRISE' WHERE id = $1`, [ids.group]);
    expect(await stored()).toEqual([]);
    await q(`UPDATE organisations SET kind = 'PRODUCER_GROUP' WHERE id = $1`, [ids.group]);
    await expectCurrent();

    // One statement writing many groups' lines; deleting lines; a member leaving with its lines.
    await q(
      `INSERT INTO capacity_entries (organisation_id, product_code, product_label, quantity, unit, period, committed, version)
       SELECT g, c, 'bulk', 2, 'kg', 'YEAR', true, 1 FROM unnest($1::uuid[]) g, unnest(ARRAY['090230', '610910']) c`,
      [[ids.group, ids.other]],
    );
    await expectCurrent();
    await q(`DELETE FROM capacity_entries WHERE product_code = '610910'`);
    await expectCurrent();
    await q(`DELETE FROM group_members WHERE id = $1`, [ids.member]);
    await expectCurrent();

    // TRUNCATE fires no row trigger: certificates (with the upgrading actions they closed), then lines.
    await q(
      `INSERT INTO certifications (organisation_id, standard_id, valid_until) VALUES ($1, $2, '2027-01-01')`,
      [ids.other, organic],
    );
    await q(`TRUNCATE certifications CASCADE`);
    await expectCurrent();
    await q(`TRUNCATE capacity_entries CASCADE`);
    expect(await stored()).toEqual([]);

    // Deleting a group deletes its summaries.
    await line(ids.other, null, '090111', 1);
    await q(`DELETE FROM organisations WHERE id = $1`, [ids.other]);
    await expectCurrent();
  });

  it('keeps both lines when two transactions write one group at once', async () => {
    await q(
      `INSERT INTO organisations (id, kind, legal_name, country) VALUES ($1, 'PRODUCER_GROUP', 'Group three', 'KE')`,
      [ids.other],
    );
    const first = await pool.connect();
    const second = await pool.connect();
    try {
      const insert = `INSERT INTO capacity_entries (organisation_id, product_code, product_label, quantity, unit, period, committed, version)
                      VALUES ($1, $2, 'p', 1, 't', 'MONTH', true, 1)`;
      await first.query('BEGIN');
      await second.query('BEGIN');
      await first.query(insert, [ids.other, '090111']);
      // Waits for the first transaction's lock on the group's summaries, then rebuilds from what it sees.
      const waiting = second.query(insert, [ids.other, '090121']);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await first.query('COMMIT');
      await waiting;
      await second.query('COMMIT');
    } finally {
      first.release();
      second.release();
    }
    const [row] = await q<{ candidate: [string, string, string, null, null, unknown[]] }>(
      `SELECT candidate FROM supplier_summaries WHERE organisation_id = $1`,
      [ids.other],
    );
    // Six values per line, the product code first.
    expect(row!.candidate[5].filter((_, i) => i % 6 === 0)).toEqual(['090111', '090121']);
    await expectCurrent();
  });
});
