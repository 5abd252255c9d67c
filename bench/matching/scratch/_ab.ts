import { createDataSource } from '@linkage/db';
import { STANDARDS_REGISTRY, matchSuppliers } from '@linkage/domain';
import { loadCandidates as newLoad } from '@linkage/worker/dist/matching/candidate-source.js';
import { loadCandidates as oldLoad } from './_old-candidate-source.js';
import { NEEDS, TODAY } from '../src/needs.js';
const ds = await createDataSource(process.env.BENCH_DATABASE_URL!).initialize();
const RUNS = Number(process.env.RUNS ?? 30);
const scope = { registry: STANDARDS_REGISTRY, visibleTiers: ['PUBLIC', 'LEAD_FIRMS'] } as any;
const only = process.argv[2];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
for (const { need } of NEEDS) {
  if (only && need.id !== only) continue;
  const t: Record<string, number[]> = { old: [], new: [], oldLoad: [], newLoad: [] };
  let same = true;
  for (let i = 0; i < RUNS + 3; i++) {
    const res: Record<string, string> = {};
    for (const [name, load] of (i % 2 ? [['old', oldLoad], ['new', newLoad]] : [['new', newLoad], ['old', oldLoad]]) as [string, typeof newLoad][]) {
      const t0 = performance.now();
      const { candidates } = await load(ds, need, TODAY, scope);
      const t1 = performance.now();
      const m = matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 }).matches;
      const t2 = performance.now();
      if (i >= 3) { t[name]!.push(t2 - t0); t[name + 'Load']!.push(t1 - t0); }
      res[name] = JSON.stringify(m.map((x) => [x.supplierId, x.score, x.eligibility, x.offerableQuantity, x.explanation, x.gaps, x.blockers]));
    }
    if (res.old !== res.new) same = false;
  }
  console.log(`${need.id.padEnd(8)} old ${pct(t.old!, 50).toFixed(1)} / ${pct(t.old!, 95).toFixed(1)} (load ${pct(t.oldLoad!, 50).toFixed(1)})  new ${pct(t.new!, 50).toFixed(1)} / ${pct(t.new!, 95).toFixed(1)} (load ${pct(t.newLoad!, 50).toFixed(1)})  same ${same}`);
}
await ds.destroy();
