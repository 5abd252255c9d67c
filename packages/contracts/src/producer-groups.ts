import { z } from 'zod';
import {
  GROUP_MEMBER_STATUSES,
  GROUP_TYPES,
  REGISTRATION_TYPES,
  SALES_BANDS,
  VISIBILITY_TIERS,
  type DeliveryScorecard,
  type GroupMemberStatus,
  type GroupType,
  type OrganisationKind,
  type RegistrationType,
  type SalesBand,
  type VisibilityTier,
} from '@linkage/domain';
import { type CapacityEntryView } from './capacity.js';
import { type CatalogueItemView } from './catalogue.js';
import { type CertificationView } from './certifications.js';
import { countryField, emailField, isoDateField, nameField } from './fields.js';

const shortList = (what: string, max = 20) =>
  z
    .array(z.string().trim().min(1).max(120), { error: `Give ${what} as a list` })
    .max(max, { error: `List at most ${max} ${what}` });

const languagesField = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, { error: 'Use ISO 639-1 language codes, such as fr or es' }),
  )
  .max(10);

/** Profile fields every organisation has (DESIGN §2 "Organisation"); all optional on update. */
export const OrganisationProfileFieldsSchema = z.object({
  legalName: nameField('the legal name'),
  country: countryField,
  region: z.string().trim().max(120).nullable(),
  visibility: z.enum(VISIBILITY_TIERS, { error: 'Choose PUBLIC, LEAD_FIRMS or BROKERS' }),
  latitude: z.number({ error: 'Enter a latitude in degrees' }).min(-90).max(90).nullable(),
  longitude: z.number({ error: 'Enter a longitude in degrees' }).min(-180).max(180).nullable(),
  languages: languagesField,
  registration: z.enum(REGISTRATION_TYPES, { error: 'Choose FORMAL or INFORMAL' }).nullable(),
  employees: z
    .number({ error: 'Enter the number of employees, such as 12' })
    .int({ error: 'Use a whole number' })
    .min(0, { error: 'Cannot be negative' })
    .max(1_000_000, { error: 'Too large' })
    .nullable(),
  foundedYear: z
    .number({ error: 'Enter a year such as 2005' })
    .int({ error: 'Use a year such as 2005' })
    .min(1800, { error: 'Use a year from 1800' })
    .max(2100, { error: 'Use a year such as 2005' })
    .nullable(),
  annualSalesBand: z.enum(SALES_BANDS, { error: `Choose one of ${SALES_BANDS.join(', ')}` }).nullable(),
  womenOwned: z.boolean(),
  youthLed: z.boolean(),
  description: z.string().trim().max(4000).nullable(),
  sectors: shortList('sectors'),
});

const bothOrNeither = (p: { latitude?: number | null; longitude?: number | null }) =>
  (p.latitude === undefined) === (p.longitude === undefined) &&
  (p.latitude === null) === (p.longitude === null);
const locationMessage = { error: 'Give latitude and longitude together', path: ['longitude'] };

/** How a group decides and what it charges its members. */
export const GroupGovernanceSchema = z.object({
  decisionRule: z.string().trim().max(400).nullable(),
  feeModel: z.string().trim().max(400).nullable(),
});

/** PATCH /organisations/:id/profile — what a coordinator edits on the group's page. */
export const UpdateGroupProfileSchema = OrganisationProfileFieldsSchema.extend({
  groupType: z.enum(GROUP_TYPES, { error: `Choose one of ${GROUP_TYPES.join(', ')}` }).nullable(),
  governance: GroupGovernanceSchema.nullable(),
  customers: shortList('customers', 200),
})
  .partial()
  .refine(bothOrNeither, locationMessage);
export type UpdateGroupProfileInput = z.infer<typeof UpdateGroupProfileSchema>;

/** A member enterprise's own profile, as a group records it. */
export const MemberEnterpriseSchema = OrganisationProfileFieldsSchema.omit({
  country: true,
  visibility: true,
})
  .partial()
  .extend({
    legalName: nameField('the member’s name'),
    /** Defaults to the group's country. */
    country: countryField.optional(),
    /** Defaults to the group's tier. */
    visibility: z.enum(VISIBILITY_TIERS, { error: 'Choose PUBLIC, LEAD_FIRMS or BROKERS' }).optional(),
  })
  .refine(bothOrNeither, locationMessage);
export type MemberEnterpriseInput = z.infer<typeof MemberEnterpriseSchema>;

/** POST /organisations/:id/group-members — invite (default) or directly add an enterprise. */
export const CreateGroupMemberSchema = z.object({
  enterprise: MemberEnterpriseSchema,
  status: z.enum(['INVITED', 'ACTIVE'], { error: 'Choose INVITED or ACTIVE' }).default('INVITED'),
  joinedOn: isoDateField.optional(),
  /** When given, an e-mail tells this address the group added the enterprise. */
  contactEmail: emailField.optional(),
});
export type CreateGroupMemberInput = z.infer<typeof CreateGroupMemberSchema>;

/** PATCH /organisations/:id/group-members/:memberId — status change and/or the enterprise's profile. */
export const UpdateGroupMemberSchema = z.object({
  status: z.enum(GROUP_MEMBER_STATUSES, { error: 'Choose ACTIVE, SUSPENDED or LEFT' }).optional(),
  /** With ACTIVE: the day the member joined (default today). */
  joinedOn: isoDateField.optional(),
  /** With LEFT: the day the member left (default today). */
  leftOn: isoDateField.optional(),
  enterprise: OrganisationProfileFieldsSchema.partial().refine(bothOrNeither, locationMessage).optional(),
});
export type UpdateGroupMemberInput = z.infer<typeof UpdateGroupMemberSchema>;

export const ImportMembersQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'], { error: 'Use dryRun=true or dryRun=false' })
    .default('false')
    .transform((v) => v === 'true'),
});
export type ImportMembersQuery = z.infer<typeof ImportMembersQuerySchema>;

/** Columns of the member CSV, in any order; `legalName` is required, lists are separated by `;`. */
export const MEMBER_CSV_COLUMNS = [
  'legalName',
  'country',
  'region',
  'registration',
  'employees',
  'foundedYear',
  'annualSalesBand',
  'womenOwned',
  'youthLed',
  'sectors',
  'languages',
  'latitude',
  'longitude',
  'description',
  'status',
  'joinedOn',
  'contactEmail',
] as const;

export interface ImportRowError {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  field: string;
  reason: string;
}

export interface ImportRowReport {
  line: number;
  legalName: string | null;
  errors: ImportRowError[];
}

/** Answer of the member import: every row with its errors; `imported` is 0 for a dry run or a rejected file. */
export interface MemberImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  imported: number;
  rows: ImportRowReport[];
  errors: ImportRowError[];
}

export interface OrganisationProfileFieldsView {
  latitude: number | null;
  longitude: number | null;
  languages: string[];
  registration: RegistrationType | null;
  employees: number | null;
  foundedYear: number | null;
  annualSalesBand: SalesBand | null;
  womenOwned: boolean;
  youthLed: boolean;
  description: string | null;
  sectors: string[];
}

export interface MemberEnterpriseView extends OrganisationProfileFieldsView {
  id: string;
  legalName: string;
  country: string;
  region: string | null;
  visibility: VisibilityTier;
}

export interface GroupMemberView {
  id: string;
  groupId: string;
  status: GroupMemberStatus;
  joinedOn: string | null;
  leftOn: string | null;
  /** Shown to the group's own members only. */
  contactEmail: string | null;
  enterprise: MemberEnterpriseView;
}

/** Capacity of one product across the group, with one line per contributing entry. */
export interface ProductCapacityView {
  productCode: string;
  /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
  productName?: string;
  productLabel: string;
  entries: CapacityEntryView[];
}

/** GET /organisations/:id/profile — the whole profile, filtered for the viewer. */
export interface OrganisationProfileView extends OrganisationProfileFieldsView {
  id: string;
  kind: OrganisationKind;
  legalName: string;
  country: string;
  region: string | null;
  visibility: VisibilityTier;
  /** A lead firm a broker or platform admin verified (decision 0008); false for other kinds. */
  verified: boolean;
  groupType: GroupType | null;
  governance: { decisionRule: string | null; feeModel: string | null } | null;
  /** null unless the viewer belongs to the organisation: customer lists are private. */
  customers: string[] | null;
  /** What the viewer may do here. */
  viewer: { isMember: boolean; canManage: boolean };
  members: GroupMemberView[];
  capacityByProduct: ProductCapacityView[];
  certifications: CertificationView[];
  catalogue: CatalogueItemView[];
  /**
   * Deliveries recorded under its linkages in the last twelve months (on time, conforming, repeat
   * orders): the track record matching scores. Null for organisations that do not supply.
   */
  scorecard: DeliveryScorecard | null;
  createdAt: string;
  updatedAt: string;
}
