import { LOCALES } from '@linkage/domain';
import { z } from 'zod';

export const PRODUCT_SEARCH_MAX_LIMIT = 25;
export const PRODUCT_SEARCH_MAX_LENGTH = 100;

/**
 * `GET /products`: the product picker's suggestions as someone types. `q` is a name in any of the
 * four languages or a code with or without dots; `locale` names the language of the suggestions'
 * names (else the request's Accept-Language); `level=6` keeps to subheadings, as capacity and
 * catalogue lines need.
 */
export const ProductSearchQuerySchema = z.object({
  q: z
    .string({ error: 'Type a product name or an HS code' })
    .trim()
    .min(1, { error: 'Type a product name or an HS code' })
    .max(PRODUCT_SEARCH_MAX_LENGTH, { error: `Type at most ${PRODUCT_SEARCH_MAX_LENGTH} characters` }),
  locale: z.enum(LOCALES, { error: `Use one of the languages ${LOCALES.join(', ')}` }).optional(),
  limit: z.coerce
    .number({ error: 'Use a number of suggestions' })
    .int({ error: 'Use a whole number of suggestions' })
    .min(1, { error: 'Ask for at least one suggestion' })
    .max(PRODUCT_SEARCH_MAX_LIMIT, { error: `Ask for at most ${PRODUCT_SEARCH_MAX_LIMIT} suggestions` })
    .default(10),
  level: z
    .enum(['2', '4', '6'], { error: 'Use level 2 (chapters), 4 (headings) or 6 (subheadings)' })
    .optional(),
});
export type ProductSearchQuery = z.infer<typeof ProductSearchQuerySchema>;

/** One suggestion: the code to submit, its short name in the reader's language and the legal text. */
export interface ProductSuggestionView {
  code: string;
  name: string;
  description: string;
  level: 2 | 4 | 6;
}

export interface ProductSearchView {
  items: ProductSuggestionView[];
}
