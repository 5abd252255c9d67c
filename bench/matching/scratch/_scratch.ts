import { createDataSource } from '@linkage/db';
import { STANDARDS_REGISTRY, matchSuppliers } from '@linkage/domain';
import { loadCandidates } from '@linkage/worker/dist/matching/candidate-source.js';
import { NEEDS, TODAY } from '../src/needs.js';
import { BENCH_DATABASE_URL as URL } from '../src/suppliers.js';
const ds = await createDataSource(URL).initialize();
const need = NEEDS.find((n) => n.need.id === (process.argv[2] ?? 'coffee'))!.need;
const scope = { registry: STANDARDS_REGISTRY, visibleTiers: ['PUBLIC', 'LEAD_FIRMS'] as const };
for (let i = 0; i < 60; i++) {
  const { candidates } = await loadCandidates(ds, need, TODAY, scope as any);
  matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 });
}
await ds.destroy();
