import { RecordDeliverySchema } from '@linkage/contracts';
import type { ActionFunctionArgs } from '@remix-run/node';
import { useActionData } from '@remix-run/react';
import { Refusal } from '~/components/linkage-refusal';
import { requireUser } from '~/lib/auth.server';
import { linkagePath, refusal } from '~/lib/linkage-steps';
import { redirectWithNotice } from '~/lib/session.server';

/** One intent: record a delivery, which then counts in the supplier’s track record. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const form = await request.formData();
  const id = params.linkageId!;
  const parsed = RecordDeliverySchema.safeParse({
    orderId: String(form.get('orderId') ?? '') || undefined,
    deliveredOn: form.get('deliveredOn'),
    quantity: Number(form.get('quantity')),
    unit: form.get('unit'),
    onTime: form.get('onTime') === 'on',
    conforming: form.get('conforming') === 'on',
    note: String(form.get('note') ?? '').trim() || undefined,
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the delivery' };
  const saved = await api.recordDelivery(id, parsed.data);
  if (!saved.ok) return refusal(saved);
  return redirectWithNotice(
    request,
    linkagePath(id),
    'Delivery recorded: it now counts in the supplier’s track record.',
  );
}

/** Rendered inside the linkage's page, where its refusal banner stands. */
export default function LinkageStepRefusal() {
  return <Refusal error={useActionData<typeof action>()?.error} />;
}
