import { z } from 'zod';
import { LOCALES } from '@linkage/domain';

/** The one list of languages, shared by the API's validation and the portal's switcher. */
export {
  LOCALES,
  DEFAULT_LOCALE,
  type Locale,
  isLocale,
  acceptedLocale,
  negotiateLocale,
  textDirection,
} from '@linkage/domain';

export const LocaleSchema = z.enum(LOCALES, { error: `Choose one of ${LOCALES.join(', ')}` });

/**
 * `PATCH /auth/me`: what a person may change about themselves. `locale: null` forgets the choice,
 * so the browser's language applies again.
 */
export const UpdateMeSchema = z.object({ locale: LocaleSchema.nullable() }).partial().strict();
export type UpdateMeInput = z.infer<typeof UpdateMeSchema>;
