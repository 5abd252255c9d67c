import { createDataSource } from '@linkage/db';
import { STANDARDS_REGISTRY, matchSuppliers } from '@linkage/domain';
import { loadCandidates, loadNearMisses } from '@linkage/worker/dist/matching/candidate-source.js';
import { NEEDS, TODAY } from '../src/needs.js';
const ds = await createDataSource(process.env.BENCH_DATABASE_URL!).initialize();
const scope = { registry: STANDARDS_REGISTRY, visibleTiers: ['PUBLIC', 'LEAD_FIRMS'] } as any;
for (const { need } of NEEDS) {
  const { candidates } = await loadCandidates(ds, need, TODAY, scope);
  const ids = candidates.map((c) => c.supplierId);
  const t: Record<string, number[]> = { m500: [], near: [] };
  for (let i = 0; i < 13; i++) {
    let t0 = performance.now();
    matchSuppliers(need, candidates, { today: TODAY, limit: 500, excludedLimit: 100, registry: STANDARDS_REGISTRY });
    const t1 = performance.now();
    await loadNearMisses(ds, need, scope, ids, 100);
    const t2 = performance.now();
    if (i >= 3) { t.m500!.push(t1 - t0); t.near!.push(t2 - t1); }
  }
  const med = (x: number[]) => x.sort((a, b) => a - b)[5]!.toFixed(1);
  console.log(need.id, 'match500', med(t.m500!), 'nearMisses', med(t.near!));
}
await ds.destroy();
