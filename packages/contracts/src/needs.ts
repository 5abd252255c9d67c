import { z } from 'zod';
import { type MatchStatus, type NeedStatus, PERIODS, type Period, type Unit } from '@linkage/domain';
import {
  countryField,
  hsCodeField,
  isoDateField,
  nameField,
  positiveQuantityField,
  unitField,
} from './fields.js';

export const CreateSourcingNeedSchema = z.object({
  title: nameField('a title'),
  description: z.string().trim().max(4000).optional(),
  productCode: hsCodeField,
  quantity: positiveQuantityField,
  unit: unitField,
  period: z.enum(PERIODS, { error: 'Choose WEEK, MONTH or YEAR' }).default('MONTH'),
  deliveryCountry: countryField,
  responseDeadline: isoDateField,
});
export type CreateSourcingNeedInput = z.infer<typeof CreateSourcingNeedSchema>;

export interface SourcingNeedView {
  id: string;
  leadFirmId: string;
  leadFirmName: string;
  title: string;
  description: string | null;
  productCode: string;
  quantity: number;
  unit: Unit;
  period: Period;
  deliveryCountry: string;
  responseDeadline: string;
  status: NeedStatus;
  version: number;
  createdAt: string;
}

export interface MatchView {
  id: string;
  supplierId: string;
  supplierName: string;
  supplierCountry: string;
  rank: number;
  score: number;
  components: { product: number; capacity: number; location: number };
  reason: string;
  status: MatchStatus;
}

/**
 * Matches of a need as the portal polls them: PENDING until the worker has matched the need's
 * current version, then READY with the ranked list.
 */
export interface NeedMatchesView {
  needId: string;
  state: 'PENDING' | 'READY';
  needVersion: number;
  matchedVersion: number | null;
  computedAt: string | null;
  matches: MatchView[];
}
