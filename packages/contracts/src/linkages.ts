import { z } from 'zod';
import {
  EMBEDDED_SERVICES,
  type EmbeddedService,
  LINKAGE_GOVERNANCE,
  LINKAGE_STAGES,
  type LinkageGovernance,
  type LinkageStage,
} from '@linkage/domain';
import { type Unit } from '@linkage/domain';
import { isoDateField, positiveQuantityField, priceField, unitField } from './fields.js';

/** POST /linkages/:id/events — a step in the linkage: a new stage, or a note at the current one. */
export const RecordLinkageEventSchema = z.object({
  stage: z.enum(LINKAGE_STAGES, { error: `Choose one of ${LINKAGE_STAGES.join(', ')}` }),
  /** The day it happened; today when left out. Never in the future. */
  occurredOn: isoDateField.optional(),
  note: z.string().trim().max(2000, { error: 'At most 2,000 characters' }).optional(),
});
export type RecordLinkageEventInput = z.infer<typeof RecordLinkageEventSchema>;

/** PATCH /linkages/:id — what the linkage is like and what comes next; `null` clears a field. */
export const UpdateLinkageSchema = z
  .object({
    governance: z
      .enum(LINKAGE_GOVERNANCE, { error: `Choose one of ${LINKAGE_GOVERNANCE.join(', ')}` })
      .nullable(),
    embeddedServices: z
      .array(z.enum(EMBEDDED_SERVICES, { error: `Use ${EMBEDDED_SERVICES.join(', ')}` }))
      .max(EMBEDDED_SERVICES.length)
      .refine((xs) => new Set(xs).size === xs.length, { error: 'Name each service once' }),
    nextAction: z.string().trim().min(1, { error: 'Say what the next step is' }).max(500).nullable(),
    nextActionDue: isoDateField.nullable(),
  })
  .partial();
export type UpdateLinkageInput = z.infer<typeof UpdateLinkageSchema>;

export interface LinkageView {
  id: string;
  leadFirm: { id: string; name: string };
  supplier: { id: string; name: string };
  /** The programme whose broker introduced the parties, if one did. */
  programmeId: string | null;
  stage: LinkageStage;
  /** The stages it may move to next (`nextLinkageStages`). */
  nextStages: LinkageStage[];
  governance: LinkageGovernance | null;
  embeddedServices: EmbeddedService[];
  nextAction: string | null;
  nextActionDue: string | null;
  /** The day of its latest step: an event or a delivery. */
  lastEventOn: string;
  /** No step for 30 days while still in progress (`isStalled`). */
  stalled: boolean;
}

export interface LinkageEventView {
  id: string;
  stage: LinkageStage;
  occurredOn: string;
  note: string | null;
  actorName: string | null;
  awardId: string | null;
}

/** POST /linkages/:id/orders — an order under the linkage (the first is the trial, the rest repeat orders). */
export const RecordOrderSchema = z
  .object({
    quantity: positiveQuantityField,
    unit: unitField,
    price: priceField.optional(),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, { error: 'Use an ISO 4217 currency code, such as EUR or PEN' })
      .optional(),
    dueOn: isoDateField,
  })
  .refine((o) => o.price === undefined || o.currency !== undefined, {
    error: 'Give the currency of the price',
    path: ['currency'],
  });
export type RecordOrderInput = z.infer<typeof RecordOrderSchema>;

/** POST /linkages/:id/deliveries — a delivery and how it went: the supplier's track record. */
export const RecordDeliverySchema = z.object({
  orderId: z.uuid({ error: 'Must be a UUID' }).optional(),
  deliveredOn: isoDateField,
  quantity: positiveQuantityField,
  unit: unitField,
  onTime: z.boolean({ error: 'Say whether it arrived on time' }),
  conforming: z.boolean({ error: 'Say whether it met the specification' }),
  note: z.string().trim().max(2000).optional(),
});
export type RecordDeliveryInput = z.infer<typeof RecordDeliverySchema>;

export interface LinkageOrderView {
  id: string;
  quantity: number;
  unit: Unit;
  price: number | null;
  currency: string | null;
  dueOn: string;
  /** The first order is the trial; every later one is a repeat order. */
  repeat: boolean;
}

export interface DeliveryView {
  id: string;
  orderId: string | null;
  deliveredOn: string;
  quantity: number;
  unit: Unit;
  onTime: boolean;
  conforming: boolean;
  note: string | null;
}

export interface LinkageDetailView extends LinkageView {
  events: LinkageEventView[];
  orders: LinkageOrderView[];
  deliveries: DeliveryView[];
}
