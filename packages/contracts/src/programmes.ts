import { z } from 'zod';
import { type NeedVisibility, type OrganisationKind, type Period, type Unit } from '@linkage/domain';
import { type LinkageView } from './linkages.js';
import { countryField, nameField, uuidField } from './fields.js';

/** An HS chapter, the unit of a programme's value chains. */
export const hsChapterField = z
  .string({ error: 'Enter an HS chapter' })
  .trim()
  .regex(/^\d{2}$/, { error: 'Use a 2-digit HS chapter, such as 09 or 61' });

const unique = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;

/** Where a programme works; an empty list is no restriction (decision 0012). */
const scopeCountries = z
  .array(countryField)
  .max(60, { error: 'At most 60 countries' })
  .refine(unique, { error: 'Name each country once' });
const scopeHsChapters = z
  .array(hsChapterField)
  .max(97, { error: 'At most 97 chapters' })
  .refine(unique, { error: 'Name each chapter once' });

/** POST /programmes — a platform admin sets up a programme; its owners then invite its staff. */
export const CreateProgrammeSchema = z.object({
  legalName: nameField('the programme’s name'),
  country: countryField,
  region: z.string().trim().max(120).optional(),
  description: z.string().trim().max(2000, { error: 'At most 2,000 characters' }).optional(),
  scopeCountries: scopeCountries.default([]),
  scopeHsChapters: scopeHsChapters.default([]),
});
export type CreateProgrammeInput = z.infer<typeof CreateProgrammeSchema>;

/** PATCH /programmes/:id — its managers change its scope or description. */
export const UpdateProgrammeSchema = z
  .object({
    description: z.string().trim().max(2000, { error: 'At most 2,000 characters' }).nullable(),
    scopeCountries,
    scopeHsChapters,
  })
  .partial();
export type UpdateProgrammeInput = z.infer<typeof UpdateProgrammeSchema>;

/** POST /programmes/:id/enrolments — a group's or lead firm's manager enrols it (its consent). */
export const EnrolSchema = z.object({ organisationId: uuidField });
export type EnrolInput = z.infer<typeof EnrolSchema>;

export interface ProgrammeView {
  id: string;
  legalName: string;
  country: string;
  region: string | null;
  description: string | null;
  scopeCountries: string[];
  scopeHsChapters: string[];
  /** Organisations enrolled, by kind. */
  enrolledGroups: number;
  enrolledLeadFirms: number;
}

export interface EnrolmentView {
  programme: { id: string; name: string };
  organisation: { id: string; name: string; kind: OrganisationKind; country: string };
  enrolledOn: string;
}

/** A need in the programme's scope, as its broker's home page lists it (read-only). */
export interface BrokerNeedView {
  id: string;
  title: string;
  leadFirm: { id: string; name: string; enrolled: boolean };
  productCode: string;
  /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
  productName?: string;
  quantity: number;
  unit: Unit;
  period: Period;
  visibility: NeedVisibility;
  firstDeliveryOn: string;
  responseDeadline: string;
  /** Matches the lead firm sees, by eligibility; near misses are the suppliers matching excludes. */
  eligible: number;
  conditional: number;
  nearMisses: number;
  /** Of the matched suppliers, those enrolled in the programme. */
  enrolledMatched: number;
  /** No single supplier serves the whole need: the best coalition has this many members. */
  coalitionMembers: number | null;
}

/** An enrolled producer group and how ready it is to supply. */
export interface BrokerGroupView {
  id: string;
  name: string;
  country: string;
  eligibleMatches: number;
  conditionalMatches: number;
  /** Gaps on its conditional matches to open needs: what a plan would close. */
  openGaps: number;
  /** Its own and its members' certificates ending within 90 days. */
  certificatesExpiring: Array<{ standardCode: string; standardName?: string; validUntil: string }>;
  linkagesInProgress: number;
}

export interface BrokerTaskView {
  kind: 'NEXT_ACTION' | 'STALLED_LINKAGE';
  title: string;
  /** When it is due; for a stalled linkage, the day of its last step. */
  dueOn: string;
  link: string;
  overdue: boolean;
}

/** GET /programmes/:id/home — what a programme's broker works on. */
export interface BrokerHomeView {
  programme: ProgrammeView;
  needs: BrokerNeedView[];
  groups: BrokerGroupView[];
  linkages: LinkageView[];
  tasks: BrokerTaskView[];
  /** Certificates of enrolled organisations awaiting a broker's verification, and how many are ready. */
  verificationQueue: { awaiting: number; ready: number };
}
