/** Phase timings and query plans for the bench needs (diagnostics; not part of the bench run; `BENCH_SUPPLIERS` picks the database as the bench does). */
import { createDataSource } from '@linkage/db';
import { STANDARDS_REGISTRY, matchSuppliers } from '@linkage/domain';
import { loadCandidates } from '@linkage/worker/dist/matching/candidate-source.js';
import { NEEDS, TODAY } from './needs.js';
import { BENCH_DATABASE_URL as URL } from './suppliers.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const ds = await createDataSource(URL).initialize();
if (process.env.NO_PARALLEL) await ds.query('SET max_parallel_workers_per_gather = 0');
// Diagnostics only: connections run with JIT off (packages/db dataSourceOptions), as in production.
if (process.env.NO_JIT) await ds.query('SET jit = off');
const only = process.argv[2];
for (const { need } of NEEDS) {
  if (only && need.id !== only) continue;
  const timed: Record<string, number[]> = {};
  const queries: { sql: string; params: unknown[] }[] = [];
  const runner = {
    async query<T>(sql: string, params?: unknown[]): Promise<T> {
      queries.push({ sql, params: params ?? [] });
      const t0 = performance.now();
      const r = await ds.query(sql, params);
      (timed[`sql${queries.length}`] ??= []).push(performance.now() - t0);
      return r as T;
    },
  };
  for (let i = 0; i < RUNS + 3; i++) {
    queries.length = 0;
    const t0 = performance.now();
    const { candidates } = await loadCandidates(runner, need, TODAY, {
      registry: STANDARDS_REGISTRY,
      visibleTiers: ['PUBLIC', 'LEAD_FIRMS'],
    });
    const t1 = performance.now();
    matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 });
    const t2 = performance.now();
    if (i < 3) {
      for (const k of Object.keys(timed)) timed[k] = [];
      continue;
    }
    (timed.load ??= []).push(t1 - t0);
    (timed.match ??= []).push(t2 - t1);
    (timed.total ??= []).push(t2 - t0);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `== ${need.id}: ` +
      Object.entries(timed)
        .map(([k, v]) => `${k} ${med(v).toFixed(1)}`)
        .join(' | '),
  );
  if (process.env.EXPLAIN) {
    for (const q of queries) {
      const plan = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
      console.log(plan.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
  }
}
await ds.destroy();
