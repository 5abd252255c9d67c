import { Initial1763000000000 } from './1763000000000-Initial.js';
import { SearchDocuments1764000000000 } from './1764000000000-SearchDocuments.js';
import { ProducerProfiles1765000000000 } from './1765000000000-ProducerProfiles.js';
import { NeedRequirementsAndCoalitions1766000000000 } from './1766000000000-NeedRequirementsAndCoalitions.js';
import { SearchSpeed1768000000000 } from './1768000000000-SearchSpeed.js';
import { MatchingSpeed1769000000000 } from './1769000000000-MatchingSpeed.js';
import { SearchMatches1770000000000 } from './1770000000000-SearchMatches.js';
import { SearchTypos1771000000000 } from './1771000000000-SearchTypos.js';
import { MatchExclusions1773000000000 } from './1773000000000-MatchExclusions.js';
import { LeadFirmVerification1774000000000 } from './1774000000000-LeadFirmVerification.js';
import { OfferableLines1775000000000 } from './1775000000000-OfferableLines.js';
import { Deals1776000000000 } from './1776000000000-Deals.js';
import { QuestionsAndJointOffers1777000000000 } from './1777000000000-QuestionsAndJointOffers.js';
import { SupplierSummaries1778000000000 } from './1778000000000-SupplierSummaries.js';
import { LinkagePipeline1779000000000 } from './1779000000000-LinkagePipeline.js';
import { Programmes1780000000000 } from './1780000000000-Programmes.js';
import { SearchBrokering1781000000000 } from './1781000000000-SearchBrokering.js';
import { Introductions1782000000000 } from './1782000000000-Introductions.js';
import { UpgradingPlans1783000000000 } from './1783000000000-UpgradingPlans.js';
import { VerificationChecklist1784000000000 } from './1784000000000-VerificationChecklist.js';
import { MemberNamesUnique1785000000000 } from './1785000000000-MemberNamesUnique.js';
import { UserLocale1788000000000 } from './1788000000000-UserLocale.js';
import { DomainMessages1788100000000 } from './1788100000000-DomainMessages.js';

/** Every migration, in order. Listed explicitly so ESM loading never depends on file globs. */
export const MIGRATIONS = [
  Initial1763000000000,
  SearchDocuments1764000000000,
  ProducerProfiles1765000000000,
  NeedRequirementsAndCoalitions1766000000000,
  SearchSpeed1768000000000,
  MatchingSpeed1769000000000,
  SearchMatches1770000000000,
  SearchTypos1771000000000,
  MatchExclusions1773000000000,
  LeadFirmVerification1774000000000,
  OfferableLines1775000000000,
  Deals1776000000000,
  QuestionsAndJointOffers1777000000000,
  SupplierSummaries1778000000000,
  LinkagePipeline1779000000000,
  Programmes1780000000000,
  SearchBrokering1781000000000,
  Introductions1782000000000,
  UpgradingPlans1783000000000,
  VerificationChecklist1784000000000,
  MemberNamesUnique1785000000000,
  UserLocale1788000000000,
  DomainMessages1788100000000,
];
