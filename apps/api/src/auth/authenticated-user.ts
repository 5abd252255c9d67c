import {
  DEFAULT_LOCALE,
  type Locale,
  type OrganisationKind,
  type OrganisationViewer,
  type PlatformRole,
  acceptedLocale,
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
  /** The language to render this request's texts in (`readerLocale`). */
  readerLocale: Locale;
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

/**
 * The reader's language for texts the API renders: the request's Accept-Language when it names one
 * of ours (the portal sends its current language), else the caller's saved choice, else English.
 */
export const readerLocale = (acceptLanguage: string | undefined, saved: Locale | null): Locale =>
  acceptedLocale(acceptLanguage) ?? saved ?? DEFAULT_LOCALE;

declare module 'express' {
  interface Request {
    user?: AuthenticatedUser;
  }
}
