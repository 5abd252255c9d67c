import { NotificationKind } from '@linkage/contracts';
import { notifyOrganisationOnce } from '@linkage/db';
import { type EntityManager } from 'typeorm';

/**
 * A member suspended or leaving while awards reserve its capacity (DESIGN §2 "Offer"): the
 * reservations stay — the buyer's commitment and the ledger's history are not rewritten behind
 * anyone's back — but the group and each buyer concerned are told, once per award and change, so
 * they can agree a replacement. Only reservations for the current month onwards count.
 */
export async function noticeReservedMember(
  em: EntityManager,
  input: { groupId: string; memberId: string; status: 'SUSPENDED' | 'LEFT'; today: string; webUrl: string },
): Promise<number> {
  const rows: Array<{
    award_id: string;
    need_id: string;
    need_title: string;
    lead_firm_id: string;
    member_name: string;
  }> = await em.query(
    `SELECT DISTINCT a.id AS award_id, n.id AS need_id, n.title AS need_title, n.lead_firm_id,
              mo.legal_name AS member_name
         FROM capacity_reservations r
         JOIN capacity_entries c ON c.id = r.capacity_entry_id
         JOIN awards a ON a.id = r.award_id AND a.status = 'ACTIVE'
         JOIN sourcing_needs n ON n.id = a.need_id
         JOIN group_members gm ON gm.id = c.member_id
         JOIN organisations mo ON mo.id = gm.member_organisation_id
        WHERE c.organisation_id = $1 AND c.member_id = $2 AND r.released_at IS NULL AND r.month >= $3`,
    [input.groupId, input.memberId, input.today.slice(0, 7)],
  );
  const what = input.status === 'LEFT' ? 'has left the group' : 'is suspended';
  for (const r of rows) {
    const body = `${r.member_name} ${what}, but awards still reserve its capacity for "${r.need_title}". Agree with the buyer who supplies its share.`;
    const dedupeKey = `${NotificationKind.ReservedMemberChanged}:${r.award_id}:${input.memberId}:${input.status}`;
    await notifyOrganisationOnce(em, input.groupId, {
      kind: NotificationKind.ReservedMemberChanged,
      title: `Reserved capacity at risk: ${r.need_title}`,
      body,
      link: `${input.webUrl}/organisations/${input.groupId}/offers`,
      dedupeKey,
    });
    await notifyOrganisationOnce(em, r.lead_firm_id, {
      kind: NotificationKind.ReservedMemberChanged,
      title: `A supplier's member ${what}: ${r.need_title}`,
      body: `A member enterprise whose capacity your award reserves ${what}. Its group has been told and should propose how its share will be supplied.`,
      link: `${input.webUrl}/needs/${r.need_id}`,
      dedupeKey,
    });
  }
  return rows.length;
}
