import { PerformanceObserver, constants } from 'node:perf_hooks';
import { createDataSource } from '@linkage/db';
import { STANDARDS_REGISTRY, matchSuppliers } from '@linkage/domain';
import { loadCandidates } from '@linkage/worker/dist/matching/candidate-source.js';
import { NEEDS, TODAY } from '../src/needs.js';
const gcs: { t: number; d: number; kind: number }[] = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) gcs.push({ t: e.startTime, d: e.duration, kind: (e as any).detail?.kind }); }).observe({ entryTypes: ['gc'] });
const ds = await createDataSource(process.env.BENCH_DATABASE_URL!).initialize();
const need = NEEDS[0]!.need;
const scope = { registry: STANDARDS_REGISTRY, visibleTiers: ['PUBLIC', 'LEAD_FIRMS'] } as any;
const rows: string[] = [];
for (let i = 0; i < 43; i++) {
  const t0 = performance.now();
  const { candidates } = await loadCandidates(ds, need, TODAY, scope);
  const t1 = performance.now();
  matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 });
  const t2 = performance.now();
  await new Promise((r) => setImmediate(r));
  const g = gcs.filter((x) => x.t >= t0 && x.t <= t2);
  const major = g.filter((x) => x.kind === constants.NODE_PERFORMANCE_GC_MAJOR).reduce((a, x) => a + x.d, 0);
  const minor = g.filter((x) => x.kind === constants.NODE_PERFORMANCE_GC_MINOR).reduce((a, x) => a + x.d, 0);
  rows.push(`${i} total ${(t2 - t0).toFixed(1)} load ${(t1 - t0).toFixed(1)} match ${(t2 - t1).toFixed(1)} gc minor ${minor.toFixed(1)} (${g.filter((x) => x.kind === constants.NODE_PERFORMANCE_GC_MINOR).length}) major ${major.toFixed(1)}`);
}
console.log(rows.join('\n'));
await ds.destroy();
