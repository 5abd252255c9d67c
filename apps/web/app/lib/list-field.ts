import { z } from 'zod';

/**
 * A list typed as one text field: items separated by commas or new lines (`byLine`: new lines only,
 * for names with commas). The items are checked with the API's own list schema from
 * packages/contracts, so its limits (how many, how long, each once) are stated in one place; an
 * item's message names the item. The result is what that schema makes of the list.
 */
export function listText<Item>(list: z.ZodType<Item[], string[]>, byLine = false) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const items = (text ?? '')
        .split(byLine ? /\n+/ : /[\n,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const checked = list.safeParse(items);
      if (checked.success) return checked.data;
      for (const issue of checked.error.issues) {
        const at = issue.path[0];
        ctx.addIssue({
          code: 'custom',
          message: typeof at === 'number' ? `${items[at]}: ${issue.message}` : issue.message,
        });
      }
      return z.NEVER;
    });
}
