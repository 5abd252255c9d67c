import type { ActionFunctionArgs } from '@remix-run/node';
import { useActionData, useParams } from '@remix-run/react';
import { ConfirmStep } from '~/components/confirm-delete';
import { UpgradingActionPanel, upgradingPlanPath } from '~/components/upgrading-action-form';
import { requireUser } from '~/lib/auth.server';
import { redirectWithNotice } from '~/lib/session.server';

/** One intent: remove an action from the plan, once confirmed on this page. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const done = await api.deleteUpgradingAction(params.planId!, params.actionId!);
  if (!done.ok) return { error: done.error.message };
  return redirectWithNotice(request, upgradingPlanPath(params.planId!), 'Action removed from the plan.');
}

export default function RemoveUpgradingAction() {
  const data = useActionData<typeof action>();
  const { planId } = useParams();
  return (
    <UpgradingActionPanel>
      {(a) => (
        <ConfirmStep
          title={`Remove “${a.title}”?`}
          question={`“${a.title}” leaves the plan, and its dates and costs go with it; the plan’s readiness is worked out again without it.`}
          confirm="Yes, remove it"
          cancel={upgradingPlanPath(planId!)}
          error={data?.error}
        />
      )}
    </UpgradingActionPanel>
  );
}
