import { z } from 'zod';
import {
  HS_CODE_PATTERN,
  HS_SUBHEADING_PATTERN,
  UNITS,
  countryCodeProblem,
  isCountryCode,
  normaliseHsCode,
} from '@linkage/domain';

/** Field schemas reused across requests, each with a message a person can act on. */

/**
 * Control characters no one types: NUL (which PostgreSQL cannot store in text) and the other C0
 * codes and DEL, tab and line breaks excepted. The API refuses them in every request.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const CONTROL_CHARACTER_MESSAGE = 'Remove the control characters (such as NUL) from this text';

/** A line break where one line is expected (a name, a title) would split an e-mail header or a list. */
const LINE_BREAK = /[\r\n\u2028\u2029]/;
export const LINE_BREAK_MESSAGE = 'Write this on one line';
export const emailField = z.email({ error: 'Enter a valid e-mail address' }).trim().toLowerCase();

export const countryField = z
  .string({ error: 'Choose a country' })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: (issue) => countryCodeProblem(String(issue.input)) });

/**
 * Product fields take the code the portal's product picker submits, or one typed by hand. The
 * messages speak to someone who typed a name: the picker offers the product by name.
 */
export const PRODUCT_REQUIRED_MESSAGE = 'Choose a product from the list or type an HS code';

/** An HS 2022 subheading (6 digits) as suppliers declare them; "0904.21" is accepted and normalised. */
export const hsSubheadingField = z
  .string({ error: PRODUCT_REQUIRED_MESSAGE })
  .transform(normaliseHsCode)
  .refine((c) => HS_SUBHEADING_PATTERN.test(c), {
    error: 'Choose a product from the list, or type its 6-digit HS code (such as 1008.50 for quinoa)',
  });

/** An HS code at chapter, heading or subheading level (2, 4 or 6 digits), as needs may name them. */
export const hsCodeField = z
  .string({ error: PRODUCT_REQUIRED_MESSAGE })
  .transform(normaliseHsCode)
  .refine((c) => HS_CODE_PATTERN.test(c), {
    error:
      'Choose a product from the list, or type an HS code of 2, 4 or 6 digits (such as 1008.50 for quinoa)',
  });

export const unitField = z.enum(UNITS, { error: `Use one of the units ${UNITS.join(', ')}` });

/**
 * Quantities and prices are stored as numeric(18,4): a fifth decimal would be rounded away without a
 * word (0.00001 t would be stored as 0), so it is refused instead.
 */
const STORED_DECIMALS = 4;
const keepsStoredPrecision = (x: number) => Number(x.toFixed(STORED_DECIMALS)) === x;
const precisionMessage = `Use at most ${STORED_DECIMALS} decimal places (for a smaller amount, choose a smaller unit)`;

export const positiveQuantityField = z
  .number({ error: 'Enter a number' })
  .positive({ error: 'Must be greater than zero' })
  .max(1e12, { error: 'Too large' })
  .refine(keepsStoredPrecision, { error: precisionMessage });

/** A price per unit, zero allowed (a donation, a sample). */
export const priceField = z
  .number({ error: 'Enter a price' })
  .nonnegative({ error: 'Cannot be negative' })
  .max(1e12, { error: 'Too large' })
  .refine(keepsStoredPrecision, { error: `Use at most ${STORED_DECIMALS} decimal places` });

/**
 * A calendar date written YYYY-MM-DD; kept as a string so no time zone can move it. Years outside
 * 1900–2199 are typing slips (0000-01-01, 9999-12-31), refused before any date arithmetic runs.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';
export const isoDateField = z.iso
  .date({ error: 'Use a date written YYYY-MM-DD' })
  .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, {
    error: `Use a date between ${EARLIEST_DATE.slice(0, 4)} and ${LATEST_DATE.slice(0, 4)}`,
  });

/** A whole number that fits PostgreSQL's integer column (versions, counts). */
export const INT4_MAX = 2_147_483_647;

export const uuidField = z.uuid({ error: 'Must be a UUID' });

/**
 * A standards-registry code by its shape. Whether it is in the registry is the `standards` table's
 * to say (administrators add entries), so the API checks that, not the schema.
 */
export const standardCodeField = z
  .string({ error: 'Enter a standard code' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_]{2,40}$/, { error: 'Use capitals, digits and underscores, such as ISO_9001' });

/** A required short text; `what` reads in a sentence: "your name", "the legal name". */
export const nameField = (what: string, max = 200) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `Use at most ${max} characters for ${what}` })
    .refine((v) => !LINE_BREAK.test(v), { error: LINE_BREAK_MESSAGE });
