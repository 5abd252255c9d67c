import type { z } from 'zod';

/** One message per invalid field, keyed by its dotted path ("filters.country"), first issue wins. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.filter((part) => typeof part === 'string').join('.') || '_';
    fields[field] ??= issue.message;
  }
  return fields;
}
