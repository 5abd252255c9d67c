import type { z } from 'zod';

/**
 * A form schema's last step: its output checked once more by the API's own schema from
 * packages/contracts, so a rule across fields (dates in order, latitude with longitude) is stated
 * there alone and still shows beside its field before anything is sent. Use with `.superRefine`.
 */
export function checkedWith<Input>(schema: z.ZodType<unknown, Input>) {
  return (value: Input, ctx: z.RefinementCtx) => {
    const checked = schema.safeParse(value);
    if (checked.success) return;
    for (const issue of checked.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  };
}
