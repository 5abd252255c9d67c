/** Kinds of organisation the exchange knows (DESIGN §2). Values are stored in the database: never rename. */
export const ORGANISATION_KINDS = [
  'LEAD_FIRM',
  'PRODUCER_GROUP',
  'ENTERPRISE',
  'PROGRAMME',
  'SERVICE_PROVIDER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Kinds a person may create from the portal; enterprises join through their group, programmes are set up by admins. */
export const SELF_SERVICE_ORGANISATION_KINDS = [
  'LEAD_FIRM',
  'PRODUCER_GROUP',
] as const satisfies readonly OrganisationKind[];

/** Who may see an organisation's profile: everyone, signed-in lead firms (and brokers), or brokers only. */
export const VISIBILITY_TIERS = ['PUBLIC', 'LEAD_FIRMS', 'BROKERS'] as const;
export type VisibilityTier = (typeof VISIBILITY_TIERS)[number];

export const MEMBERSHIP_ROLES = ['OWNER', 'ADMIN', 'MEMBER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Roles that may change an organisation's data and invite people. */
export const MANAGING_ROLES: readonly MembershipRole[] = ['OWNER', 'ADMIN'];

/**
 * Platform-wide roles: administrators only. Brokering is a role held per programme, through
 * membership of a PROGRAMME organisation (decision 0012).
 */
export const PLATFORM_ROLES = ['ADMIN'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
