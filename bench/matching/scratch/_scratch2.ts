import { createDataSource } from '@linkage/db';
const ds = await createDataSource(process.env.BENCH_DATABASE_URL!).initialize(); const client = { query: async (s: string) => ({ rows: await ds.query(s) }), end: () => ds.destroy() };

const sql = `select organisation_id, legal_name, country, latitude::float8 lat, longitude::float8 lon, lines::text lines, certificates::text certificates from supplier_summaries s where chapter='09' and organisation_id in (select organisation_id from certifications where standard_id=(select id from standards where code='ORGANIC_EU'))`;
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  const r = await client.query(sql);
  const t1 = performance.now();
  let n = 0;
  for (const row of r.rows) { n += JSON.parse(row.lines).length + JSON.parse(row.certificates).length; }
  const t2 = performance.now();
  const r2 = await client.query(sql.replace('lines::text lines, certificates::text certificates', 'lines, certificates'));
  const t3 = performance.now();
  const r3 = await client.query(sql.replace('lines::text lines, certificates::text certificates', '1'));
  const t4 = performance.now();
  console.log(`text query ${(t1-t0).toFixed(1)} parse ${(t2-t1).toFixed(1)} json query ${(t3-t2).toFixed(1)} no-json query ${(t4-t3).toFixed(1)} ${n}`);
}
await client.end();
