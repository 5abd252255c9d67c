import { readFileSync } from 'node:fs';
import { matchSuppliers } from '@linkage/domain';
import { CertificateHolders, foldCandidates } from '@linkage/worker/dist/matching/candidate-fold.js';
import { NEEDS, TODAY } from '../src/needs.js';
const id = process.argv[2] ?? 'coffee';
const need = NEEDS.find((n) => n.need.id === id)!.need;
const dump = JSON.parse(readFileSync(`/tmp/dump-${id}.json`, 'utf8'));
const codes = dump.standards.map((s: any) => s.code);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const unpack1 = (r: any) => {
  const holders = new CertificateHolders();
  const certificates = r.certificates ?? [];
  for (let i = 0; i < certificates.length; i++) for (const [validUntil, verification, memberId] of certificates[i] ?? []) holders.add(memberId, { standardCode: codes[i]!, validUntil, verification });
  const [name, country, lat, lon, lines] = r.candidate;
  return { supplierId: r.supplier_id, name, country, lat, lon, lines, own: holders.own, byMember: holders.byMember };
};
const t: Record<string, number[]> = {};
for (let i = 0; i < 60; i++) {
  for (const mode of ['batch', 'stream']) {
    const t0 = performance.now();
    let candidates: any[];
    if (mode === 'batch') {
      // simulate pg: strings decoded per row then parsed, all rows kept
      const rows = dump.rows.map((r: any) => ({ supplier_id: (' ' + r.supplier_id).slice(1), candidate: JSON.parse(r.candidate), certificates: JSON.parse(r.certificates) }));
      candidates = foldCandidates(need, rows.map(unpack1)).candidates;
    } else {
      const out: any[] = [];
      for (const r of dump.rows) out.push(foldCandidates(need, [unpack1({ supplier_id: (' ' + r.supplier_id).slice(1), candidate: JSON.parse(r.candidate), certificates: JSON.parse(r.certificates) })]).candidates[0]);
      candidates = out.sort((a, b) => (a.supplierId < b.supplierId ? -1 : 1));
    }
    matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 });
    (t[mode] ??= []).push(performance.now() - t0);
  }
}
console.log(id, Object.entries(t).map(([k, v]) => `${k} ${med(v.slice(10)).toFixed(1)}`).join(' | '));
