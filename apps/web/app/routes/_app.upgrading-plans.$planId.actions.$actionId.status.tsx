import { UpdateUpgradingActionSchema } from '@linkage/contracts';
import type { ActionFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useParams } from '@remix-run/react';
import { UpgradingActionPanel, upgradingPlanPath } from '~/components/upgrading-action-form';
import { ActionStatusButtons } from '~/components/upgrading-action-status';
import { Badge, RoutePanel } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { redirectWithNotice } from '~/lib/session.server';
import { ACTION_STATUS_LABEL, ACTION_STATUS_TONE } from '~/lib/upgrading';

/** One intent: move an action of the plan to another status (start, mark done, reopen, cancel). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const status = UpdateUpgradingActionSchema.shape.status
    .unwrap()
    .safeParse((await request.formData()).get('status'));
  if (!status.success) return { error: status.error.issues[0]?.message ?? 'Choose a status.' };
  const done = await api.updateUpgradingAction(params.planId!, params.actionId!, { status: status.data });
  if (!done.ok) return { error: done.error.message };
  return redirectWithNotice(request, upgradingPlanPath(params.planId!), 'Status changed.');
}

/** Opened by its address or after a refused move: the action's status, the refusal, the moves it allows. */
export default function UpgradingActionStatus() {
  const data = useActionData<typeof action>();
  const { planId } = useParams();
  return (
    <UpgradingActionPanel>
      {(a) => (
        <RoutePanel labelledBy="action-status-title">
          <h2 id="action-status-title">
            {a.title}{' '}
            <Badge tone={ACTION_STATUS_TONE[a.status]}>{ACTION_STATUS_LABEL[a.status].toLowerCase()}</Badge>
          </h2>
          {data?.error ? (
            <p className="field-errors" role="alert">
              {data.error}
            </p>
          ) : null}
          <div className="button-row">
            <ActionStatusButtons planId={planId!} action={a} />
            <Link to={upgradingPlanPath(planId!)} className="button button--small">
              Back to the plan
            </Link>
          </div>
        </RoutePanel>
      )}
    </UpgradingActionPanel>
  );
}
