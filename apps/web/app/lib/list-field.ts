import { z } from 'zod';

/**
 * A list typed as one text field: items separated by commas or new lines (`byLine`: new lines only,
 * for names with commas). Each item is checked with `item`; the result is the list of trimmed items.
 */
export function listText(item: z.ZodType<string>, max: number, what: string, byLine = false) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const items = (text ?? '')
        .split(byLine ? /\n+/ : /[\n,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      if (items.length > max) ctx.addIssue({ code: 'custom', message: `List at most ${max} ${what}` });
      const out: string[] = [];
      for (const i of items) {
        const r = item.safeParse(i);
        if (r.success) out.push(r.data);
        else ctx.addIssue({ code: 'custom', message: `${i}: ${r.error.issues[0]?.message ?? 'not valid'}` });
      }
      return out;
    });
}
