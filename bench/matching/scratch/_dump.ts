// Dump the raw text of the candidate query's rows for a need, to benchmark client-side work without the DB.
import { writeFileSync } from 'node:fs';
import { createDataSource } from '@linkage/db';
import { STANDARDS_REGISTRY } from '@linkage/domain';
import { loadCandidates } from '@linkage/worker/dist/matching/candidate-source.js';
import { NEEDS, TODAY } from '../src/needs.js';
const ds = await createDataSource(process.env.BENCH_DATABASE_URL!).initialize();
const id = process.argv[2] ?? 'coffee';
const need = NEEDS.find((n) => n.need.id === id)!.need;
const queries: { sql: string; params: unknown[] }[] = [];
await loadCandidates({ query: async (sql: string, params?: unknown[]) => { queries.push({ sql, params: params ?? [] }); return ds.query(sql, params); } } as any, need, TODAY, { registry: STANDARDS_REGISTRY, visibleTiers: ['PUBLIC', 'LEAD_FIRMS'] });
const q = queries[1]!;
const rows = await ds.query(`SELECT supplier_id, candidate::text AS candidate, certificates::text AS certificates FROM (${q.sql}) x`, q.params);
writeFileSync(`/tmp/dump-${id}.json`, JSON.stringify({ rows, standards: queries[0] ? await ds.query(queries[0].sql, queries[0].params) : [] }));
console.log(rows.length);
await ds.destroy();
