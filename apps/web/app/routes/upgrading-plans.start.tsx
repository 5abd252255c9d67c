import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { requireUser } from '~/lib/auth.server';
import { redirectWithNotice, safeRedirectTo } from '~/lib/session.server';

/**
 * "Plan the upgrading": a plain form posts the match (need and supplier) or the linkage here; the API
 * makes the plan from the gaps, or returns the one already made, and the person lands on it.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const form = await request.formData();
  const linkageId = String(form.get('linkageId') ?? '');
  const subject = linkageId
    ? { linkageId }
    : { needId: String(form.get('needId') ?? ''), supplierId: String(form.get('supplierId') ?? '') };
  const started = await api.createUpgradingPlan(subject);
  if (started.ok) return redirect(`/upgrading-plans/${started.data.id}`);
  // Those who follow a plan without keeping it (the lead firm) open the one already made.
  const existing = await api.listUpgradingPlans(subject);
  if (existing.ok && existing.data[0]) return redirect(`/upgrading-plans/${existing.data[0].id}`);
  return redirectWithNotice(
    request,
    safeRedirectTo(form.get('back')),
    started.status === 404
      ? 'No upgrading plan yet: the supplier or its programme starts one.'
      : started.error.message,
  );
}

export const loader = () => redirect('/dashboard');
