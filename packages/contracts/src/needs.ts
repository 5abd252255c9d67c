import { z } from 'zod';
import {
  BUSINESS_RATIONALES,
  type BusinessRationale,
  type DeclineReason,
  LEAD_FIRM_MATCH_STATUSES,
  type MatchEligibility,
  type MatchStatus,
  NEED_CRITICALITIES,
  NEED_STATUSES,
  NEED_VISIBILITIES,
  type NeedCriticality,
  type NeedScheduleKind,
  type NeedStatus,
  type NeedVisibility,
  type OfferStatus,
  PERIODS,
  type Period,
  type QuantityDomain,
  REQUIREMENT_LEVELS,
  type RequirementLevel,
  type Unit,
} from '@linkage/domain';
import {
  countryField,
  hsCodeField,
  isoDateField,
  nameField,
  positiveQuantityField,
  priceField,
  standardCodeField,
  unitField,
  uuidField,
} from './fields.js';
import { type GapView, type RenderedMessage } from './messages.js';

/** One standard a need requires (DESIGN §2 "Requirements"). */
export const NeedRequirementSchema = z
  .object({
    standardCode: standardCodeField,
    level: z.enum(REQUIREMENT_LEVELS, { error: 'Choose EACH_SUPPLIER, ANY_SUPPLIER or GROUP_COVERS' }),
    /** Must be held on the day of matching; otherwise it may be obtained by `obtainBy` (or the first delivery). */
    mustHoldNow: z.boolean({ error: 'Use true or false' }).default(false),
    obtainBy: isoDateField.optional(),
  })
  .refine((r) => !(r.mustHoldNow && r.obtainBy), {
    error: 'A standard held now needs no date to obtain it by',
    path: ['obtainBy'],
  });
export type NeedRequirementInput = z.infer<typeof NeedRequirementSchema>;

/** One-off: the quantity by a date. Recurring: the quantity every `period` (WEEK or MONTH) between two dates. */
export const NeedScheduleSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('ONE_OFF'), deliverBy: isoDateField }),
    z
      .object({ kind: z.literal('RECURRING'), startDate: isoDateField, endDate: isoDateField })
      .refine((s) => s.endDate >= s.startDate, {
        error: 'The last delivery cannot come before the first',
        path: ['endDate'],
      }),
  ],
  { error: 'Choose ONE_OFF (with deliverBy) or RECURRING (with startDate and endDate)' },
);
export type NeedScheduleInput = z.infer<typeof NeedScheduleSchema>;

export const LatLonSchema = z.object({
  lat: z
    .number({ error: 'Enter a latitude' })
    .min(-90, { error: 'Between -90 and 90' })
    .max(90, { error: 'Between -90 and 90' }),
  lon: z
    .number({ error: 'Enter a longitude' })
    .min(-180, { error: 'Between -180 and 180' })
    .max(180, { error: 'Between -180 and 180' }),
});

/** Fields of a need a lead firm may set when posting and change later; no defaults here (PATCH changes only what it names). */
const needFields = {
  title: nameField('a title'),
  description: z.string().trim().max(4000).optional(),
  productCode: hsCodeField,
  quantity: positiveQuantityField,
  unit: unitField,
  /** The period `quantity` is per. A recurring need is delivered every period. */
  period: z.enum(PERIODS, { error: 'Choose WEEK, MONTH or YEAR' }),
  deliveryCountry: countryField,
  responseDeadline: isoDateField,
  schedule: NeedScheduleSchema,
  deliveryPlace: LatLonSchema,
  maxDistanceKm: z
    .number({ error: 'Enter a distance in km' })
    .int({ error: 'Use whole kilometres' })
    .positive()
    .max(20_000),
  allowedCountries: z
    .array(countryField)
    .min(1, { error: 'List at least one country, or leave the field out' })
    .max(250),
  requirements: z
    .array(NeedRequirementSchema)
    .max(30, { error: 'At most 30 requirements' })
    .refine((rs) => new Set(rs.map((r) => r.standardCode)).size === rs.length, {
      error: 'Each standard may be required once',
    }),
  targetPrice: priceField,
  currency: z
    .string({ error: 'Enter a currency' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: 'Use an ISO 4217 currency code, such as EUR or PEN' }),
  criticality: z.enum(NEED_CRITICALITIES, { error: 'Choose CORE or NON_CORE' }),
  businessRationale: z.enum(BUSINESS_RATIONALES, {
    error: `Choose one of ${BUSINESS_RATIONALES.join(', ')}`,
  }),
  rationaleNote: z.string().trim().max(2000),
  visibility: z.enum(NEED_VISIBILITIES, { error: 'Choose PUBLIC, INVITED or PROGRAMME' }),
};

/** Checks that span fields, shared by create and update (an update is checked against what it names). */
function checkNeed(
  n: {
    period?: Period;
    schedule?: NeedScheduleInput;
    targetPrice?: number;
    currency?: string;
  },
  ctx: z.RefinementCtx,
) {
  if (n.schedule?.kind === 'RECURRING' && n.period === 'YEAR')
    ctx.addIssue({
      code: 'custom',
      path: ['period'],
      message: 'A recurring need is delivered per WEEK or MONTH',
    });
  if (n.targetPrice !== undefined && n.currency === undefined)
    ctx.addIssue({ code: 'custom', path: ['currency'], message: 'Give the currency of the target price' });
}

/**
 * Posting a need. Everything beyond the original fields is optional, so older clients keep working:
 * without a schedule a need recurs every `period` from its response deadline for a year (a yearly
 * need is one-off by the deadline); without a delivery place distance is not scored.
 */
export const CreateSourcingNeedSchema = z
  .object({
    ...needFields,
    description: needFields.description,
    period: needFields.period.default('MONTH'),
    schedule: needFields.schedule.optional(),
    deliveryPlace: needFields.deliveryPlace.optional(),
    maxDistanceKm: needFields.maxDistanceKm.optional(),
    allowedCountries: needFields.allowedCountries.optional(),
    requirements: needFields.requirements.default([]),
    targetPrice: needFields.targetPrice.optional(),
    currency: needFields.currency.optional(),
    criticality: needFields.criticality.default('NON_CORE'),
    businessRationale: needFields.businessRationale.optional(),
    rationaleNote: needFields.rationaleNote.optional(),
    visibility: needFields.visibility.default('PUBLIC'),
    /** Keep offers closed until the response deadline has passed; chosen when posting, as in a sealed tender. */
    sealOffers: z.boolean({ error: 'Use true or false' }).default(false),
    /** Post as a draft to finish later, or open it to matching at once (the default). */
    status: z.enum(['DRAFT', 'OPEN'], { error: 'Choose DRAFT or OPEN' }).default('OPEN'),
  })
  .superRefine(checkNeed);
export type CreateSourcingNeedInput = z.infer<typeof CreateSourcingNeedSchema>;

/** Editing a need: only the fields named change; `null` clears an optional one. Status changes go through their own route. */
export const UpdateSourcingNeedSchema = z
  .object({
    title: needFields.title,
    description: needFields.description.nullable(),
    productCode: needFields.productCode,
    quantity: needFields.quantity,
    unit: needFields.unit,
    period: needFields.period,
    deliveryCountry: needFields.deliveryCountry,
    responseDeadline: needFields.responseDeadline,
    schedule: needFields.schedule,
    deliveryPlace: needFields.deliveryPlace.nullable(),
    maxDistanceKm: needFields.maxDistanceKm.nullable(),
    allowedCountries: needFields.allowedCountries.nullable(),
    requirements: needFields.requirements,
    targetPrice: needFields.targetPrice.nullable(),
    currency: needFields.currency.nullable(),
    criticality: needFields.criticality,
    businessRationale: needFields.businessRationale.nullable(),
    rationaleNote: needFields.rationaleNote.nullable(),
    visibility: needFields.visibility,
  })
  .partial()
  .superRefine((n, ctx) =>
    checkNeed(
      {
        period: n.period,
        schedule: n.schedule,
        targetPrice: n.targetPrice ?? undefined,
        currency: n.currency === null ? undefined : (n.currency ?? 'unchanged'),
      },
      ctx,
    ),
  );
export type UpdateSourcingNeedInput = z.infer<typeof UpdateSourcingNeedSchema>;

export const ChangeNeedStatusSchema = z.object({
  status: z.enum(NEED_STATUSES, { error: `Choose one of ${NEED_STATUSES.join(', ')}` }),
});
export type ChangeNeedStatusInput = z.infer<typeof ChangeNeedStatusSchema>;

/** What a lead firm may do with a match itself. */
export const ChangeMatchStatusSchema = z.object({
  status: z.enum(LEAD_FIRM_MATCH_STATUSES, { error: 'Choose SHORTLISTED, DISMISSED or PROPOSED' }),
});
export type ChangeMatchStatusInput = z.infer<typeof ChangeMatchStatusSchema>;

/**
 * POST /needs/:id/invitations — invite suppliers to offer: some of the ranked matches by supplier id,
 * or every member of a coalition proposal at once.
 */
export const InviteSuppliersSchema = z
  .object({
    supplierIds: z
      .array(uuidField, { error: 'Give the suppliers to invite as a list of ids' })
      .min(1, { error: 'Name at least one supplier' })
      .max(50, { error: 'Invite at most 50 suppliers at once' })
      .optional(),
    proposalId: uuidField.optional(),
  })
  .refine((b) => (b.supplierIds === undefined) !== (b.proposalId === undefined), {
    error: 'Give either supplierIds or a proposalId',
    path: ['supplierIds'],
  });
export type InviteSuppliersInput = z.infer<typeof InviteSuppliersSchema>;

/** Who an invitation reached: every supplier now invited, and which of them were invited by this call. */
export interface NeedInvitationsView {
  needId: string;
  invited: Array<{ supplierId: string; supplierName: string; matchId: string; newlyInvited: boolean }>;
}

export const MatchesPageQuerySchema = z.object({
  page: z.coerce
    .number({ error: 'Use a page number' })
    .int()
    .min(1, { error: 'Pages start at 1' })
    .default(1),
  perPage: z.coerce
    .number({ error: 'Use a number' })
    .int()
    .min(1, { error: 'At least 1' })
    .max(100, { error: 'At most 100' })
    .default(50),
});
export type MatchesPageQuery = z.infer<typeof MatchesPageQuerySchema>;

export interface NeedRequirementView {
  standardCode: string;
  /** The standard's name in the reader's language (added by the API beside every code, as product names). */
  standardName?: string;
  level: RequirementLevel;
  mustHoldNow: boolean;
  obtainBy: string | null;
}

export interface NeedScheduleView {
  kind: NeedScheduleKind;
  /** First delivery; the only one for a one-off need. */
  startDate: string;
  /** Last delivery of a recurring need; null for a one-off need. */
  endDate: string | null;
}

export interface SourcingNeedView {
  id: string;
  leadFirmId: string;
  leadFirmName: string;
  title: string;
  description: string | null;
  productCode: string;
  /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
  productName?: string;
  quantity: number;
  unit: Unit;
  period: Period;
  deliveryCountry: string;
  responseDeadline: string;
  status: NeedStatus;
  version: number;
  createdAt: string;
  schedule: NeedScheduleView;
  deliveryPlace: { lat: number; lon: number } | null;
  maxDistanceKm: number | null;
  allowedCountries: string[] | null;
  requirements: NeedRequirementView[];
  targetPrice: number | null;
  currency: string | null;
  criticality: NeedCriticality;
  businessRationale: BusinessRationale | null;
  rationaleNote: string | null;
  visibility: NeedVisibility;
  /** Offers stay closed to the lead firm until the response deadline has passed. */
  sealOffers: boolean;
}

/**
 * Component scores, each in [0,1]. `location` is kept for older clients: 1 when the supplier is in
 * the delivery country, else 0 (the real score uses `distance`).
 */
export interface MatchComponentsView {
  product: number;
  capacity: number;
  location: number;
  compliance: number;
  distance: number;
  leadTime: number;
  /** Null when the supplier has no recorded deliveries. */
  trackRecord: number | null;
}

export interface MatchView {
  id: string;
  supplierId: string;
  supplierName: string;
  supplierCountry: string;
  rank: number;
  score: number;
  components: MatchComponentsView;
  /** The explanation (kept under its original name for older clients). */
  reason: string;
  /** Rendered in the reader's language (Accept-Language); `explanationMessages` are its sentences. */
  explanation: string;
  explanationMessages: RenderedMessage[];
  eligibility: Exclude<MatchEligibility, 'EXCLUDED'>;
  gaps: GapView[];
  /** Serves the whole need alone: eligible, enough compliant capacity, every ANY_SUPPLIER standard held. */
  standsAlone: boolean;
  /** Compliant capacity it offers, in the need's unit per period; null for matches computed before it was recorded. */
  offerableQuantity: number | null;
  distanceKm: number | null;
  status: MatchStatus;
  needVersion: number;
  computedAt: string | null;
}

/** A supplier of the product that cannot serve the need, and every reason why ("why not"). */
export interface ExcludedSupplierView {
  supplierId: string;
  supplierName: string;
  supplierCountry: string;
  /** 1 for the closest to qualifying. */
  rank: number;
  score: number;
  /** Every reason, rendered in the reader's language; `blockerMessages` are the messages they come from. */
  blockers: string[];
  blockerMessages: RenderedMessage[];
  /** Gaps it would have to close, as for a match (some cannot close in time: that is why it is out). */
  gaps: GapView[];
  explanation: string;
  explanationMessages: RenderedMessage[];
  distanceKm: number | null;
}

/** The "why not" of a need's current version, one page at a time, best first. */
export interface NeedExclusionsView {
  needId: string;
  state: 'PENDING' | 'READY';
  needVersion: number;
  computedAt: string | null;
  page: number;
  perPage: number;
  total: number;
  excluded: ExcludedSupplierView[];
}

/**
 * Matches of a need as the portal polls them: PENDING until the worker has matched the need's
 * current version, then READY with the ranked list, one page at a time.
 */
export interface NeedMatchesView {
  needId: string;
  state: 'PENDING' | 'READY';
  needVersion: number;
  matchedVersion: number | null;
  computedAt: string | null;
  page: number;
  perPage: number;
  total: number;
  matches: MatchView[];
  /**
   * Producer groups the lead firm may see that record offerable capacity in the need's HS chapter:
   * so an empty list can say the truth — nobody records the product, or some do and none qualifies yet.
   */
  suppliersOfProduct: number;
  /**
   * Suppliers stored as not eligible, with their reasons (`/needs/:id/exclusions`): those closest to
   * qualifying, at most 100 per need, so it can be less than the groups left out.
   */
  excludedTotal: number;
}

export interface CoalitionMemberView {
  supplierId: string;
  supplierName: string;
  supplierCountry: string;
  /** In the need's unit per the need's period. */
  quantity: number;
  /** Share of the need's volume, in [0,1]. */
  share: number;
  /** Price plus transport per unit, in the need's currency. */
  landedUnitCost: number;
  /**
   * How the supplier's quantity splits over the capacity backing it, in proportion to what each
   * committed: its member enterprises (named when the viewer may see them) and its own lines; the
   * members the viewer may not see are one last line, `name` null, summed (neither named nor counted).
   * Empty when the split is not known (proposals computed before it was recorded).
   */
  contributors: CoalitionContributorView[];
}

export interface CoalitionContributorView {
  /** A member enterprise's name; the group's own name for its own lines; null for the members the viewer may not see, together. */
  name: string | null;
  /** True for the group's own capacity lines (recorded for the group, not a member). */
  own: boolean;
  /** In the need's unit per the need's period. */
  quantity: number;
}

export interface CoalitionProposalView {
  id: string;
  /** 0 for the best proposal; then alternatives with different membership. */
  rank: number;
  role: 'BEST' | 'ALTERNATIVE' | 'SINGLE_SUPPLIER';
  members: CoalitionMemberView[];
  totalQuantity: number;
  unit: Unit;
  period: Period;
  quantityDomain: QuantityDomain;
  /** Total landed cost per period. */
  objective: number;
  currency: string | null;
  provenOptimal: boolean;
  relativeGap: number;
  /** Rendered in the reader's language; `explanationMessages` are its sentences. */
  explanation: string;
  explanationMessages: RenderedMessage[];
}

/**
 * Coalition proposals of a need's current version (always computed). `needed` is true when no
 * single supplier can serve the whole need alone. `singleSupplier` is the cheapest supplier that can,
 * costed the same way, when the best coalition is cheaper still: `savingPerPeriod` is the difference.
 */
export interface NeedCoalitionsView {
  needId: string;
  state: 'PENDING' | 'READY';
  needVersion: number;
  computedAt: string | null;
  needed: boolean;
  proposals: CoalitionProposalView[];
  singleSupplier: CoalitionProposalView | null;
  savingPerPeriod: number | null;
}

/** A need a producer group matches, as the group sees it: with its own gaps. */
export interface MatchedNeedView {
  needId: string;
  title: string;
  leadFirmName: string;
  productCode: string;
  /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
  productName?: string;
  quantity: number;
  unit: Unit;
  period: Period;
  schedule: NeedScheduleView;
  deliveryCountry: string;
  responseDeadline: string;
  needStatus: NeedStatus;
  visibility: NeedVisibility;
  matchId: string;
  rank: number;
  score: number;
  eligibility: Exclude<MatchEligibility, 'EXCLUDED'>;
  explanation: string;
  explanationMessages: RenderedMessage[];
  gaps: GapView[];
  matchStatus: MatchStatus;
  /**
   * The group's live offer on the need: its own, or a joint offer it is part of (`ledBy` names the
   * lead group when it is a partner; `awaitingYou` when its confirmation is still due).
   */
  offer: {
    id: string;
    status: OfferStatus;
    quantity: number;
    ledBy: string | null;
    awaitingYou: boolean;
  } | null;
  /**
   * The buyer's best coalition proposal for the need, when the group is in it: what a joint offer
   * would answer. Partners the group may not see are only counted.
   */
  coalition: {
    proposalId: string;
    ownQuantity: number;
    partners: Array<{ supplierId: string; supplierName: string; quantity: number }>;
    hiddenPartners: number;
  } | null;
  /** The group's decline, if it declined. */
  declinedFor: DeclineReason | null;
}

/**
 * GET /needs/:id/open — what a sourcing need asks for, for anyone who may find it in search: its
 * volume, dates, place and standards, not the buyer's target price or reasons (those stay with the
 * groups it invites). The lead firm is named when the reader may see it.
 */
export interface OpenNeedView {
  id: string;
  title: string;
  description: string | null;
  leadFirm: { id: string; name: string } | null;
  productCode: string;
  /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
  productName?: string;
  quantity: number;
  unit: Unit;
  period: Period;
  schedule: NeedScheduleView;
  responseDeadline: string;
  deliveryCountry: string;
  requirements: Array<Pick<NeedRequirementView, 'standardCode' | 'standardName' | 'level' | 'mustHoldNow' | 'obtainBy'>>;
  /** The reader's producer groups that matching ranks on it, with how each stands. */
  yourGroups: Array<{ id: string; name: string; eligibility: Exclude<MatchEligibility, 'EXCLUDED'> }>;
  /** The reader runs the need (its lead firm's people) or follows it as a broker: the full page opens. */
  canOpenFull: boolean;
}
