import { z } from 'zod';
import {
  EMBEDDED_SERVICES,
  type EmbeddedService,
  LINKAGE_GOVERNANCE,
  LINKAGE_STAGES,
  type LinkageGovernance,
  type LinkageStage,
} from '@linkage/domain';
import { isoDateField } from './fields.js';

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
  stage: LinkageStage;
  /** The stages it may move to next (`nextLinkageStages`). */
  nextStages: LinkageStage[];
  governance: LinkageGovernance | null;
  embeddedServices: EmbeddedService[];
  nextAction: string | null;
  nextActionDue: string | null;
  lastEventOn: string;
  /** No event for 30 days while still in progress (`isStalled`). */
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

export interface LinkageDetailView extends LinkageView {
  events: LinkageEventView[];
}
