/**
 * Errors the domain raises, as typed codes. `http-error.filter.ts` maps each code to an HTTP status in
 * one place, so services never speak HTTP.
 */
export const DomainErrorCode = {
  NotFound: 'NOT_FOUND',
  Forbidden: 'FORBIDDEN',
  Unauthenticated: 'UNAUTHENTICATED',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  EmailTaken: 'EMAIL_TAKEN',
  AlreadyMember: 'ALREADY_MEMBER',
  InvitationUnusable: 'INVITATION_UNUSABLE',
  WrongOrganisationKind: 'WRONG_ORGANISATION_KIND',
  Conflict: 'CONFLICT',
  InvalidInput: 'INVALID_INPUT',
  StaleVersion: 'STALE_VERSION',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  ImportRejected: 'IMPORT_REJECTED',
  /** Well-formed, but the state of things refuses it (the ledger cannot carry an offer). */
  Unprocessable: 'UNPROCESSABLE',
  /** Too many tries: the caller must wait (`retryAfterSeconds`) before trying again. */
  TooManyRequests: 'TOO_MANY_REQUESTS',
} as const;
export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field names with messages, when the error concerns particular inputs. */
    readonly fields?: Record<string, string>,
    /** For TOO_MANY_REQUESTS: how long to wait, sent as Retry-After. */
    readonly timing?: { retryAfterSeconds: number },
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError(DomainErrorCode.NotFound, `${what} not found`);
export const forbidden = (why: string) => new DomainError(DomainErrorCode.Forbidden, why);
