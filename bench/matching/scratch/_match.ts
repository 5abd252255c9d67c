import { readFileSync } from 'node:fs';
import { matchSuppliers } from '@linkage/domain';
import { CertificateHolders, foldCandidates } from '@linkage/worker/dist/matching/candidate-fold.js';
import { NEEDS, TODAY } from '../src/needs.js';
const id = process.argv[2] ?? 'coffee';
const need = NEEDS.find((n) => n.need.id === id)!.need;
const dump = JSON.parse(readFileSync(`/tmp/dump-${id}.json`, 'utf8'));
const codes = dump.standards.map((s: any) => s.code);
const rows = dump.rows.map((r: any) => ({ supplier_id: r.supplier_id, candidate: JSON.parse(r.candidate), certificates: JSON.parse(r.certificates) }));
const suppliers = rows.map((r: any) => { const holders = new CertificateHolders(); const certificates = r.certificates ?? []; for (let i = 0; i < certificates.length; i++) for (const [validUntil, verification, memberId] of certificates[i] ?? []) holders.add(memberId, { standardCode: codes[i]!, validUntil, verification }); const [name, country, lat, lon, lines] = r.candidate; return { supplierId: r.supplier_id, name, country, lat, lon, lines, own: holders.own, byMember: holders.byMember }; });
const { candidates } = foldCandidates(need, suppliers);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const t: number[] = [];
const N = Number(process.env.N ?? 100);
for (let i = 0; i < N; i++) { const t0 = performance.now(); matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 }); t.push(performance.now() - t0); }
console.log(id, 'match', med(t.slice(10)).toFixed(2));
