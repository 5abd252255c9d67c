import { type PlatformRole } from '@linkage/domain';

/** The caller, as the auth guard resolved it from the bearer token. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  platformRole: PlatformRole | null;
  sessionId: string;
}

declare module 'express' {
  interface Request {
    user?: AuthenticatedUser;
  }
}
