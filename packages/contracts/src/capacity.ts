import { z } from 'zod';
import { MONTHS, PERIODS, type Period, type Unit } from '@linkage/domain';
import { INT4_MAX, hsSubheadingField, nameField, positiveQuantityField, unitField, uuidField } from './fields.js';

const availableMonthsField = z
  .array(
    z
      .number()
      .int()
      .min(1, { error: 'Use months 1 (January) to 12 (December)' })
      .max(12, { error: 'Use months 1 (January) to 12 (December)' }),
  )
  .max(MONTHS.length)
  .transform((months) => [...new Set(months)].sort((a, b) => a - b));

/** A product a producer group supplies and how much of it per period. */
export const CreateCapacityEntrySchema = z.object({
  productCode: hsSubheadingField,
  productLabel: nameField('a product label', 160),
  quantity: positiveQuantityField,
  unit: unitField,
  period: z.enum(PERIODS, { error: 'Choose WEEK, MONTH or YEAR' }).default('MONTH'),
  leadTimeDays: z.number().int({ error: 'Use whole days' }).min(0).max(730).optional(),
  /** The group member whose capacity this is; omitted for a group-level line. */
  memberId: uuidField.optional(),
  /**
   * Committed to the group's offers: only committed capacity backs an offer. Omitted, a group-level
   * line is committed (the group speaks for its own production) and a member's is not (the member
   * must promise it).
   */
  committed: z.boolean().optional(),
  /** Months of availability, 1 = January; empty or omitted = all year. */
  availableMonths: availableMonthsField.default([]),
});
export type CreateCapacityEntryInput = z.infer<typeof CreateCapacityEntrySchema>;

/** PATCH: the version read with the entry is required; an edit based on an older version is a 409. */
export const UpdateCapacityEntrySchema = z.object({
  version: z.number({ error: 'Send the version you edited' }).int().positive().max(INT4_MAX, { error: 'No such version' }),
  productLabel: nameField('a product label', 160).optional(),
  quantity: positiveQuantityField.optional(),
  unit: unitField.optional(),
  period: z.enum(PERIODS, { error: 'Choose WEEK, MONTH or YEAR' }).optional(),
  leadTimeDays: z.number().int({ error: 'Use whole days' }).min(0).max(730).nullable().optional(),
  committed: z.boolean().optional(),
  availableMonths: availableMonthsField.optional(),
});
export type UpdateCapacityEntryInput = z.infer<typeof UpdateCapacityEntrySchema>;

/** DELETE ?version=N — deleting also needs the version, so a deletion never discards an edit unseen. */
export const DeleteCapacityEntryQuerySchema = z.object({
  version: z.coerce
    .number({ error: 'Send the version you are deleting' })
    .int()
    .positive()
    .max(INT4_MAX, { error: 'No such version' }),
});
export type DeleteCapacityEntryQuery = z.infer<typeof DeleteCapacityEntryQuerySchema>;

export interface CapacityEntryView {
  id: string;
  organisationId: string;
  productCode: string;
  /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
  productName?: string;
  productLabel: string;
  quantity: number;
  unit: Unit;
  period: Period;
  leadTimeDays: number | null;
  memberId: string | null;
  committed: boolean;
  /** Counts towards what the group can offer: committed, and for a member's line, the member ACTIVE. */
  offered: boolean;
  availableMonths: number[];
  /** Send it back with an edit. */
  version: number;
  createdAt: string;
}
