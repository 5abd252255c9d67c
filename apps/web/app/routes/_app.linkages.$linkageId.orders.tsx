import { RecordOrderSchema } from '@linkage/contracts';
import type { ActionFunctionArgs } from '@remix-run/node';
import { useActionData } from '@remix-run/react';
import { Refusal } from '~/components/linkage-refusal';
import { requireUser } from '~/lib/auth.server';
import { linkagePath, refusal } from '~/lib/linkage-steps';
import { redirectWithNotice } from '~/lib/session.server';

/** One intent: record an order of the linkage (the first is its trial order). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const form = await request.formData();
  const id = params.linkageId!;
  const parsed = RecordOrderSchema.safeParse({
    quantity: Number(form.get('quantity')),
    unit: form.get('unit'),
    price: String(form.get('price') ?? '') ? Number(form.get('price')) : undefined,
    currency: String(form.get('currency') ?? '') || undefined,
    dueOn: form.get('dueOn'),
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the order' };
  const saved = await api.recordOrder(id, parsed.data);
  if (!saved.ok) return refusal(saved);
  return redirectWithNotice(
    request,
    linkagePath(id),
    saved.data.orders.length > 1 ? 'Repeat order recorded.' : 'Trial order recorded.',
  );
}

/** Rendered inside the linkage's page, where its refusal banner stands. */
export default function LinkageStepRefusal() {
  return <Refusal error={useActionData<typeof action>()?.error} />;
}
