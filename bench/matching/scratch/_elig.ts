import { createDataSource } from '@linkage/db';
import { STANDARDS_REGISTRY, matchSuppliers } from '@linkage/domain';
import { loadCandidates } from '@linkage/worker/dist/matching/candidate-source.js';
import { NEEDS, TODAY } from '../src/needs.js';
const ds = await createDataSource(process.env.BENCH_DATABASE_URL!).initialize();
for (const { need } of NEEDS) {
  const { candidates } = await loadCandidates(ds, need, TODAY, { registry: STANDARDS_REGISTRY, visibleTiers: ['PUBLIC', 'LEAD_FIRMS'] });
  const r = matchSuppliers(need, candidates, { today: TODAY, limit: 100000, excludedLimit: 100000 });
  const by: Record<string, number> = {};
  for (const m of [...r.matches, ...r.excluded]) by[m.eligibility] = (by[m.eligibility] ?? 0) + 1;
  const reasons: Record<string, number> = {};
  for (const m of r.excluded) for (const b of m.blockers) { const k = b.replace(/[0-9.,]+/g, 'N').slice(0, 60); reasons[k] = (reasons[k] ?? 0) + 1; }
  console.log(need.id, candidates.length, by, Object.entries(reasons).sort((a, b) => b[1] - a[1]).slice(0, 4));
}
await ds.destroy();
