import {
  type GroupMemberView,
  type MemberEnterpriseView,
  type OrganisationProfileFieldsView,
} from '@linkage/contracts';
import { type GroupMember, type Organisation } from '@linkage/db';

export const toProfileFieldsView = (o: Organisation): OrganisationProfileFieldsView => ({
  latitude: o.latitude,
  longitude: o.longitude,
  languages: o.languages,
  registration: o.registration,
  employees: o.employees,
  foundedYear: o.foundedYear,
  annualSalesBand: o.annualSalesBand,
  womenOwned: o.womenOwned,
  youthLed: o.youthLed,
  description: o.description,
  sectors: o.sectors,
});

export const toEnterpriseView = (o: Organisation): MemberEnterpriseView => ({
  id: o.id,
  legalName: o.legalName,
  country: o.country,
  region: o.region,
  visibility: o.visibility,
  ...toProfileFieldsView(o),
});

/** `m.memberOrganisation` must be loaded. The contact address is shown to the group's members only. */
export const toGroupMemberView = (m: GroupMember, showContact: boolean): GroupMemberView => ({
  id: m.id,
  groupId: m.groupId,
  status: m.status,
  joinedOn: m.joinedOn,
  leftOn: m.leftOn,
  contactEmail: showContact ? m.contactEmail : null,
  enterprise: toEnterpriseView(m.memberOrganisation!),
});
