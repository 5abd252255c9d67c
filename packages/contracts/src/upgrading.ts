import { z } from 'zod';
import {
  type CostSharing,
  PROVIDER_SERVICES,
  type PlanReadiness,
  type ProviderService,
  UPGRADING_ACTION_KINDS,
  UPGRADING_ACTION_OWNERS,
  UPGRADING_ACTION_STATUSES,
  type UpgradingActionKind,
  type UpgradingActionOwner,
  type UpgradingActionStatus,
  sharingProblem,
} from '@linkage/domain';
import { countryField, emailField, isoDateField, nameField, standardCodeField, uuidField } from './fields.js';

const unique = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `At most ${max} characters` });

/** What a provider offers, and where. */
const providerFields = {
  services: z
    .array(z.enum(PROVIDER_SERVICES, { error: `Choose from ${PROVIDER_SERVICES.join(', ')}` }))
    .min(1, { error: 'Choose at least one service' })
    .refine(unique, { error: 'Name each service once' }),
  countriesServed: z
    .array(countryField)
    .min(1, { error: 'Name at least one country it works in' })
    .max(60, { error: 'At most 60 countries' })
    .refine(unique, { error: 'Name each country once' }),
  contactName: optionalText(200).nullable(),
  contactEmail: emailField.nullable(),
  contactPhone: optionalText(40).nullable(),
  website: z.url({ error: 'Enter a web address starting with https://' }).max(300).nullable(),
  description: optionalText(2000).nullable(),
};

/** POST /service-providers — a broker or admin adds a provider to the directory. */
export const CreateServiceProviderSchema = z.object({
  legalName: nameField('the provider’s name'),
  country: countryField,
  ...providerFields,
  contactName: providerFields.contactName.optional(),
  contactEmail: providerFields.contactEmail.optional(),
  contactPhone: providerFields.contactPhone.optional(),
  website: providerFields.website.optional(),
  description: providerFields.description.optional(),
});
export type CreateServiceProviderInput = z.infer<typeof CreateServiceProviderSchema>;

/** PATCH /service-providers/:id — `null` clears a contact field. */
export const UpdateServiceProviderSchema = z
  .object({ legalName: nameField('the provider’s name'), country: countryField, ...providerFields })
  .partial();
export type UpdateServiceProviderInput = z.infer<typeof UpdateServiceProviderSchema>;

/** GET /service-providers?service=&country= */
export const ServiceProviderQuerySchema = z.object({
  service: z.enum(PROVIDER_SERVICES, { error: `Choose from ${PROVIDER_SERVICES.join(', ')}` }).optional(),
  country: countryField.optional(),
});
export type ServiceProviderQuery = z.infer<typeof ServiceProviderQuerySchema>;

export interface ServiceProviderView {
  id: string;
  legalName: string;
  country: string;
  description: string | null;
  services: ProviderService[];
  countriesServed: string[];
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  /** The programme whose broker added it; null when an admin did. */
  addedByProgramme: { id: string; name: string } | null;
  /** Whether the caller may change it: staff of that programme, or an admin. */
  editable: boolean;
}

const sharingSchema = z
  .object({
    LEAD_FIRM: z.number({ error: 'Enter a percentage' }),
    PROGRAMME: z.number({ error: 'Enter a percentage' }),
    SUPPLIER: z.number({ error: 'Enter a percentage' }),
  })
  .superRefine((s, ctx) => {
    const problem = sharingProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const currencyField = z
  .string({ error: 'Enter a currency' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: 'Use an ISO 4217 currency code, such as EUR or MAD' });

const actionFields = {
  kind: z.enum(UPGRADING_ACTION_KINDS, { error: `Choose one of ${UPGRADING_ACTION_KINDS.join(', ')}` }),
  title: nameField('what is to be done', 300),
  standardCode: standardCodeField.nullable(),
  owner: z.enum(UPGRADING_ACTION_OWNERS, { error: `Choose one of ${UPGRADING_ACTION_OWNERS.join(', ')}` }),
  ownerName: optionalText(200).nullable(),
  serviceProviderId: uuidField.nullable(),
  dueOn: isoDateField,
  neededBy: isoDateField.nullable(),
  costAmount: z
    .number({ error: 'Enter an amount' })
    .nonnegative({ error: 'Cannot be negative' })
    .max(1e11, { error: 'Too large' })
    .refine((x) => Number(x.toFixed(2)) === x, { error: 'Use at most 2 decimal places' })
    .nullable(),
  currency: currencyField.nullable(),
  sharing: sharingSchema,
};

const costHasCurrency = (a: { costAmount?: number | null; currency?: string | null }) =>
  a.costAmount === undefined || a.costAmount === null || !!a.currency;
const currencyMessage = { error: 'Say in which currency the cost is', path: ['currency'] };

/** POST /upgrading-plans/:id/actions */
export const CreateUpgradingActionSchema = z
  .object({
    ...actionFields,
    standardCode: actionFields.standardCode.optional(),
    ownerName: actionFields.ownerName.optional(),
    serviceProviderId: actionFields.serviceProviderId.optional(),
    neededBy: actionFields.neededBy.optional(),
    costAmount: actionFields.costAmount.optional(),
    currency: actionFields.currency.optional(),
    sharing: actionFields.sharing.optional(),
  })
  .refine(costHasCurrency, currencyMessage);
export type CreateUpgradingActionInput = z.infer<typeof CreateUpgradingActionSchema>;

/** PATCH /upgrading-plans/:id/actions/:actionId — any field, or a new status (a move the domain allows). */
export const UpdateUpgradingActionSchema = z
  .object({
    ...actionFields,
    status: z.enum(UPGRADING_ACTION_STATUSES, {
      error: `Choose one of ${UPGRADING_ACTION_STATUSES.join(', ')}`,
    }),
  })
  .partial()
  .refine(costHasCurrency, currencyMessage);
export type UpdateUpgradingActionInput = z.infer<typeof UpdateUpgradingActionSchema>;

/** POST /upgrading-plans — from a match (its stored gaps become actions) or for a linkage. */
export const CreateUpgradingPlanSchema = z
  .object({ needId: uuidField.optional(), supplierId: uuidField.optional(), linkageId: uuidField.optional() })
  .superRefine((p, ctx) => {
    if (p.linkageId) return;
    for (const field of ['needId', 'supplierId'] as const)
      if (!p[field])
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'Give the match (needId and supplierId) or a linkageId',
        });
  });
export type CreateUpgradingPlanInput = z.infer<typeof CreateUpgradingPlanSchema>;

/** GET /upgrading-plans?needId=&supplierId=&linkageId= */
export const UpgradingPlanQuerySchema = z.object({
  needId: uuidField.optional(),
  supplierId: uuidField.optional(),
  linkageId: uuidField.optional(),
});
export type UpgradingPlanQuery = z.infer<typeof UpgradingPlanQuerySchema>;

export interface UpgradingActionView {
  id: string;
  kind: UpgradingActionKind;
  title: string;
  gap: string | null;
  standardCode: string | null;
  /** The standard's name in the reader's language, when the action aims at one (added by the API). */
  standardName?: string;
  owner: UpgradingActionOwner;
  ownerName: string | null;
  serviceProvider: { id: string; name: string } | null;
  dueOn: string;
  /** When it is needed: its gap's deadline; null for the need's first delivery. */
  neededBy: string | null;
  costAmount: number | null;
  currency: string | null;
  sharing: CostSharing;
  /** Each party's part of the cost (`splitCost`); null without a cost. */
  shares: Record<UpgradingActionOwner, number> | null;
  status: UpgradingActionStatus;
  nextStatuses: UpgradingActionStatus[];
  /** The certificate whose recording closed it. */
  closedByCertificateId: string | null;
}

export interface UpgradingPlanView {
  id: string;
  supplier: { id: string; name: string };
  need: { id: string; title: string; leadFirm: { id: string; name: string } } | null;
  linkage: { id: string; leadFirm: { id: string; name: string } } | null;
  programmeId: string | null;
  createdAt: string;
  /** Brokers with the supplier's full view and the supplier's managers change it; the others read. */
  editable: boolean;
  readiness: PlanReadiness;
  actions: UpgradingActionView[];
}
