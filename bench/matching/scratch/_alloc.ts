import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import { matchSuppliers } from '@linkage/domain';
import { CertificateHolders, foldCandidates } from '@linkage/worker/dist/matching/candidate-fold.js';
import { NEEDS, TODAY } from '../src/needs.js';
const id = process.argv[2] ?? 'coffee';
const phase = process.argv[3] ?? 'match';
const need = NEEDS.find((n) => n.need.id === id)!.need;
const dump = JSON.parse(readFileSync(`/tmp/dump-${id}.json`, 'utf8'));
const codes = dump.standards.map((s: any) => s.code);
const parse = () => dump.rows.map((r: any) => ({ supplier_id: r.supplier_id, candidate: JSON.parse(r.candidate), certificates: JSON.parse(r.certificates) }));
const unpack = (rows: any[]) => rows.map((r: any) => { const holders = new CertificateHolders(); const certificates = r.certificates ?? []; for (let i = 0; i < certificates.length; i++) for (const [validUntil, verification, memberId] of certificates[i] ?? []) holders.add(memberId, { standardCode: codes[i]!, validUntil, verification }); const [name, country, lat, lon, lines] = r.candidate; return { supplierId: r.supplier_id, name, country, lat, lon, lines, own: holders.own, byMember: holders.byMember }; });
const rows = parse(); const suppliers = unpack(rows);
const { candidates } = foldCandidates(need, suppliers);
for (let i = 0; i < 20; i++) matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 });
const s = new Session(); s.connect();
await s.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as any);
for (let i = 0; i < 10; i++) {
  if (phase === 'match') matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 });
  else if (phase === 'fold') foldCandidates(need, suppliers);
  else if (phase === 'unpack') unpack(rows);
}
const { profile } = await s.post('HeapProfiler.stopSampling') as any;
const self = new Map<string, number>();
const walk = (n: any) => { const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber + 1}`; self.set(k, (self.get(k) ?? 0) + n.selfSize); n.children.forEach(walk); };
walk(profile.head);
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(phase, 'MB/iter', (total / 10 / 1e6).toFixed(2));
[...self].sort((a, b) => b[1] - a[1]).slice(0, 15).forEach(([k, v]) => console.log((v / 10 / 1e3).toFixed(0).padStart(7), 'KB', k));
