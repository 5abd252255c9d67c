import { z } from 'zod';
import {
  type AwardStatus,
  DECLINE_REASONS,
  type DeclineReason,
  INCOTERMS,
  type Incoterm,
  type LedgerMonth,
  type OfferStatus,
  type Period,
  type Unit,
} from '@linkage/domain';
import { isoDateField, positiveQuantityField, priceField, uuidField } from './fields.js';

/**
 * POST /needs/:id/offers — a producer group answers a need. `quantity` is per period of the need, in
 * its unit; `allocations` split it over the group's capacity lines (members' or its own) and default
 * to the lines with the most available capacity for the need's delivery months.
 */
export const SubmitOfferSchema = z
  .object({
    supplierId: uuidField,
    quantity: positiveQuantityField,
    price: priceField,
    currency: z
      .string({ error: 'Enter a currency' })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, { error: 'Use an ISO 4217 currency code, such as EUR or PEN' }),
    incoterm: z.enum(INCOTERMS, { error: `Choose one of ${INCOTERMS.join(', ')}` }),
    /** Transport per unit to the delivery place, for Incoterms that stop short of it. */
    transportPerUnit: priceField.optional(),
    leadTimeDays: z
      .number({ error: 'Enter a number of days' })
      .int({ error: 'Use whole days' })
      .min(0, { error: 'Cannot be negative' })
      .max(730, { error: 'At most 730 days' }),
    validUntil: isoDateField,
    notes: z.string().trim().max(4000, { error: 'At most 4,000 characters' }).optional(),
    allocations: z
      .array(z.object({ lineId: uuidField, quantity: positiveQuantityField }))
      .min(1, { error: 'Split the offer over at least one capacity line, or leave the field out' })
      .max(200)
      .refine((as) => new Set(as.map((a) => a.lineId)).size === as.length, {
        error: 'Name each capacity line once',
      })
      .optional(),
    /**
     * A joint offer: the coalition proposal it answers and each partner group's share. The offer
     * reaches the buyer once every partner has confirmed its share; `quantity` is the whole offer,
     * the submitting (lead) group's own share is what the partners leave.
     */
    proposalId: uuidField.optional(),
    partners: z
      .array(z.object({ supplierId: uuidField, quantity: positiveQuantityField }))
      .min(1, { error: 'Name at least one partner, or leave the field out' })
      .max(20, { error: 'At most 20 partners' })
      .refine((ps) => new Set(ps.map((p) => p.supplierId)).size === ps.length, {
        error: 'Name each partner once',
      })
      .optional(),
  })
  .superRefine((o, ctx) => {
    const partners = (o.partners ?? []).reduce((sum, p) => sum + p.quantity, 0);
    if (o.partners && !o.proposalId)
      ctx.addIssue({
        code: 'custom',
        path: ['proposalId'],
        message: 'A joint offer answers a coalition proposal: name it',
      });
    if (o.partners && o.partners.some((p) => p.supplierId === o.supplierId))
      ctx.addIssue({
        code: 'custom',
        path: ['partners'],
        message: 'Your own group is the lead, not a partner',
      });
    if (partners >= o.quantity - 0.00005)
      ctx.addIssue({
        code: 'custom',
        path: ['partners'],
        message: `The partners' shares (${Number(partners.toFixed(4))}) leave nothing for your own group out of ${o.quantity}`,
      });
    if (!o.allocations) return;
    const own = o.quantity - partners;
    const total = o.allocations.reduce((sum, a) => sum + a.quantity, 0);
    if (Math.abs(total - own) > 0.00005)
      ctx.addIssue({
        code: 'custom',
        path: ['allocations'],
        message: `The split adds up to ${Number(total.toFixed(4))}, not your group's ${Number(own.toFixed(4))}`,
      });
  });
export type SubmitOfferInput = z.infer<typeof SubmitOfferSchema>;

/** POST /offers/:id/confirm — a partner group confirms its share of a joint offer, or refuses it (which withdraws the offer). */
export const ConfirmOfferPartSchema = z.object({
  supplierId: uuidField,
  accept: z.boolean({ error: 'Use true to confirm or false to refuse' }),
});
export type ConfirmOfferPartInput = z.infer<typeof ConfirmOfferPartSchema>;

/** POST /needs/:id/declines — a producer group says no, and why (kept for the programme's indicators). */
export const DeclineNeedSchema = z.object({
  supplierId: uuidField,
  reason: z.enum(DECLINE_REASONS, { error: `Choose one of ${DECLINE_REASONS.join(', ')}` }),
  note: z.string().trim().max(2000, { error: 'At most 2,000 characters' }).optional(),
});
export type DeclineNeedInput = z.infer<typeof DeclineNeedSchema>;

/** POST /needs/:id/awards — award one or several offers, each with the quantity it gets (multi-sourcing). */
export const AwardOffersSchema = z.object({
  awards: z
    .array(z.object({ offerId: uuidField, quantity: positiveQuantityField }))
    .min(1, { error: 'Award at least one offer' })
    .max(50, { error: 'At most 50 offers at once' })
    .refine((as) => new Set(as.map((a) => a.offerId)).size === as.length, {
      error: 'Award each offer once',
    }),
});
export type AwardOffersInput = z.infer<typeof AwardOffersSchema>;

export interface OfferAllocationView {
  /** The group whose line it is (a partner's, in a joint offer). */
  groupId: string;
  /** Null once the line has been deleted (after the offer was decided). */
  lineId: string | null;
  memberId: string | null;
  /** The member enterprise's name, or the group's own for its lines. */
  producerName: string;
  productCode: string;
  /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
  productName?: string;
  /** Per period of the need, in its unit. */
  quantity: number;
}

export interface OfferView {
  id: string;
  needId: string;
  needTitle: string;
  supplierId: string;
  supplierName: string;
  status: OfferStatus;
  quantity: number;
  unit: Unit;
  period: Period;
  price: number;
  currency: string;
  incoterm: Incoterm;
  transportPerUnit: number | null;
  /** Price plus transport to the delivery place, per unit. */
  landedCost: number;
  leadTimeDays: number;
  validUntil: string;
  notes: string | null;
  /** Share of the need's quantity the offer covers, in [0, ∞). */
  coverage: number;
  /** The supplier's match on the need, when it has one: score and the gaps still open. */
  match: { score: number; eligibility: string; gaps: { kind: string; description: string }[] } | null;
  allocations: OfferAllocationView[];
  award: { id: string; quantity: number; status: AwardStatus } | null;
  /** A joint offer's groups and shares, the lead (contracting) group first; empty for a group's own offer. */
  parts: Array<{
    supplierId: string;
    supplierName: string;
    quantity: number;
    confirmed: boolean;
    lead: boolean;
  }>;
  /** Spec sheets and price lists, read through GET /offers/:id/attachments/:attachmentId. */
  attachments: Array<{ id: string; fileName: string; contentType: string; size: number }>;
  submittedAt: string;
}

/** What the lead firm sees of its need's offers: every offer, or, while sealed, only how many there are. */
export interface NeedOffersView {
  needId: string;
  sealed: boolean;
  /** When sealed offers open (the day after the response deadline). */
  opensOn: string | null;
  count: number;
  offers: OfferView[];
  declines: { supplierName: string; reason: DeclineReason; note: string | null }[];
}

/** One month of one capacity line in the ledger, in the line's unit. */
export interface LedgerMonthView {
  month: LedgerMonth;
  committed: number;
  reserved: number;
  available: number;
}

/** GET /organisations/:id/ledger — a producer group's capacity ledger: each line, month by month, with the awards that reserve it. */
export interface CapacityLedgerView {
  organisationId: string;
  months: LedgerMonth[];
  lines: Array<{
    lineId: string;
    memberId: string | null;
    producerName: string;
    productCode: string;
    /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
    productName?: string;
    productLabel: string;
    unit: Unit;
    months: LedgerMonthView[];
  }>;
  reservations: Array<{
    awardId: string;
    needTitle: string;
    leadFirmName: string;
    lineId: string;
    month: LedgerMonth;
    quantity: number;
  }>;
}

export interface AwardResultView {
  needId: string;
  awards: Array<{ awardId: string; offerId: string; supplierName: string; quantity: number }>;
  declinedOffers: number;
}

/** GET /awards/:id/confirmation — the award as a document both parties can print: a buyer's commitment a supplier can show its lender. */
export interface AwardConfirmationView {
  awardId: string;
  status: AwardStatus;
  awardedAt: string;
  buyer: { name: string; country: string };
  supplier: { name: string; country: string };
  need: {
    id: string;
    title: string;
    productCode: string;
    /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
    productName?: string;
    unit: Unit;
    period: Period;
    firstDelivery: string;
    lastDelivery: string;
    deliveryCountry: string;
  };
  quantity: number;
  price: number;
  currency: string;
  incoterm: Incoterm;
  /** The members' shares of the awarded quantity, per period. */
  shares: Array<{ producerName: string; quantity: number }>;
}

/**
 * POST /needs/:id/messages — a question from a producer group (its `supplierId`), an answer from the
 * lead firm in that group's thread, or, with `publish`, a clarification the lead firm sends every
 * invited supplier (no `supplierId`).
 */
export const PostNeedMessageSchema = z
  .object({
    supplierId: uuidField.optional(),
    body: z
      .string({ error: 'Write the message' })
      .trim()
      .min(1, { error: 'Write the message' })
      .max(4000, { error: 'At most 4,000 characters' }),
    publish: z.boolean({ error: 'Use true or false' }).default(false),
  })
  .refine((m) => m.publish || m.supplierId !== undefined, {
    error: 'Name the group whose thread this is, or publish it to every invited supplier',
    path: ['supplierId'],
  })
  .refine((m) => !(m.publish && m.supplierId !== undefined), {
    error: 'A published clarification goes to every invited supplier: leave supplierId out',
    path: ['supplierId'],
  });
export type PostNeedMessageInput = z.infer<typeof PostNeedMessageSchema>;

export const NeedMessagesQuerySchema = z.object({ supplierId: uuidField.optional() });
export type NeedMessagesQuery = z.infer<typeof NeedMessagesQuerySchema>;

export interface NeedMessageView {
  id: string;
  needId: string;
  /** The group's thread; null for a clarification sent to every invited supplier. */
  supplierId: string | null;
  supplierName: string | null;
  fromLeadFirm: boolean;
  authorName: string | null;
  body: string;
  sentAt: string;
}

export const OfferLinesQuerySchema = z.object({ supplierId: uuidField });
export type OfferLinesQuery = z.infer<typeof OfferLinesQuerySchema>;

/** GET /needs/:id/offer-lines — the group's lines that can back an offer on the need, with what each has left. */
export interface OfferLineView {
  lineId: string;
  memberId: string | null;
  producerName: string;
  productCode: string;
  /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
  productName?: string;
  productLabel: string;
  /** Available for every delivery month of the need, in its unit and period. */
  available: number;
}
