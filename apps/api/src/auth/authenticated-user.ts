import {
  type Locale,
  type OrganisationKind,
  type OrganisationViewer,
  type PlatformRole,
} from '@linkage/domain';

/**
 * The caller, as the auth guard resolved it from the bearer token. It is the caller's
 * `OrganisationViewer` too, so the domain's visibility rule takes it as it is.
 */
export interface AuthenticatedUser extends OrganisationViewer {
  id: string;
  email: string;
  name: string;
  platformRole: PlatformRole | null;
  /** The language the caller chose, or null (their browser's applies). */
  locale: Locale | null;
  /** Kinds of the organisations the caller belongs to. */
  organisationKinds: readonly OrganisationKind[];
  /** The caller belongs to a lead firm a broker or admin verified: it opens the LEAD_FIRMS tier. */
  verifiedLeadFirm: boolean;
  /** Ids of the organisations the caller belongs to. */
  memberOf: ReadonlySet<string>;
  /** The caller works for a programme: a broker of it (decision 0012). */
  programmeStaff: boolean;
  /** Ids of the organisations enrolled in the caller's programmes: their brokers' full view. */
  brokering: ReadonlySet<string>;
  sessionId: string;
}

declare module 'express' {
  interface Request {
    user?: AuthenticatedUser;
  }
}
