import { z } from 'zod';
import { PERIODS, type Period, type Unit } from '@linkage/domain';
import { hsSubheadingField, nameField, positiveQuantityField, priceField, unitField } from './fields.js';

const catalogueFields = {
  productCode: hsSubheadingField,
  productLabel: nameField('a product label', 160),
  description: z.string().trim().max(4000).nullable(),
  unit: unitField,
  period: z.enum(PERIODS, { error: 'Choose WEEK, MONTH or YEAR' }),
  minimumOrder: positiveQuantityField.nullable(),
  priceMin: priceField.nullable(),
  priceMax: priceField.nullable(),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: 'Use an ISO 4217 currency code, such as EUR or USD' })
    .nullable(),
  photoUrls: z.array(z.url({ protocol: /^https?$/, error: 'Use http(s) addresses' })).max(12),
  standardCodes: z.array(z.string().trim().toUpperCase()).max(30),
};

const priceOrder = (i: { priceMin?: number | null; priceMax?: number | null }) =>
  i.priceMin == null || i.priceMax == null || i.priceMin <= i.priceMax;
const priceMessage = { error: 'The lowest price cannot exceed the highest', path: ['priceMax'] };

/** A joint offer. There is no capacity field: capacity is derived from members' committed entries. */
export const CreateCatalogueItemSchema = z
  .object({
    ...catalogueFields,
    description: catalogueFields.description.optional(),
    period: catalogueFields.period.default('MONTH'),
    minimumOrder: catalogueFields.minimumOrder.optional(),
    priceMin: catalogueFields.priceMin.optional(),
    priceMax: catalogueFields.priceMax.optional(),
    currency: catalogueFields.currency.optional(),
    photoUrls: catalogueFields.photoUrls.default([]),
    standardCodes: catalogueFields.standardCodes.default([]),
  })
  .refine(priceOrder, priceMessage);
export type CreateCatalogueItemInput = z.infer<typeof CreateCatalogueItemSchema>;

export const UpdateCatalogueItemSchema = z.object(catalogueFields).partial().refine(priceOrder, priceMessage);
export type UpdateCatalogueItemInput = z.infer<typeof UpdateCatalogueItemSchema>;

export const PublishCatalogueItemSchema = z.object({ published: z.boolean({ error: 'Say true or false' }) });
export type PublishCatalogueItemInput = z.infer<typeof PublishCatalogueItemSchema>;

export interface CatalogueCapacityView {
  quantity: number;
  unit: Unit;
  period: Period;
  /**
   * One line per ACTIVE member with committed capacity that the viewer may see, in the item's unit
   * and period.
   */
  byMember: Array<{ memberId: string; memberName: string; quantity: number }>;
  /**
   * The committed capacity of members the viewer may not see, summed into one unnamed line, so
   * `quantity` stays the whole total without naming or counting them; null when there are none.
   */
  otherMembers: { quantity: number } | null;
  /** The group's own committed lines (capacity it records for itself, not a member's); null when none. */
  own: { quantity: number } | null;
  /**
   * Lines that count towards the offer but are left out because their unit cannot convert to the
   * item's (e.g. l vs kg): visible members' lines, and the group's own (`memberId` and `memberName` null).
   */
  excluded: Array<{ memberId: string | null; memberName: string | null; unit: Unit; reason: string }>;
}

export interface CatalogueItemView {
  id: string;
  groupId: string;
  productCode: string;
  /** The product's name in the reader's language (Accept-Language): every API response has it, added beside the code by one interceptor, so services never set it. */
  productName?: string;
  productLabel: string;
  description: string | null;
  unit: Unit;
  period: Period;
  minimumOrder: number | null;
  priceMin: number | null;
  priceMax: number | null;
  currency: string | null;
  photoUrls: string[];
  standardCodes: string[];
  /** The standards' names in the reader's language, in the same order (added by the API). */
  standardNames?: string[];
  published: boolean;
  publishedAt: string | null;
  /** Derived on every read; never stored. */
  capacity: CatalogueCapacityView;
  createdAt: string;
  updatedAt: string;
}
