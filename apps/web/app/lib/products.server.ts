import { resolveProductInput } from '@linkage/domain/products';

/**
 * A product field as a person may have filled it without the picker (no JavaScript, or typed
 * and submitted straight away): an exact product name in any language ("quinua") becomes its code,
 * so the form's schema sees a code. Anything else is left as typed, for the schema to explain.
 */
export function resolveProductField(
  formData: FormData,
  name: string,
  options: { subheadingsOnly?: boolean } = {},
): FormData {
  const typed = formData.get(name);
  if (typeof typed !== 'string' || typed.trim() === '') return formData;
  const code = resolveProductInput(typed, options.subheadingsOnly ? { levels: [6] } : {});
  if (code) formData.set(name, code);
  return formData;
}
