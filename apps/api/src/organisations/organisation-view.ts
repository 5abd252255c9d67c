import { type MyOrganisationView, type OrganisationView } from '@linkage/contracts';
import { type MembershipRole } from '@linkage/domain';
import { type Organisation } from '@linkage/db';

export const toOrganisationView = (o: Organisation): OrganisationView => ({
  id: o.id,
  kind: o.kind,
  legalName: o.legalName,
  country: o.country,
  region: o.region,
  visibility: o.visibility,
  createdAt: o.createdAt.toISOString(),
});

export const toMyOrganisationView = (o: Organisation, role: MembershipRole): MyOrganisationView => ({
  ...toOrganisationView(o),
  role,
});
