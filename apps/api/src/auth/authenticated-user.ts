import { type OrganisationKind, type PlatformRole } from '@linkage/domain';

/** The caller, as the auth guard resolved it from the bearer token. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  platformRole: PlatformRole | null;
  /** Kinds of the organisations the caller belongs to: lead-firm staff see the LEAD_FIRMS tier. */
  organisationKinds: readonly OrganisationKind[];
  sessionId: string;
}

declare module 'express' {
  interface Request {
    user?: AuthenticatedUser;
  }
}
