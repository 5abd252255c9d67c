// CPU-time A/B: node process CPU (all threads) + the PostgreSQL backend's CPU, per iteration; robust to other load.
import { readFileSync } from 'node:fs';
import { createDataSource } from '@linkage/db';
import { STANDARDS_REGISTRY, matchSuppliers } from '@linkage/domain';
import { loadCandidates as newLoad } from '@linkage/worker/dist/matching/candidate-source.js';
import { loadCandidates as oldLoad } from './_old-candidate-source.js';
import { NEEDS, TODAY } from '../src/needs.js';
const ds = await createDataSource(process.env.BENCH_DATABASE_URL!).initialize();
const qr = ds.createQueryRunner();
await qr.connect();
const [{ pid }] = await qr.query('SELECT pg_backend_pid() AS pid');
const tick = 1000 / 100; // ms per clock tick (CLK_TCK 100)
const backendMs = () => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * tick; };
const nodeMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const RUNS = Number(process.env.RUNS ?? 30);
const scope = { registry: STANDARDS_REGISTRY, visibleTiers: ['PUBLIC', 'LEAD_FIRMS'] } as any;
const variants: [string, typeof newLoad][] = process.env.ONLY_NEW ? [['new', newLoad]] : [['old', oldLoad as any], ['new', newLoad]];
const only = process.argv[2];
for (const { need } of NEEDS) {
  if (only && need.id !== only) continue;
  const acc: Record<string, { node: number; pg: number; wall: number; n: number; nodeLoad: number }> = {};
  for (let i = 0; i < RUNS + 3; i++) {
    for (const [name, load] of i % 2 ? [...variants].reverse() : variants) {
      const n0 = nodeMs(), p0 = backendMs(), w0 = performance.now();
      const { candidates } = await load(qr, need, TODAY, scope);
      const n1 = nodeMs();
      matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 });
      const n2 = nodeMs(), p2 = backendMs(), w2 = performance.now();
      if (i < 3) continue;
      const a = (acc[name] ??= { node: 0, pg: 0, wall: 0, n: 0, nodeLoad: 0 });
      a.node += n2 - n0; a.nodeLoad += n1 - n0; a.pg += p2 - p0; a.wall += w2 - w0; a.n++;
    }
  }
  console.log(`${need.id.padEnd(8)} ` + Object.entries(acc).map(([k, a]) => `${k}: cpu ${((a.node + a.pg) / a.n).toFixed(1)} (node ${(a.node / a.n).toFixed(1)}, of it load ${(a.nodeLoad / a.n).toFixed(1)}; pg ${(a.pg / a.n).toFixed(1)}) wall ${(a.wall / a.n).toFixed(1)}`).join(' | '));
}
await qr.release();
await ds.destroy();
