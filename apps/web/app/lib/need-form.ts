/**
 * The need form has optional groups of fields (a schedule, up to two required standards). A group
 * left empty is removed before validation, so the shared schema sees it as absent rather than
 * half-filled. Used on the client (Conform's onValidate) and in the action alike.
 */
export const REQUIREMENT_ROWS = 2;

export function pruneNeedForm(formData: FormData): FormData {
  const out = new FormData();
  const empty = (name: string) => !String(formData.get(name) ?? '').trim();
  const skip = new Set<string>();
  if (empty('schedule.startDate')) ['schedule.kind', 'schedule.startDate', 'schedule.endDate', 'schedule.deliverBy'].forEach((k) => skip.add(k));
  for (let i = 0; i < REQUIREMENT_ROWS; i++) {
    if (empty(`requirements[${i}].standardCode`)) {
      for (const f of ['standardCode', 'level', 'mustHoldNow', 'obtainBy']) skip.add(`requirements[${i}].${f}`);
    }
  }
  for (const [key, value] of formData.entries()) if (!skip.has(key)) out.append(key, value);
  return out;
}
