/**
 * A producer group in a coalition supplies through its members: this is how its allocated quantity
 * splits across the capacity that backs it. `memberId` null is the group's own capacity (lines
 * recorded for the group rather than a member).
 */
export interface MemberShare {
  memberId: string | null;
  /** In the need's unit per the need's period. */
  quantity: number;
}

/**
 * Splits a group's allocation over the capacity that counted for the need, in proportion to each
 * contributor's capacity, so every member is loaded to the same fraction of what it committed (no
 * member is asked for more than it promised, since the allocation never exceeds the sum). Lines of
 * the same contributor are added up; the order is the contributors' first appearance.
 */
export function shareAllocation(quantity: number, capacity: readonly MemberShare[]): MemberShare[] {
  const byMember = new Map<string | null, number>();
  for (const c of capacity) byMember.set(c.memberId, (byMember.get(c.memberId) ?? 0) + c.quantity);
  const total = [...byMember.values()].reduce((sum, q) => sum + q, 0);
  if (total <= 0) return [];
  return [...byMember].map(([memberId, offered]) => ({ memberId, quantity: (quantity * offered) / total }));
}
