import { z } from 'zod';
import { PERIODS, type Period, type Unit } from '@linkage/domain';
import { hsSubheadingField, nameField, positiveQuantityField, unitField } from './fields.js';

/** A product a producer group supplies and how much of it per period. */
export const CreateCapacityEntrySchema = z.object({
  productCode: hsSubheadingField,
  productLabel: nameField('a product label', 160),
  quantity: positiveQuantityField,
  unit: unitField,
  period: z.enum(PERIODS, { error: 'Choose WEEK, MONTH or YEAR' }).default('MONTH'),
  leadTimeDays: z.number().int({ error: 'Use whole days' }).min(0).max(730).optional(),
});
export type CreateCapacityEntryInput = z.infer<typeof CreateCapacityEntrySchema>;

export interface CapacityEntryView {
  id: string;
  organisationId: string;
  productCode: string;
  productLabel: string;
  quantity: number;
  unit: Unit;
  period: Period;
  leadTimeDays: number | null;
  createdAt: string;
}
