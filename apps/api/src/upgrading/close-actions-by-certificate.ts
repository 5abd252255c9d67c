import { closesAction } from '@linkage/domain';
import {
  Certification,
  GroupMember,
  UpgradingAction,
  loadStandardsRegistry,
  notifyOnce,
  notifyOrganisationOnce,
} from '@linkage/db';
import { type EntityManager } from 'typeorm';
import { todayUtc } from '../certifications/certification-view.js';

interface OpenAction {
  id: string;
  plan_id: string;
  status: UpgradingAction['status'];
  standard_code: string;
  title: string;
  supplier_id: string;
  lead_firm_id: string | null;
  created_by_id: string | null;
  cover_until: string | null;
}

/**
 * A certificate was recorded or changed: the open certification actions it satisfies (the domain's
 * `closesAction`) are done, in the caller's transaction, and each plan's parties are told. The
 * certificate's holder may be the plan's supplier, or a member enterprise of it (recorded by its group
 * or by itself). Re-matching the supplier's needs is the certifications service's own outbox event.
 */
export async function closeActionsByCertificate(
  em: EntityManager,
  certificationId: string,
  webUrl: string,
): Promise<void> {
  const cert = await em.findOne(Certification, {
    where: { id: certificationId },
    relations: { standard: true, member: true },
  });
  if (!cert) return;
  const holderId = cert.member?.memberOrganisationId ?? cert.organisationId;
  const actions: OpenAction[] = await em.query(
    `SELECT a.id, a.plan_id, a.status, a.standard_code, a.title, p.supplier_id, p.created_by_id,
            coalesce(n.lead_firm_id, l.lead_firm_id) AS lead_firm_id,
            coalesce(n.end_date, n.start_date)::text AS cover_until
       FROM upgrading_actions a
       JOIN upgrading_plans p ON p.id = a.plan_id
       LEFT JOIN sourcing_needs n ON n.id = p.need_id
       LEFT JOIN linkages l ON l.id = p.linkage_id
      WHERE a.kind = 'CERTIFICATION' AND a.status IN ('PLANNED', 'IN_PROGRESS') AND a.standard_code IS NOT NULL
        AND (p.supplier_id = $1 OR p.supplier_id IN (SELECT group_id FROM group_members WHERE member_organisation_id = $1))
      ORDER BY a.id
        FOR UPDATE OF a`,
    [holderId],
  );
  if (actions.length === 0) return;
  const registry = await loadStandardsRegistry(em);
  const today = todayUtc();
  const certificate = {
    standardCode: cert.standard!.code,
    holderId,
    validFrom: cert.validFrom,
    validUntil: cert.validUntil,
  };
  for (const a of actions) {
    const members = await em.find(GroupMember, {
      where: { groupId: a.supplier_id },
      select: { memberOrganisationId: true },
    });
    const closes = closesAction(
      { kind: 'CERTIFICATION', status: a.status, standardCode: a.standard_code },
      certificate,
      {
        supplierId: a.supplier_id,
        memberIds: new Set(members.map((m) => m.memberOrganisationId)),
        today,
        coverUntil: a.cover_until,
        registry,
      },
    );
    if (!closes) continue;
    await em.update(UpgradingAction, { id: a.id }, { status: 'DONE', closedByCertificateId: cert.id });
    await tellParties(em, a, certificate.standardCode, webUrl);
  }
}

async function tellParties(em: EntityManager, a: OpenAction, standardCode: string, webUrl: string) {
  const notice = {
    kind: 'UPGRADING_ACTION_CLOSED',
    title: `Upgrading action done: ${standardCode} certificate recorded`,
    body: `“${a.title}” is done: the ${standardCode} certificate it aimed at has been recorded.`,
    link: `${webUrl}/upgrading-plans/${a.plan_id}`,
    dedupeKey: `upgrading-action-closed:${a.id}`,
  };
  await notifyOrganisationOnce(em, a.supplier_id, notice);
  if (a.lead_firm_id) await notifyOrganisationOnce(em, a.lead_firm_id, notice);
  if (!a.created_by_id) return;
  const [creator] = await em.query(`SELECT id, email FROM users WHERE id = $1`, [a.created_by_id]);
  if (creator)
    await notifyOnce(em, { ...notice, user: creator, dedupeKey: `${notice.dedupeKey}:${creator.id}` });
}
