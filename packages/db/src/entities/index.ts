import { AuthSession } from './auth-session.entity.js';
import { Award, CapacityReservation } from './award.entity.js';
import { Delivery, Linkage, LinkageEvent, LinkageOrder } from './linkage.entity.js';
import { NeedDecline } from './need-decline.entity.js';
import { NeedMessage } from './need-message.entity.js';
import { Offer, OfferAllocation, OfferAttachment, OfferPart } from './offer.entity.js';
import { CatalogueItem } from './catalogue-item.entity.js';
import { Certification } from './certification.entity.js';
import { GroupMember } from './group-member.entity.js';
import { Notification } from './notification.entity.js';
import { Standard } from './standard.entity.js';
import { CapacityEntry } from './capacity-entry.entity.js';
import { CoalitionProposal } from './coalition-proposal.entity.js';
import { Invitation } from './invitation.entity.js';
import { Introduction, IntroductionParty } from './introduction.entity.js';
import { Match } from './match.entity.js';
import { Membership } from './membership.entity.js';
import { NeedRequirement } from './need-requirement.entity.js';
import { Organisation } from './organisation.entity.js';
import { ProgrammeEnrolment } from './programme-enrolment.entity.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { SourcingNeed } from './sourcing-need.entity.js';
import { SupplierSummary } from './supplier-summary.entity.js';
import { User } from './user.entity.js';
import { ServiceProvider } from './service-provider.entity.js';
import { UpgradingAction, UpgradingPlan } from './upgrading-plan.entity.js';

export type { EvidenceFile } from './certification.entity.js';
export type { RecordedVerificationChecklist } from './certification.entity.js';
export type { GroupGovernance } from './organisation.entity.js';
export type { SummaryCandidate, SummaryCertificate, SummaryLines } from './supplier-summary.entity.js';

export {
  Introduction,
  IntroductionParty,
  Award,
  CapacityReservation,
  Linkage,
  LinkageEvent,
  LinkageOrder,
  Delivery,
  NeedDecline,
  NeedMessage,
  Offer,
  OfferAllocation,
  OfferPart,
  OfferAttachment,
  CatalogueItem,
  Certification,
  GroupMember,
  Notification,
  Standard,
  AuthSession,
  CapacityEntry,
  CoalitionProposal,
  Invitation,
  Match,
  Membership,
  NeedRequirement,
  Organisation,
  ProgrammeEnrolment,
  OutboxEvent,
  SourcingNeed,
  SupplierSummary,
  User,
  ServiceProvider,
  UpgradingPlan,
  UpgradingAction,
};
export type { StoredCoalitionAllocation, CoalitionProposalRole } from './coalition-proposal.entity.js';
export { COALITION_PROPOSAL_ROLES } from './coalition-proposal.entity.js';

export const ENTITIES = [
  Award,
  CapacityReservation,
  Linkage,
  LinkageEvent,
  LinkageOrder,
  Delivery,
  NeedDecline,
  NeedMessage,
  Offer,
  OfferAllocation,
  OfferPart,
  OfferAttachment,
  CatalogueItem,
  Certification,
  GroupMember,
  Notification,
  Standard,
  AuthSession,
  CapacityEntry,
  CoalitionProposal,
  Invitation,
  Match,
  Membership,
  NeedRequirement,
  Organisation,
  ProgrammeEnrolment,
  OutboxEvent,
  SourcingNeed,
  SupplierSummary,
  User,
  ServiceProvider,
  UpgradingPlan,
  UpgradingAction,
  Introduction,
  IntroductionParty,
];
