import { type MyOrganisationView, type OrganisationView } from '@linkage/contracts';
import { type MembershipRole } from '@linkage/domain';
import { type Organisation } from '@linkage/db';

/** Only a lead firm can be verified (decision 0008). */
export const isVerified = (o: Pick<Organisation, 'kind' | 'verifiedAt'>): boolean =>
  o.kind === 'LEAD_FIRM' && o.verifiedAt !== null;

export const toOrganisationView = (o: Organisation): OrganisationView => ({
  id: o.id,
  kind: o.kind,
  legalName: o.legalName,
  country: o.country,
  region: o.region,
  visibility: o.visibility,
  verified: isVerified(o),
  createdAt: o.createdAt.toISOString(),
});

export const toMyOrganisationView = (o: Organisation, role: MembershipRole): MyOrganisationView => ({
  ...toOrganisationView(o),
  role,
});
