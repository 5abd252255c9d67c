import { createHash, randomBytes } from 'node:crypto';

/** A 256-bit random token for sessions and invitations, safe in URLs. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256, so the table alone cannot be used to sign in. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
