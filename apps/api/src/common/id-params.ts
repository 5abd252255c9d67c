import { z } from 'zod';
import { uuidField } from '@linkage/contracts';

/** Route parameters that are entity ids; a malformed id is a 400 naming `id`, never a database error. */
export const IdParams = z.object({ id: uuidField });
export type IdParams = z.infer<typeof IdParams>;

/** Routes nested under an organisation: `/organisations/:id/<things>/:itemId`. */
export const NestedIdParams = z.object({ id: uuidField, itemId: uuidField });
export type NestedIdParams = z.infer<typeof NestedIdParams>;
