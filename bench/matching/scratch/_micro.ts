import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { matchSuppliers } from '@linkage/domain';
import { CertificateHolders, foldCandidates } from '@linkage/worker/dist/matching/candidate-fold.js';
import { NEEDS, TODAY } from '../src/needs.js';
let gc = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) gc += e.duration; }).observe({ entryTypes: ['gc'] });
const id = process.argv[2] ?? 'coffee';
const need = NEEDS.find((n) => n.need.id === id)!.need;
const dump = JSON.parse(readFileSync(`/tmp/dump-${id}.json`, 'utf8'));
const codes = dump.standards.map((s: any) => s.code);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const t: Record<string, number[]> = { parse: [], fold: [], match: [], gc: [], total: [] };
for (let i = 0; i < 60; i++) {
  const g0 = gc;
  const t0 = performance.now();
  const rows = dump.rows.map((r: any) => ({ supplier_id: String(r.supplier_id), candidate: JSON.parse(r.candidate), certificates: JSON.parse(r.certificates) }));
  const t1 = performance.now();
  if (process.env.STOP === "json") continue;
  const suppliers = rows.map((r: any) => {
    const holders = new CertificateHolders();
    const certificates = r.certificates ?? [];
    for (let i = 0; i < certificates.length; i++) for (const [validUntil, verification, memberId] of certificates[i] ?? []) holders.add(memberId, { standardCode: codes[i]!, validUntil, verification });
    const [name, country, lat, lon, lines] = r.candidate;
    return { supplierId: r.supplier_id, name, country, lat, lon, lines, own: holders.own, byMember: holders.byMember };
  });
  if (process.env.STOP === "parse") continue;
  const { candidates } = foldCandidates(need, suppliers);
  if (process.env.STOP === "fold") continue;
  const t2 = performance.now();
  matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 });
  const t3 = performance.now();
  if (i < 10) continue;
  t.parse!.push(t1 - t0); t.fold!.push(t2 - t1); t.match!.push(t3 - t2); t.total!.push(t3 - t0); t.gc!.push(gc - g0);
}
console.log(id, Object.entries(t).map(([k, v]) => `${k} ${med(v).toFixed(1)}`).join(' | '));
