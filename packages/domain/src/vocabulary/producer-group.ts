/** Producer-group vocabulary (DESIGN §2 "ProducerGroup"). Values are stored in the database: never rename. */
export const GROUP_TYPES = [
  'EXPORT_CONSORTIUM',
  'SALES_CONSORTIUM',
  'COOPERATIVE',
  'ASSOCIATION',
  'CLUSTER_GROUP',
] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

/** Whether an enterprise is registered; informal producers are common among MSEs and stay welcome. */
export const REGISTRATION_TYPES = ['FORMAL', 'INFORMAL'] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];

/** Annual sales in USD equivalent, in bands: exact figures are sensitive and rarely known. */
export const SALES_BANDS = ['UNDER_50K', '50K_250K', '250K_1M', '1M_5M', 'OVER_5M'] as const;
export type SalesBand = (typeof SALES_BANDS)[number];

/** The band of an annual sales figure in USD. */
export function salesBand(annualSalesUsd: number): SalesBand {
  if (annualSalesUsd < 50_000) return 'UNDER_50K';
  if (annualSalesUsd < 250_000) return '50K_250K';
  if (annualSalesUsd < 1_000_000) return '250K_1M';
  if (annualSalesUsd < 5_000_000) return '1M_5M';
  return 'OVER_5M';
}

export const GROUP_MEMBER_STATUSES = ['INVITED', 'ACTIVE', 'SUSPENDED', 'LEFT'] as const;
export type GroupMemberStatus = (typeof GROUP_MEMBER_STATUSES)[number];

const NEXT_MEMBER_STATUS: Record<GroupMemberStatus, readonly GroupMemberStatus[]> = {
  INVITED: ['ACTIVE', 'LEFT'],
  ACTIVE: ['SUSPENDED', 'LEFT'],
  SUSPENDED: ['ACTIVE', 'LEFT'],
  LEFT: [],
};

export class GroupMemberTransitionError extends Error {
  constructor(
    readonly from: GroupMemberStatus,
    readonly to: GroupMemberStatus,
  ) {
    super(`A group member cannot move from ${from} to ${to}`);
    this.name = 'GroupMemberTransitionError';
  }
}

export function canTransitionGroupMember(from: GroupMemberStatus, to: GroupMemberStatus): boolean {
  return NEXT_MEMBER_STATUS[from].includes(to);
}

/** The one place that decides whether a member's status may change. A member who left stays left: a return is a new membership. */
export function assertGroupMemberTransition(from: GroupMemberStatus, to: GroupMemberStatus): void {
  if (!canTransitionGroupMember(from, to)) throw new GroupMemberTransitionError(from, to);
}

/** Only ACTIVE members' committed capacity counts towards what the group can offer. */
export const CONTRIBUTING_MEMBER_STATUSES: readonly GroupMemberStatus[] = ['ACTIVE'];

/** Months of the year, 1 = January; a capacity entry with none listed is available all year. */
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
