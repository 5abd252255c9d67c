import { PerformanceObserver } from 'node:perf_hooks';
import { createDataSource } from '@linkage/db';
import { STANDARDS_REGISTRY, matchSuppliers } from '@linkage/domain';
import { loadCandidates } from '@linkage/worker/dist/matching/candidate-source.js';
import { NEEDS, TODAY } from '../src/needs.js';
let gc = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) gc += e.duration; }).observe({ entryTypes: ['gc'] });
const ds = await createDataSource(process.env.BENCH_DATABASE_URL!).initialize();
const scope = { registry: STANDARDS_REGISTRY, visibleTiers: ['PUBLIC', 'LEAD_FIRMS'] } as any;
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const only = process.argv[2];
for (const { need } of NEEDS) {
  if (only && need.id !== only) continue;
  const t: Record<string, number[]> = {};
  const runner = { async query<T>(sql: string, p?: unknown[]) { const t0 = performance.now(); const r = await ds.query(sql, p); (t.q ??= []).push(performance.now() - t0); return r as T; } };
  const totals: number[] = []; const gcs: number[] = []; const loads: number[] = []; const matches: number[] = [];
  for (let i = 0; i < 33; i++) {
    const g0 = gc; t.q = [];
    const t0 = performance.now();
    const { candidates } = await loadCandidates(runner, need, TODAY, scope);
    const t1 = performance.now();
    matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 });
    const t2 = performance.now();
    await new Promise((r) => setImmediate(r));
    if (i < 3) continue;
    totals.push(t2 - t0); loads.push(t1 - t0); matches.push(t2 - t1); gcs.push(gc - g0); (t.sql ??= []).push(t.q.reduce((a, b) => a + b, 0));
  }
  console.log(`${need.id.padEnd(8)} total ${med(totals).toFixed(1)} load ${med(loads).toFixed(1)} (sql ${med(t.sql!).toFixed(1)}) match ${med(matches).toFixed(1)} gc ${med(gcs).toFixed(1)}`);
}
await ds.destroy();
