import { UpdateLinkageSchema } from '@linkage/contracts';
import type { ActionFunctionArgs } from '@remix-run/node';
import { useActionData } from '@remix-run/react';
import { Refusal } from '~/components/linkage-refusal';
import { requireUser } from '~/lib/auth.server';
import { linkagePath, refusal } from '~/lib/linkage-steps';
import { redirectWithNotice } from '~/lib/session.server';

/** One intent: set the linkage’s next action and its terms (governance, embedded services). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const form = await request.formData();
  const id = params.linkageId!;
  const parsed = UpdateLinkageSchema.safeParse({
    governance: String(form.get('governance') ?? '') || null,
    embeddedServices: form.getAll('embeddedServices').map(String),
    nextAction: String(form.get('nextAction') ?? '').trim() || null,
    nextActionDue: String(form.get('nextActionDue') ?? '') || null,
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the fields' };
  const saved = await api.updateLinkage(id, parsed.data);
  if (!saved.ok) return refusal(saved);
  return redirectWithNotice(request, linkagePath(id), 'Saved.');
}

/** Rendered inside the linkage's page, where its refusal banner stands. */
export default function LinkageStepRefusal() {
  return <Refusal error={useActionData<typeof action>()?.error} />;
}
