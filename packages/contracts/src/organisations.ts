import { z } from 'zod';
import {
  type MembershipRole,
  type OrganisationKind,
  type VisibilityTier,
  MEMBERSHIP_ROLES,
  SELF_SERVICE_ORGANISATION_KINDS,
  VISIBILITY_TIERS,
} from '@linkage/domain';
import { countryField, emailField, nameField } from './fields.js';

export const CreateOrganisationSchema = z.object({
  kind: z.enum(SELF_SERVICE_ORGANISATION_KINDS, { error: 'Choose lead firm or producer group' }),
  legalName: nameField('the legal name'),
  country: countryField,
  region: z.string().trim().max(120).optional(),
  visibility: z.enum(VISIBILITY_TIERS, { error: 'Choose PUBLIC, LEAD_FIRMS or BROKERS' }).default('PUBLIC'),
});
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationSchema>;

export const InviteMemberSchema = z.object({
  email: emailField,
  role: z.enum(MEMBERSHIP_ROLES, { error: 'Choose OWNER, ADMIN or MEMBER' }).default('MEMBER'),
});
export type InviteMemberInput = z.infer<typeof InviteMemberSchema>;

export const AcceptInvitationSchema = z.object({
  token: z
    .string({ error: 'The invitation token is missing' })
    .min(20, { error: 'The invitation token is malformed' }),
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationSchema>;

export interface OrganisationView {
  id: string;
  kind: OrganisationKind;
  legalName: string;
  country: string;
  region: string | null;
  visibility: VisibilityTier;
  /**
   * A lead firm a broker or platform admin verified: its staff see the LEAD_FIRMS tier (decision
   * 0008). Always false for other kinds.
   */
  verified: boolean;
  createdAt: string;
}

/** An organisation seen by one of its members, with the member's role in it. */
export interface MyOrganisationView extends OrganisationView {
  role: MembershipRole;
}

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
}

export interface InvitationView {
  id: string;
  email: string;
  role: MembershipRole;
  status: 'PENDING' | 'ACCEPTED' | 'REVOKED';
  expiresAt: string;
}
