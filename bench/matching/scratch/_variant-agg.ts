// Variant: the whole candidate set as one json value (one row), parsed once.
import { STANDARDS_REGISTRY } from '@linkage/domain';
import * as domain from '@linkage/domain';
import { CertificateHolders, foldCandidates } from '@linkage/worker/dist/matching/candidate-fold.js';
import { candidateQuery } from '@linkage/worker/dist/matching/candidate-query.js';
export async function loadCandidates(db: any, need: any, today: string, scope: any) {
  const prepared = domain.prepareRequirements(need.requirements, scope.registry);
  const filters = prepared.flatMap((p: any) => domain.holderRequirement(p, need, today) ?? []);
  const relevant = prepared.flatMap((p: any) => [...p.acceptedCodes]);
  const rowsS = relevant.length ? await db.query(`SELECT id, code FROM standards WHERE code = ANY($1::text[])`, [[...new Set(relevant)]]) : [];
  const standardIds = new Map<string, string>(rowsS.map((r: any) => [r.code, r.id]));
  const accepted = [...standardIds];
  const { sql, params } = candidateQuery(need, { visibleTiers: scope.visibleTiers, productPrefix: domain.requiredProductPrefix(need, today), filters, standardIds, certificateIds: accepted.map(([, id]) => id) });
  const [{ all }] = await db.query(`SELECT coalesce(json_agg(json_build_array(q.supplier_id, q.candidate, q.certificates)), '[]') AS all FROM (${sql}) q`, params);
  const codes = accepted.map(([c]) => c);
  const suppliers = all.map(([supplierId, candidate, certificates]: any) => {
    const holders = new CertificateHolders();
    const cs = certificates ?? [];
    for (let i = 0; i < cs.length; i++) for (const [validUntil, verification, memberId] of cs[i] ?? []) holders.add(memberId, { standardCode: codes[i]!, validUntil, verification });
    const [name, country, lat, lon, lines] = candidate;
    return { supplierId, name, country, lat, lon, lines, own: holders.own, byMember: holders.byMember };
  });
  return foldCandidates(need, suppliers);
}
